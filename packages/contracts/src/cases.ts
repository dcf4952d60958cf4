import { z } from 'zod';
import { PageQuerySchema, RegionCodeSchema } from './common';

// Cases, reports, tips and supervision results (issue 4). Structural checks that need the
// database or the clock (NIK province, NIP dates, "known on" not in the future) are done by the
// server and reported in the same `details.fields` format.

export const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const IsoDateSchema = z.iso.date('tanggal harus berformat YYYY-MM-DD / date must be YYYY-MM-DD');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const REPORTER_CATEGORIES = ['voter', 'monitor', 'participant', 'other'] as const;
export const REPORTED_PARTY_TYPES = [
  'asn',
  'village_official',
  'rt_rw',
  'candidate',
  'election_body',
  'other',
] as const;

export const ReporterIdentitySchema = z
  .object({
    name: text(2, 200),
    nik: z.string().trim(),
    address: text(5, 500),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{8,20}$/, 'nomor telepon tidak valid / invalid phone number'),
    email: z.email('email tidak valid / invalid e-mail').optional(),
    category: z.enum(REPORTER_CATEGORIES),
  })
  .strict();
export type ReporterIdentity = z.infer<typeof ReporterIdentitySchema>;

export const ReportedPartySchema = z
  .object({
    type: z.enum(REPORTED_PARTY_TYPES).default('asn'),
    name: text(2, 200),
    agency: text(2, 200).optional(),
    position: text(2, 200).optional(),
    nip: z.string().trim().optional(),
  })
  .strict();

export const WitnessSchema = z.object({ name: text(2, 200), contact: text(3, 200).optional() }).strict();

export const ReportSubmissionSchema = z
  .object({
    reporter: ReporterIdentitySchema,
    reportedParty: ReportedPartySchema,
    summary: text(5, 200),
    whatHappened: text(20, 10_000),
    regionCode: z.string().regex(VILLAGE_CODE, 'pilih desa/kelurahan / choose a village'),
    place: text(2, 300),
    occurredOn: IsoDateSchema,
    knownOn: IsoDateSchema,
    witnesses: z.array(WitnessSchema).max(20).default([]),
    /** The statements the report form requires the reporter to make. */
    statements: z
      .object({
        truthful: z.literal(true, 'pernyataan kebenaran wajib / the truthfulness statement is required'),
        awareOfConfrontation: z.literal(
          true,
          'pernyataan ini wajib / this acknowledgement is required (administrative cases may confront you with the reported party)',
        ),
      })
      .strict(),
    /** Random key the form keeps across retries so that a double submission makes one report. */
    idempotencyKey: z.string().min(16).max(100).optional(),
  })
  .strict();
export type ReportSubmission = z.infer<typeof ReportSubmissionSchema>;

export const TipSubmissionSchema = z
  .object({
    whatHappened: text(10, 10_000),
    regionCode: z
      .string()
      .regex(
        /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/,
        'pilih kabupaten/kota atau lebih rinci / choose a regency or finer',
      ),
    place: text(2, 300).optional(),
    occurredOn: IsoDateSchema.optional(),
    links: z.array(z.url()).max(10).default([]),
    idempotencyKey: z.string().min(16).max(100).optional(),
  })
  .strict();
export type TipSubmission = z.infer<typeof TipSubmissionSchema>;

export const ReceiptSchema = z.object({ receiptCode: z.string(), trackingSecret: z.string() });
export type Receipt = z.infer<typeof ReceiptSchema>;

export const ReceiptCodeParamSchema = z.object({
  code: z
    .string()
    .regex(/^(LP|IA)-[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'kode tanda terima tidak valid / invalid receipt code'),
});

export const SupervisionResultInputSchema = z
  .object({
    regionCode: RegionCodeSchema,
    officerPosition: text(2, 200),
    assignmentLetterNumber: text(2, 100),
    stageSupervised: text(2, 200),
    supervised: text(2, 1000),
    narrative: text(10, 20_000),
    supervisedOn: IsoDateSchema,
    suspectedViolation: z.boolean().default(false),
  })
  .strict();
export type SupervisionResultInput = z.infer<typeof SupervisionResultInputSchema>;

export const PromoteSupervisionInputSchema = z
  .object({ plenaryHeldOn: IsoDateSchema, note: text(3, 2000).optional() })
  .strict();
export const FindingFromTipInputSchema = z.object({ foundOn: IsoDateSchema, note: text(3, 2000) }).strict();

export const TransitionRequestSchema = z
  .object({
    expectedVersion: z.number().int().min(0),
    input: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;

/**
 * Filters of the staff work list, shared by GET /api/cases and its CSV/XLSX export. `due` is
 * `overdue` or a number of days N (due within the next N days, not yet overdue). Cases carry an
 * election profile (`profileId`), not an election id, so that is what the list filters on.
 */
export const CaseFiltersSchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.string().max(40).optional(),
  kind: z.enum(['laporan', 'temuan']).optional(),
  regionCode: RegionCodeSchema.optional(),
  due: z
    .string()
    .regex(/^(overdue|[1-9][0-9]?)$/)
    .optional(),
  agency: z.string().trim().min(2).max(200).optional(),
  profileId: z.string().trim().max(80).optional(),
});
export type CaseFilters = z.infer<typeof CaseFiltersSchema>;

export const CaseListQuerySchema = PageQuerySchema.extend(CaseFiltersSchema.shape);
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const RevealReasonQuerySchema = z.object({
  reason: text(5, 500),
});

export const TransitionParamsSchema = z.object({
  id: z.uuid(),
  name: z.string().regex(/^[a-z_]{2,40}$/),
});
