// Election profiles: the procedural numbers of one kind of election (Pilkada or Pemilu). Every
// value carries its legal basis, sources and a status, because several are uncertain and an
// installation must be able to override them without a code change.
import { z } from 'zod';
import { bilingualSchema, durationUnitSchema, factStatusSchema, isoDateSchema } from '../shared.js';
import { electionKindSchema } from '../catalogue/schema.js';

const provenance = {
  basis: z.string().min(1),
  sources: z.array(z.url()).min(1),
  status: factStatusSchema,
};

export const periodSchema = z
  .object({
    length: z.number().int().nonnegative(),
    unit: durationUnitSchema,
    startsFrom: bilingualSchema, // the event that starts the clock
    extension: z
      .object({ length: z.number().int().positive(), unit: durationUnitSchema })
      .strict()
      .optional(),
    ...provenance,
  })
  .strict();
export type Period = z.infer<typeof periodSchema>;

export const deadlineKeySchema = z.enum([
  'reportWindow',
  'initialStudy',
  'completion',
  'decision',
  'satgasVerification',
  'bawasluValidation',
  'ppkFollowUp',
]);
export type DeadlineKey = z.infer<typeof deadlineKeySchema>;

export const recipientSchema = z
  .object({
    institution: z.string().min(1), // KASN, BKN, or the future independent body
    name: bilingualSchema,
    from: isoDateSchema.nullable(), // null: not in operation yet (set by an override)
    until: isoDateSchema.nullable(), // null: open-ended
    ...provenance,
  })
  .strict()
  .refine((r) => r.from === null || r.until === null || r.from <= r.until, 'until is before from');
export type Recipient = z.infer<typeof recipientSchema>;

export const formKeySchema = z.enum([
  'report',
  'finding',
  'receipt',
  'initialStudy',
  'completionNotice',
  'registration',
  'clarificationInvitation',
  'clarificationMinutes',
  'study',
  'plenaryMinutes',
  'statusNotice',
  'forwardingLetter',
  'followUpRequest',
  'supervisionReport',
]);
export type FormKey = z.infer<typeof formKeySchema>;

export const formSchema = z
  .object({ code: z.string().min(1).nullable(), title: bilingualSchema, ...provenance })
  .strict();

export const numberingKeySchema = z.enum(['register', 'plenaryMinutes', 'supervisionReport']);
export type NumberingKey = z.infer<typeof numberingKeySchema>;

/** Placeholders a numbering pattern may use, in braces: {seq}, {monthRoman}, {year}… */
export const NUMBERING_PLACEHOLDERS = [
  'seq',
  'reportType',
  'electionType',
  'level',
  'regionCode',
  'officeCode',
  'unitCode',
  'month',
  'monthRoman',
  'year',
] as const;
export type NumberingPlaceholder = (typeof NUMBERING_PLACEHOLDERS)[number];

export const numberingSchema = z
  .object({
    pattern: z
      .string()
      .min(1)
      .refine(
        (p) =>
          [...p.matchAll(/\{([^}]*)\}/g)].every((m) =>
            (NUMBERING_PLACEHOLDERS as readonly string[]).includes(m[1] ?? ''),
          ),
        `pattern uses an unknown placeholder; allowed: ${NUMBERING_PLACEHOLDERS.join(', ')}`,
      ),
    example: z.string().min(1).optional(),
    meaning: bilingualSchema,
    ...provenance,
  })
  .strict();

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: electionKindSchema,
    name: bilingualSchema,
    instruments: z.array(z.object({ name: z.string().min(1), note: bilingualSchema }).strict()).min(1),
    deadlines: z.record(deadlineKeySchema, periodSchema),
    receptionHours: z
      .object({
        open: z.string().regex(/^\d{2}:\d{2}$/),
        close: z.string().regex(/^\d{2}:\d{2}$/),
        ...provenance,
      })
      .strict(),
    asnRecipients: z.array(recipientSchema).min(1),
    forms: z.record(formKeySchema, formSchema),
    numbering: z.record(numberingKeySchema, numberingSchema),
  })
  .strict();
export type ElectionProfile = z.infer<typeof profileSchema>;
