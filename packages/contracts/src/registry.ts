// DTOs of the ASN registry and file imports, shared by server, web app and CLI.
import { z } from 'zod';
import { RegionCodeSchema } from './common';

export const AsnSearchQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  /** Name (trigram on the normalised name) or NIP (digits). */
  q: z.string().trim().max(200).optional(),
  agency: z.string().trim().max(200).optional(),
  regionCode: RegionCodeSchema.optional(),
});
export type AsnSearchQuery = z.infer<typeof AsnSearchQuerySchema>;

export const AsnSummarySchema = z.object({
  id: z.uuid(),
  nip: z.string(),
  fullName: z.string(),
  asnType: z.enum(['PNS', 'PPPK']),
  agencyName: z.string(),
  unit: z.string().nullable(),
  position: z.string().nullable(),
  rank: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  active: z.boolean(),
});
export type AsnSummary = z.infer<typeof AsnSummarySchema>;

export const AsnRecordSchema = AsnSummarySchema.extend({
  agencyOrganizationId: z.uuid().nullable(),
  gender: z.enum(['L', 'P']).nullable(),
  birthDate: z.string().nullable(),
  updatedAt: z.string(),
});
export type AsnRecord = z.infer<typeof AsnRecordSchema>;

export const AsnAccountSchema = z.object({
  id: z.uuid(),
  platform: z.string(),
  handle: z.string(),
  displayName: z.string().nullable(),
  profileUrl: z.string().nullable(),
  source: z.enum(['registry', 'confirmed_link', 'self_declared']),
  createdAt: z.string(),
});
export type AsnAccount = z.infer<typeof AsnAccountSchema>;

export const ImportRunSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  fileName: z.string().nullable(),
  status: z.enum(['running', 'done', 'failed']),
  regionCode: z.string().nullable(),
  processedRows: z.number().int(),
  insertedRows: z.number().int(),
  updatedRows: z.number().int(),
  unchangedRows: z.number().int(),
  rejectedRows: z.number().int(),
  details: z.record(z.string(), z.unknown()),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRun = z.infer<typeof ImportRunSchema>;

export const ImportErrorSchema = z.object({
  rowNumber: z.number().int(),
  columnName: z.string().nullable(),
  code: z.string(),
  messageId: z.string(),
  messageEn: z.string(),
});
export type ImportErrorRow = z.infer<typeof ImportErrorSchema>;

export const ImportListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  kind: z.string().trim().max(40).optional(),
});
