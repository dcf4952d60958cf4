// The shape of one catalogue entry. Everything a staff member or a civil servant needs to read a
// rule lives in the entry itself, so the Cek Aturan page and the CLI never reach for another file.
import { z } from 'zod';
import { bilingualSchema, factStatusSchema, isoDateSchema } from '../shared.js';

/** Stable ids such as `skb2022.ethics.4` or `uu10-2016.71.1`; they appear in URLs and case files. */
export const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'id must be dot-separated lowercase segments, e.g. skb2022.ethics.4');

export const legalBasisSchema = z
  .object({
    instrument: z.string().min(1), // e.g. "SKB 2022", "PP 94/2021", "UU 10/2016"
    article: z.string().min(1).optional(), // "Pasal 5"
    verse: z.string().min(1).optional(), // ayat
    letter: z.string().min(1).optional(), // huruf
    item: z.string().min(1).optional(), // angka
    note: bilingualSchema.optional(),
  })
  .strict();
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const disciplineLevelSchema = z.enum(['light', 'medium', 'severe']);
export type DisciplineLevel = z.infer<typeof disciplineLevelSchema>;

const rupiahRange = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().positive() })
  .strict()
  .refine((r) => r.min <= r.max, 'min must not exceed max');
const monthRange = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().positive() })
  .strict()
  .refine((r) => r.min <= r.max, 'min must not exceed max');

export const sanctionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('moral'),
      instrument: z.literal('PP 42/2004'),
      article: z.string().min(1),
      forms: z.array(z.enum(['closed', 'open'])).min(1),
      summary: bilingualSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('discipline'),
      instrument: z.literal('PP 94/2021'),
      level: disciplineLevelSchema.nullable(), // null = level not established (see entry status)
      penalties: z.array(bilingualSchema),
      summary: bilingualSchema,
    })
    .strict()
    .refine((s) => s.level === null || s.penalties.length > 0, 'a known level must list its penalties'),
  z
    .object({
      kind: z.literal('criminal'),
      instrument: z.string().min(1),
      article: z.string().min(1),
      prisonMonths: monthRange,
      fineRupiah: rupiahRange,
      // 'unstated' when the reference gives both penalties without saying whether they cumulate.
      cumulation: z.enum(['and', 'and_or', 'unstated']),
      liable: bilingualSchema, // who is punished: the candidate, the official, the giver…
      summary: bilingualSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('dismissal'),
      instrument: z.string().min(1),
      article: z.string().min(1),
      summary: bilingualSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('administrative'),
      instrument: z.string().min(1),
      article: z.string().min(1),
      summary: bilingualSchema,
    })
    .strict(),
  // Used when the reference gives no sanction we can state; the entry status explains why.
  z.object({ kind: z.literal('unspecified'), summary: bilingualSchema }).strict(),
]);
export type Sanction = z.infer<typeof sanctionSchema>;

/**
 * When in the election timeline an entry bites. `before_designation` and `after_designation` are
 * relative to the official designation of candidates (penetapan pasangan calon); `campaign` is
 * the campaign stage only.
 */
export const applicabilitySchema = z.enum([
  'before_designation',
  'after_designation',
  'campaign',
  'any_time',
]);
export type Applicability = z.infer<typeof applicabilitySchema>;

export const electionKindSchema = z.enum(['pilkada', 'pemilu']);
export type ElectionKind = z.infer<typeof electionKindSchema>;

export const subjectSchema = z.enum([
  'asn',
  'pns',
  'pppk',
  'state_official',
  'village_official',
  'candidate',
  'any_person',
]);
export type Subject = z.infer<typeof subjectSchema>;

export const catalogueEntrySchema = z
  .object({
    id: entryIdSchema,
    code: z.string().min(1).optional(), // short label used by staff, e.g. "A4" or "B6"
    title: z.object({ short: bilingualSchema, long: bilingualSchema }).strict(),
    description: bilingualSchema,
    examples: z.array(bilingualSchema).min(1),
    subjects: z.array(subjectSchema).min(1),
    legalBasis: z.array(legalBasisSchema).min(1),
    sanctions: z.array(sanctionSchema).min(1),
    applicability: z.array(applicabilitySchema).min(1),
    applicabilityNote: bilingualSchema.optional(),
    electionKinds: z.array(electionKindSchema).min(1),
    inForce: z
      .object({ from: isoDateSchema, until: isoDateSchema.optional() })
      .strict()
      .refine((r) => r.until === undefined || r.from <= r.until, 'inForce.until is before inForce.from'),
    sources: z.array(z.url()).min(1),
    status: factStatusSchema,
    /** Indonesian words and phrases people use for this conduct; they feed the conduct matcher. */
    keywords: z.array(z.string().min(2)).min(1),
  })
  .strict();
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** One data file = one instrument. */
export const catalogueFileSchema = z
  .object({
    instrument: z.string().min(1),
    title: bilingualSchema,
    sourceDocument: z.url().optional(),
    entries: z.array(z.unknown()).min(1),
  })
  .strict();

export interface Catalogue {
  readonly entries: readonly CatalogueEntry[];
  readonly byId: ReadonlyMap<string, CatalogueEntry>;
  readonly instruments: readonly { file: string; instrument: string; title: { id: string; en: string } }[];
}
