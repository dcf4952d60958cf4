/** The English texts must have exactly the Indonesian keys (strings may differ). */
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };
