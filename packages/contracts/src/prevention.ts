// DTOs of appeals (imbauan), acknowledgments and the neutrality pledge, shared by server, web app and CLI.
import { z } from 'zod';
import { RegionCodeSchema } from './common';

export const APPEAL_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'issued'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** Organisation types that receive an appeal letter: the Bupati/Sekda and every agency. */
export const APPEAL_RECIPIENT_TYPES = ['pemda_sekda', 'opd', 'bkpsdm'] as const;

const text = (max: number) => z.string().trim().min(1, 'wajib diisi / required').max(max);

/**
 * The appeal body is a small Markdown-like text (see docs/prevention.md): paragraphs separated by a
 * blank line, **bold**, *italic*, lines starting with "- " (bullets) or "1. " (numbered). Never HTML.
 */
export const AppealDraftInputSchema = z.object({
  number: text(120),
  letterDate: z.iso.date('tanggal tidak valid / invalid date'),
  nature: z.string().trim().max(60).default('Penting'),
  subject: text(300),
  addressees: z.array(text(300)).min(1, 'minimal satu penerima / at least one addressee').max(50),
  body: text(20_000),
  legalReferenceIds: z.array(z.string().max(120)).max(30).default([]),
  signatoryName: text(200),
  signatoryPosition: text(200),
  pledgeText: z.string().trim().max(5_000).optional(),
});
export type AppealDraftInput = z.infer<typeof AppealDraftInputSchema>;

/** A new draft; `organizationId` is the issuing office (default: the author's own organisation). */
export const AppealCreateInputSchema = AppealDraftInputSchema.extend({ organizationId: z.uuid().optional() });
export type AppealCreateInput = z.infer<typeof AppealCreateInputSchema>;

export const AppealListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  status: z.enum(APPEAL_STATUSES).optional(),
});
export type AppealListQuery = z.infer<typeof AppealListQuerySchema>;

export const AppealReturnInputSchema = z.object({ note: text(2_000) });

export const AppealDistributionInputSchema = z.object({
  /** Organisations that receive the letter (Bupati/Sekda, OPD, BKPSDM). */
  organizationIds: z.array(z.uuid()).max(500).default([]),
  /** ASN targeted personally: by agency, type and region (all filters combined with AND). */
  agencyOrganizationIds: z
    .array(z.uuid())
    .min(1, 'pilih minimal satu instansi / pick at least one agency')
    .max(500),
  asnTypes: z
    .array(z.enum(['PNS', 'PPPK']))
    .min(1)
    .default(['PNS', 'PPPK']),
  regionCodes: z.array(RegionCodeSchema).max(200).default([]),
  validDays: z.coerce.number().int().min(1).max(365).default(30),
  reminderThresholdPercent: z.coerce.number().int().min(0).max(100).default(80),
});
export type AppealDistributionInput = z.infer<typeof AppealDistributionInputSchema>;

export const CoverageQuerySchema = z.object({
  by: z.enum(['agency', 'region']).default('agency'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

export const NipSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[0-9]{18}$/, 'NIP harus 18 angka / the NIP has 18 digits'));

const pledgeFields = {
  nip: NipSchema,
  pledge: z.boolean().default(false),
  pledgeName: z.string().trim().max(200).optional(),
};

export const LinkOpenInputSchema = z.object({ token: z.string().min(20).max(100) });
export const LinkAcknowledgeInputSchema = z.object({ token: z.string().min(20).max(100), ...pledgeFields });
export const CodeAcknowledgeInputSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^IMB-[0-9A-Z]{6}$/, 'kode imbauan berbentuk IMB-XXXXXX / the code looks like IMB-XXXXXX'),
  ...pledgeFields,
});
export type LinkAcknowledgeInput = z.infer<typeof LinkAcknowledgeInputSchema>;
export type CodeAcknowledgeInput = z.infer<typeof CodeAcknowledgeInputSchema>;

/** One block of an appeal body: a paragraph or a list of items, each a run of styled text. */
export type AppealTextRun = { text: string; bold?: boolean; italics?: boolean };
export type AppealBlock =
  { kind: 'paragraph'; runs: AppealTextRun[] } | { kind: 'bullets' | 'numbers'; items: AppealTextRun[][] };

/** Parses the Markdown-like body (pure; used by the PDF on the server and the preview in the browser). */
export function parseAppealBody(body: string): AppealBlock[] {
  const blocks: AppealBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((l) => /^\s*[-*]\s+/.test(l)))
      blocks.push({ kind: 'bullets', items: lines.map((l) => parseRuns(l.replace(/^\s*[-*]\s+/, ''))) });
    else if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l)))
      blocks.push({ kind: 'numbers', items: lines.map((l) => parseRuns(l.replace(/^\s*\d+[.)]\s+/, ''))) });
    else blocks.push({ kind: 'paragraph', runs: parseRuns(lines.map((l) => l.trim()).join(' ')) });
  }
  return blocks;
}

function parseRuns(line: string): AppealTextRun[] {
  const runs: AppealTextRun[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: line.slice(last, match.index) });
    if (match[1] !== undefined) runs.push({ text: match[1], bold: true });
    else runs.push({ text: match[2] ?? '', italics: true });
    last = match.index + match[0].length;
  }
  if (last < line.length) runs.push({ text: line.slice(last) });
  return runs;
}

export const DEFAULT_PLEDGE_TEXT =
  'Saya, Aparatur Sipil Negara, dengan ini menyatakan akan menjaga netralitas dalam Pemilihan Bupati dan ' +
  'Wakil Bupati: tidak memihak dan tidak memberikan dukungan kepada pasangan calon mana pun, tidak ' +
  'menghadiri kegiatan kampanye, serta tidak membuat, membagikan, menyukai, mengomentari, atau mengikuti ' +
  'unggahan, grup, dan akun pasangan calon di media sosial. Apabila saya melanggar, saya bersedia ' +
  'menerima sanksi sesuai ketentuan peraturan perundang-undangan.';
