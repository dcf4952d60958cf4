// Schemas shared by every data file of the rules core.
import { z } from 'zod';

/** User-facing text: Indonesian first, English second. */
export const bilingualSchema = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof bilingualSchema>;

/** A calendar date without time, as written in regulations: YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();
export type IsoDate = string;

/** How sure we are of a fact: verified, disputed (each reading with its sources) or unverified. */
export const readingSchema = z.object({ label: bilingualSchema, sources: z.array(z.url()).min(1) }).strict();

export const factStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('verified') }).strict(),
  z
    .object({ kind: z.literal('disputed'), note: bilingualSchema, readings: z.array(readingSchema).min(2) })
    .strict(),
  z.object({ kind: z.literal('unverified'), reason: bilingualSchema }).strict(),
]);
export type FactStatus = z.infer<typeof factStatusSchema>;

export const verified: FactStatus = { kind: 'verified' };

export function unverified(id: string, en: string): FactStatus {
  return { kind: 'unverified', reason: { id, en } };
}

/** Format zod issues as one readable reason: "path: message; path: message". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Units a legal period is counted in. */
export const durationUnitSchema = z.enum(['hours', 'calendar_days', 'working_days']);
export type DurationUnit = z.infer<typeof durationUnitSchema>;
