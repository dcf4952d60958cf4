/**
 * SQL condition: `column` lies in one of the region subtrees in the text[] parameter `param`
 * (scopes from the access policy; 'ID' is the whole country). Served by the text_pattern_ops indexes.
 */
export function inRegionScopes(column: string, param: string): string {
  return `('ID' = ANY(${param}::text[]) OR EXISTS (SELECT 1 FROM unnest(${param}::text[]) s WHERE ${column} = s OR ${column} LIKE s || '.%'))`;
}

/** Escapes LIKE wildcards in user input so that "50%" searches for the text "50%". */
export function escapeLike(input: string): string {
  return input.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
