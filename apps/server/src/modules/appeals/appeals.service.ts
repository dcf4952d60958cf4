import { randomInt } from 'node:crypto';
import sanitizeHtml from 'sanitize-html';
import { loadCatalogue, type Catalogue, type CatalogueEntry } from '@netra/rules';
import {
  DEFAULT_PLEDGE_TEXT,
  type AppealCreateInput,
  type AppealDraftInput,
  type AppealListQuery,
  type AppealStatus,
} from '@netra/contracts';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { decide, scopesFor } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { maxBytesFor, sniffEvidenceType, type EvidenceStorage } from '../cases/evidence-storage';
import type { UploadedFile } from '../cases/evidence.service';
import { renderAppealLetterPdf } from './appeal-letter-pdf';
import { appealsRepository, type AppealFields, type AppealRow } from './appeals.repository';

/** Which status each action needs, and what it leads to (enforced here, never in the browser). */
const FLOW = {
  submit: { from: ['draft', 'returned'], to: 'submitted', action: 'appeals.manage' },
  approve: { from: ['submitted'], to: 'approved', action: 'appeals.approve' },
  return: { from: ['submitted', 'approved'], to: 'returned', action: 'appeals.approve' },
  issue: { from: ['approved'], to: 'issued', action: 'appeals.manage' },
} as const satisfies Record<
  string,
  { from: AppealStatus[]; to: AppealStatus; action: 'appeals.manage' | 'appeals.approve' }
