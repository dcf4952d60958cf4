// DTOs of the monitoring desk: evidence captures, leads triage and the network view, shared by
// server, web app and CLI. (Registry, candidates and ingestion DTOs are in registry.ts.)
import { z } from 'zod';
import { RegionCodeSchema } from './common';

const IsoDateSchema = z.iso.date('tanggal harus berformat YYYY-MM-DD / date must be YYYY-MM-DD');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

// ---- Evidence capture ----

export const CAPTURE_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const CAPTURE_FAILURE_REASONS = [
  'timeout',
  'too_many_redirects',
  'too_large',
  'navigation_failed',
  'browser_failed',
] as const;
export type CaptureFailureReason = (typeof CAPTURE_FAILURE_REASONS)[number];

export const CaptureUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'alamat harus http:// atau https:// / the address must be http:// or https://',
  })
  .max(2000);

export const CaptureRequestSchema = z
  .object({
    url: CaptureUrlSchema,
    /** For a pasted URL: the region it concerns (default: the requester's jurisdiction). */
    regionCode: RegionCodeSchema.optional(),
  })
  .strict();
export type CaptureRequest = z.infer<typeof CaptureRequestSchema>;

export const LeadCaptureRequestSchema = z.object({ url: CaptureUrlSchema.optional() }).strict();

export const CaptureSchema = z.object({
  id: z.uuid(),
  requestedUrl: z.string(),
  regionCode: z.string(),
  leadId: z.uuid().nullable(),
  status: z.enum(CAPTURE_STATUSES),
  failureReason: z.enum(CAPTURE_FAILURE_REASONS).nullable(),
  failureDetail: z.string().nullable(),
  finalUrl: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  pageTitle: z.string().nullable(),
  screenshotSha256: z.string().nullable(),
  screenshotBytes: z.number().int().nullable(),
  htmlSha256: z.string().nullable(),
  htmlBytes: z.number().int().nullable(),
  redirectCount: z.number().int().nullable(),
  bytesReceived: z.number().int().nullable(),
  serverAddress: z.string().nullable(),
  limits: z.object({ timeoutMs: z.number(), maxRedirects: z.number(), maxBytes: z.number() }),
  capturedFrom: z
    .object({
      hostname: z.string(),
      addresses: z.array(z.string()),
      userAgent: z.string().nullable(),
      browserVersion: z.string().nullable(),
    })
    .nullable(),
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
  startedAt: z.string().nullable(),
  capturedAt: z.string().nullable(),
});
export type Capture = z.infer<typeof CaptureSchema>;

export const CaptureListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  leadId: z.uuid().optional(),
});

export const CaptureFileParamSchema = z.object({ id: z.uuid(), file: z.enum(['screenshot', 'html']) });

// ---- Leads triage ----

export const LEAD_STATUSES = ['open', 'confirmed', 'rejected', 'dismissed', 'promoted'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_BANDS = ['auto_flag', 'review'] as const;
export const LEAD_KINDS = ['asn_interaction', 'asn_post', 'content'] as const;

export const LeadListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  regionCode: RegionCodeSchema.optional(),
  agency: z.string().trim().min(1).max(200).optional(),
  candidateId: z.uuid().optional(),
  ruleId: z.string().trim().min(1).max(100).optional(),
  band: z.enum([...LEAD_BANDS, 'none']).optional(),
  status: z.enum(LEAD_STATUSES).optional(),
  /** Inclusive dates of the event (occurred_at), in the installation's calendar (UTC+7 default). */
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type LeadListQuery = z.infer<typeof LeadListQuerySchema>;

export const IdentityExplanationItemSchema = z.object({
  code: z.string(),
  id: z.string(),
  en: z.string(),
});

export const LeadSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(LEAD_KINDS),
  ruleId: z.string(),
  catalogueEntryId: z.string(),
  score: z.number(),
  band: z.enum(LEAD_BANDS).nullable(),
  status: z.enum(LEAD_STATUSES),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  platform: z.string(),
  accountHandle: z.string(),
  accountDisplayName: z.string().nullable(),
  asn: z
    .object({ id: z.uuid(), fullName: z.string(), agencyName: z.string(), position: z.string().nullable() })
    .nullable(),
  candidate: z.object({ id: z.uuid(), ballotNumber: z.number().int(), name: z.string() }).nullable(),
  occurredAt: z.string(),
  caseId: z.uuid().nullable(),
});
export type LeadSummary = z.infer<typeof LeadSummarySchema>;

