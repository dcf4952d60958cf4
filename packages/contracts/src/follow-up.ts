import { z } from 'zod';
import { PageQuerySchema } from './common';

// Public region search for the report and tip forms, and the follow-up of forwarded cases by the
// receiving agency HR (ASN discipline) or police liaison (election crimes) (issue 4 §6).

export const PublicRegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  parentName: z.string().nullable(),
});
export type PublicRegion = z.infer<typeof PublicRegionSchema>;

export const PublicRegionQuerySchema = z.object({ q: z.string().trim().min(2).max(100) });

/**
 * Sanctions a PPK may impose: PP 42/2004 Pasal 15 (moral sanction, closed or open statement) and
 * PP 94/2021 (light, medium, severe discipline). Legal names stay Indonesian in the texts.
 */
export const SANCTION_LEVELS = [
  'pp42_moral_tertutup',
  'pp42_moral_terbuka',
  'pp94_ringan_teguran_lisan',
  'pp94_ringan_teguran_tertulis',
  'pp94_ringan_pernyataan_tidak_puas',
  'pp94_sedang_potong_tukin_6',
  'pp94_sedang_potong_tukin_9',
  'pp94_sedang_potong_tukin_12',
  'pp94_berat_turun_jabatan_12',
  'pp94_berat_pembebasan_jabatan_12',
  'pp94_berat_pemberhentian_hormat',
] as const;
export type SanctionLevel = (typeof SANCTION_LEVELS)[number];

export const FOLLOW_UP_DECISIONS = [
  'sanctioned',
  'not_sanctioned',
  'prosecuted',
  'dismissed',
  'other',
] as const;

export const FollowUpListQuerySchema = PageQuerySchema.pick({ page: true, pageSize: true }).extend({
  state: z.enum(['open', 'recorded', 'all']).default('open'),
});
export type FollowUpListQuery = z.infer<typeof FollowUpListQuerySchema>;

const isoDate = z.iso.date();

export const FollowUpRecordSchema = z
  .object({
    expectedVersion: z.number().int().min(0),
    decision: z.enum(FOLLOW_UP_DECISIONS),
    sanctionLevel: z.enum(SANCTION_LEVELS).optional(),
    reason: z.string().trim().max(2000).optional(),
    decisionLetterNumber: z.string().trim().min(2).max(100),
    decisionLetterDate: isoDate,
    lateReason: z.string().trim().min(3).max(1000).optional(),
  })
  .strict();
export type FollowUpRecord = z.infer<typeof FollowUpRecordSchema>;

/**
 * Execution of an imposed sanction, sent as the `payload` field (JSON) of a multipart request whose
 * file is the evidence (the signed handover minutes, a payslip showing the deduction, …).
 */
export const FollowUpExecutionSchema = z
  .object({
    expectedVersion: z.number().int().min(0),
    executedOn: isoDate,
    summary: z.string().trim().min(3).max(2000),
    lateReason: z.string().trim().min(3).max(1000).optional(),
  })
  .strict();
export type FollowUpExecution = z.infer<typeof FollowUpExecutionSchema>;

/** Which file of a forwarding: the sanction decision or the evidence of its execution. */
export const FollowUpDocumentQuerySchema = z.object({
  kind: z.enum(['decision', 'execution']).default('decision'),
});

/** Extra forwarding fields staff may add to each disposition of the `forward` transition. */
export const ForwardingExtrasSchema = z.object({
  recipientOrganizationIds: z.array(z.uuid()).max(10).optional(),
  recommendedSanction: z.string().trim().max(500).optional(),
  letterDate: isoDate.optional(),
});