>;
export type AppealStep = keyof typeof FLOW;

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newAppealCode = () =>
  `IMB-${Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;

/** Plain text only: any HTML a user pastes is removed (the body's formatting is Markdown-like). */
const plain = (value: string) =>
  sanitizeHtml(value, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
export const formatIndonesianDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};

export function citationOf(entry: CatalogueEntry): string {
  const basis = entry.legalBasis[0];
  const where = basis
    ? [
        basis.instrument,
        basis.article,
        basis.verse && `ayat (${basis.verse})`,
        basis.letter && `huruf ${basis.letter}`,
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  return `${where}${where ? ' — ' : ''}${entry.title.short.id}`;
}

/** Appeals for staff: drafts, the approval flow, attachments and the letter PDF. */
export function createAppealsService(deps: {
  db: Database;
  storage: EvidenceStorage;
  publicUrl: string;
  catalogue?: Catalogue;
}) {
  const { db, storage } = deps;
  const catalogue = deps.catalogue ?? loadCatalogue();

  function fieldsOf(input: AppealDraftInput): AppealFields {
    const unknown = input.legalReferenceIds.filter((id) => !catalogue.byId.has(id));
    if (unknown.length > 0) throw new AppError('appeals.unknown_legal_reference', { ids: unknown });
    return {
      number: plain(input.number),
      letterDate: input.letterDate,
      nature: plain(input.nature || 'Penting'),
      subject: plain(input.subject),
      addressees: input.addressees.map(plain),
      body: plain(input.body),
      legalReferenceIds: [...new Set(input.legalReferenceIds)],
      signatoryName: plain(input.signatoryName),
      signatoryPosition: plain(input.signatoryPosition),
      pledgeText: plain(input.pledgeText?.trim() || DEFAULT_PLEDGE_TEXT),
    };
  }

  async function load(
    ctx: RequestContext,
    id: string,
    action: 'appeals.read' | 'appeals.manage' | 'appeals.approve',
  ) {
    const row = assertFound(await appealsRepository.findById(db, id), 'appeals.not_found');
    const membership = await authorize(db, ctx, action, row.region_code);
    return { row, membership };
  }

  const summaryOf = (row: AppealRow) => ({
    id: row.id,
    number: row.number,
    letterDate: row.letter_date,
    subject: row.subject,
    status: row.status,
    regionCode: row.region_code,
    organizationName: row.organization_name,
    code: row.code,
    issuedAt: row.issued_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
  });

  async function detailOf(ctx: RequestContext, row: AppealRow) {
    const attachments = await appealsRepository.listAttachments(db, row.id);
    const can = (action: 'appeals.manage' | 'appeals.approve') =>
      decide(ctx.actor, action, row.region_code).allowed;
    return {
      ...summaryOf(row),
      nature: row.nature,
      addressees: row.addressees,
      body: row.body,
      legalReferences: row.legal_reference_ids.map((id) => {
        const entry = catalogue.byId.get(id);
        return { id, citation: entry ? citationOf(entry) : id };
      }),
      signatoryName: row.signatory_name,
      signatoryPosition: row.signatory_position,
      pledgeText: row.pledge_text,
      returnNote: row.return_note,
      reminderThresholdPercent: row.reminder_threshold_percent,
      attachments: attachments.map((a) => ({
        id: a.id,
        mediaType: a.media_type,
        sizeBytes: Number(a.size_bytes),
        name: a.original_name,
      })),
      abilities: {
        canEdit: can('appeals.manage') && (row.status === 'draft' || row.status === 'returned'),
        canSubmit: can('appeals.manage') && (FLOW.submit.from as readonly string[]).includes(row.status),
        canApprove: can('appeals.approve') && row.status === 'submitted',
        canReturn: can('appeals.approve') && (FLOW.return.from as readonly string[]).includes(row.status),
        canIssue: can('appeals.manage') && row.status === 'approved',
        canDistribute: can('appeals.manage') && row.status === 'issued',
      },
    };
  }

  async function letterPdf(tx: Queryable, row: AppealRow): Promise<Buffer> {
    const attachments = await appealsRepository.listAttachments(tx, row.id);
    return renderAppealLetterPdf({
      officeName: row.organization_name,
      officeAddress: 'Jalan Pramuka, Bengkalis, Riau',
      number: row.number,
      nature: row.nature,
      attachmentCount: attachments.length,
      subject: row.subject,
      addressees: row.addressees,
      place: (row.region_name ?? 'Bengkalis')
        .replace(/^(KABUPATEN|KOTA|Kabupaten|Kota)\s+/, '')
        .replace(/\b\w+/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()),
      letterDate: formatIndonesianDate(row.letter_date),
      body: row.body,
      legalReferences: row.legal_reference_ids.map((id) => {
        const entry = catalogue.byId.get(id);
        return entry ? citationOf(entry) : id;
      }),
      signatoryName: row.signatory_name,
      signatoryPosition: row.signatory_position,
      code: row.code,
      acknowledgeUrl: `${deps.publicUrl.replace(/\/$/, '')}/imbauan/konfirmasi`,
      draft: row.status !== 'issued',
    });
  }

  return {
    catalogue,
    summaryOf,
    letterPdf,

    async list(ctx: RequestContext, query: AppealListQuery) {
      await authorize(db, ctx, 'appeals.read');
      const { rows, total } = await appealsRepository.list(db, {
        scopes: scopesFor(ctx.actor, 'appeals.read'),
        status: query.status,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: rows.map(summaryOf), total, page: query.page, pageSize: query.pageSize };
    },

    async get(ctx: RequestContext, id: string) {
      const { row } = await load(ctx, id, 'appeals.read');
      return detailOf(ctx, row);
    },

    async create(ctx: RequestContext, input: AppealCreateInput) {
      const office = input.organizationId
        ? assertFound(
            await appealsRepository.findOrganization(db, input.organizationId),
            'organizations.not_found',
          )
        : undefined;
      const membership = await authorize(db, ctx, 'appeals.manage', office?.region_code);
      const fields = fieldsOf(input);
      const id = await inTransaction(db, async (tx) => {
        const newId = await appealsRepository.insert(tx, {
          ...fields,
          organizationId: office?.id ?? membership.organizationId,
          regionCode: office?.region_code ?? membership.regionCode,
          createdBy: ctx.actor.userId,
        });
        if (!newId) throw new AppError('appeals.number_taken', { fields: [{ field: 'number' }] });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: office?.region_code ?? membership.regionCode,
          action: 'appeal.drafted',
          entityType: 'appeal',
          entityId: newId,
          after: { number: fields.number, subject: fields.subject },
          requestId: ctx.requestId,
        });
        return newId;
      });
      return this.get(ctx, id);
    },

    async update(ctx: RequestContext, id: string, input: AppealDraftInput) {
      const { row, membership } = await load(ctx, id, 'appeals.manage');
      const fields = fieldsOf(input);
      await inTransaction(db, async (tx) => {
        const locked = assertFound(await appealsRepository.findById(tx, id, true), 'appeals.not_found');
        if (locked.status !== 'draft' && locked.status !== 'returned')
          throw new AppError('appeals.invalid_status', { status: locked.status });
        if (!(await appealsRepository.update(tx, id, fields)))
          throw new AppError('appeals.number_taken', { fields: [{ field: 'number' }] });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'appeal.updated',
          entityType: 'appeal',
          entityId: id,
          before: { number: row.number, subject: row.subject },
          after: { number: fields.number, subject: fields.subject },
          requestId: ctx.requestId,
        });
      });
      return this.get(ctx, id);
    },

    /** One step of the flow; the PDF of an issued appeal is rendered once and kept by its hash. */
    async step(ctx: RequestContext, id: string, step: AppealStep, note?: string) {
      const flow = FLOW[step];
      const { row, membership } = await load(ctx, id, flow.action);
      await inTransaction(db, async (tx) => {
        const locked = assertFound(await appealsRepository.findById(tx, id, true), 'appeals.not_found');
        if (!(flow.from as readonly string[]).includes(locked.status))
          throw new AppError('appeals.invalid_status', { status: locked.status, step });
        let code: string | undefined;
        let pdfSha256: string | undefined;
        if (step === 'issue') {
          code = newAppealCode();
          const issued = { ...locked, status: 'issued' as const, code };
          pdfSha256 = await storage.put(await letterPdf(tx, issued));
        }
        await appealsRepository.setStatus(tx, id, flow.to, {
          returnNote: note ?? null,
          approvedBy: ctx.actor.userId,
          code,
          pdfSha256,
        });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: `appeal.${flow.to}`,
          entityType: 'appeal',
          entityId: id,
          before: { status: locked.status },
          after: { status: flow.to, ...(note ? { note } : {}), ...(code ? { code, pdfSha256 } : {}) },
          requestId: ctx.requestId,
        });
      });
      return this.get(ctx, id);
    },

    async pdf(ctx: RequestContext, id: string) {
      const { row } = await load(ctx, id, 'appeals.read');
      return {
        number: row.number,
        bytes: row.pdf_sha256 ? await storage.get(row.pdf_sha256) : await letterPdf(db, row),
      };
    },

    async addAttachment(ctx: RequestContext, id: string, file: UploadedFile) {
      const { row, membership } = await load(ctx, id, 'appeals.manage');
      if (row.status !== 'draft' && row.status !== 'returned')
        throw new AppError('appeals.invalid_status', { status: row.status });
      const sniffed = sniffEvidenceType(file.bytes);
      if (!sniffed || sniffed.mediaType === 'video/mp4' || file.bytes.length > maxBytesFor(sniffed.mediaType))
        throw new AppError('appeals.attachment_unsupported', { filename: file.filename ?? null });
      const sha256 = await storage.put(file.bytes);
      const originalName =
        file.filename
          ?.replace(/^.*[\\/]/, '')
          .replace(/[\p{Cc}]/gu, '')
          .slice(0, 200) ?? null;
      return inTransaction(db, async (tx) => {
        const attachmentId = await appealsRepository.insertAttachment(tx, id, {
          sha256,
          mediaType: sniffed.mediaType,
          sizeBytes: file.bytes.length,
          originalName,
        });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'appeal.attachment_added',
          entityType: 'appeal',
          entityId: id,
          after: { attachmentId, sha256, mediaType: sniffed.mediaType },
          requestId: ctx.requestId,
        });
        return {
          id: attachmentId,
          mediaType: sniffed.mediaType,
          sizeBytes: file.bytes.length,
          name: originalName,
        };
      });
    },

    async removeAttachment(ctx: RequestContext, id: string, attachmentId: string) {
      const { row, membership } = await load(ctx, id, 'appeals.manage');
      if (row.status !== 'draft' && row.status !== 'returned')
        throw new AppError('appeals.invalid_status', { status: row.status });
      await inTransaction(db, async (tx) => {
        if (!(await appealsRepository.deleteAttachment(tx, id, attachmentId)))
          throw new AppError('common.not_found');
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'appeal.attachment_removed',
          entityType: 'appeal',
          entityId: id,
          after: { attachmentId },
          requestId: ctx.requestId,
        });
      });
    },

    /** Attachment bytes; `ctx` null is the public side, which only sees issued appeals. */
    async attachment(ctx: RequestContext | null, id: string, attachmentId: string) {
      const row = assertFound(await appealsRepository.findById(db, id), 'appeals.not_found');
      if (ctx) await authorize(db, ctx, 'appeals.read', row.region_code);
      else if (row.status !== 'issued') throw new AppError('appeals.not_found');
      const file = (await appealsRepository.listAttachments(db, id)).find((a) => a.id === attachmentId);
      if (!file) throw new AppError('common.not_found');
      return { mediaType: file.media_type, name: file.original_name, bytes: await storage.get(file.sha256) };
    },

    /** Public list and detail of issued appeals: the letter only, never targets or coverage. */
    async publicList(query: { page: number; pageSize: number }) {
      const { rows, total } = await appealsRepository.list(db, {
        scopes: [],
        issuedOnly: true,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: rows.map(publicOf), total, page: query.page, pageSize: query.pageSize };
    },

    async publicGet(id: string) {
      const row = await appealsRepository.findById(db, id);
      if (!row || row.status !== 'issued') throw new AppError('appeals.not_found');
      const attachments = await appealsRepository.listAttachments(db, id);
      return {
        ...publicOf(row),
        addressees: row.addressees,
        body: row.body,
        legalReferences: row.legal_reference_ids.map((ref) => {
          const entry = catalogue.byId.get(ref);
          return { id: ref, citation: entry ? citationOf(entry) : ref };
        }),
        signatoryName: row.signatory_name,
        signatoryPosition: row.signatory_position,
        attachments: attachments.map((a) => ({ id: a.id, mediaType: a.media_type, name: a.original_name })),
      };
    },

    async publicPdf(id: string) {
      const row = await appealsRepository.findById(db, id);
      if (!row || row.status !== 'issued') throw new AppError('appeals.not_found');
      // Seeded or migrated appeals may have no stored letter yet: rendered from the record.
      return {
        number: row.number,
        bytes: row.pdf_sha256 ? await storage.get(row.pdf_sha256) : await letterPdf(db, row),
      };
    },
  };
}

const publicOf = (row: AppealRow) => ({
  id: row.id,
  number: row.number,
  letterDate: row.letter_date,
  subject: row.subject,
  organizationName: row.organization_name,
  code: row.code,
  issuedAt: row.issued_at?.toISOString() ?? null,
});

export type AppealsService = ReturnType<typeof createAppealsService>;