export const LeadDetailSchema = LeadSummarySchema.extend({
  statusReason: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  stage: z.string().nullable(),
  stageMakesViolation: z.boolean(),
  eventId: z.string(),
  explanation: z.record(z.string(), z.unknown()),
  evidence: z.record(z.string(), z.unknown()),
  /** The candidate ASN record (audited view). */
  asnRecord: z
    .object({
      id: z.uuid(),
      nip: z.string(),
      fullName: z.string(),
      asnType: z.string(),
      agencyName: z.string(),
      unit: z.string().nullable(),
      position: z.string().nullable(),
      rank: z.string().nullable(),
      regionCode: z.string(),
    })
    .nullable(),
  /** Accounts already linked to the ASN (registry or confirmed): audited view. */
  linkedAccounts: z.array(
    z.object({
      platform: z.string(),
      handle: z.string(),
      source: z.string(),
      displayName: z.string().nullable(),
    }),
  ),
  identityConfirmed: z.boolean(),
  /** The rules-catalogue entry the screening rule points to (the conduct). */
  catalogueEntry: z
    .object({
      id: z.string(),
      code: z.string().nullable(),
      title: z.object({ id: z.string(), en: z.string() }),
    })
    .nullable(),
  captures: z.array(CaptureSchema),
  /** The finding's texts as the promote form pre-fills them (reported ASN, conduct, evidence). */
  prefill: z.object({ summary: z.string(), narrative: z.string() }),
  /** The finding's evidence files once promoted. */
  caseEvidence: z.array(
    z.object({ id: z.uuid(), sha256: z.string(), mediaType: z.string(), captureId: z.uuid().nullable() }),
  ),
  abilities: z.object({ canHandle: z.boolean(), canPromote: z.boolean() }),
});
export type LeadDetail = z.infer<typeof LeadDetailSchema>;

/** Every action names the status it was taken on, so that two supervisors cannot both act. */
const Expected = { expectedStatus: z.enum(LEAD_STATUSES) };

export const LeadConfirmSchema = z.object({ ...Expected, note: text(3, 1000).optional() }).strict();
export const LeadRejectSchema = z.object({ ...Expected, reason: text(3, 1000) }).strict();
export const LeadDismissSchema = z.object({ ...Expected, reason: text(3, 1000) }).strict();
export const LeadPromoteSchema = z
  .object({
    ...Expected,
    foundOn: IsoDateSchema,
    /** Surat tugas of the supervisor: Form A (laporan hasil pengawasan) carries it. */
    assignmentLetterNumber: text(2, 100),
    officerPosition: text(2, 200),
    /** Pre-filled by the desk from the lead; the supervisor may edit it. */
    summary: text(5, 200),
    narrative: text(10, 20_000),
    /** Captures to attach as the case's evidence (done captures of this lead). */
    captureIds: z.array(z.uuid()).max(20).default([]),
  })
  .strict();
export type LeadPromoteInput = z.infer<typeof LeadPromoteSchema>;

// ---- Network view ----

export const NetworkQuerySchema = z.object({
  regionCode: RegionCodeSchema.optional(),
  candidateId: z.uuid().optional(),
  /** Most-interacting pairs first, capped so the graph stays readable. */
  limit: z.coerce.number().int().min(1).max(500).default(150),
});

export const NetworkSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      type: z.enum(['asn_account', 'candidate_account']),
      label: z.string(),
      platform: z.string(),
      /** ASN name (asn_account) or candidate pair (candidate_account). */
      owner: z.string().nullable(),
      ownerId: z.string().nullable(),
    }),
  ),
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      interactions: z.number().int(),
      types: z.record(z.string(), z.number().int()),
    }),
  ),
  truncated: z.boolean(),
});
export type Network = z.infer<typeof NetworkSchema>;
