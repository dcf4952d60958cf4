import type { FollowUpExecution, FollowUpListQuery, FollowUpRecord } from '@netra/contracts';
import type { Role } from '@netra/rules';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { ROLE_GRANTS, type Membership } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { casesRepository } from './cases.repository';
import type { CasesService } from './cases.service';
import type { UploadedFile } from './evidence.service';
import { sniffEvidenceType, type EvidenceStorage } from './evidence-storage';
import { followUpRepository, type ForwardingRow } from './follow-up.repository';
import { presentForwarding } from './forwarding';
import { intakeRepository } from './intake.repository';

const DAY_MS = 86_400_000;
type DocumentKind = 'decision' | 'execution';
const DOCUMENT_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The core role a receiving organisation acts in: police for crimes, agency HR otherwise. */
const followUpRoleFor = (kind: string): Role => (kind === 'criminal' ? 'police_liaison' : 'agency_hr');

/**
 * Forwarded cases as the receiving organisation sees them (agency HR of BKN / the PPK's agency,
 * police liaison for crimes): only forwardings addressed to one of the actor's own organisations,
 * only the case's public facts, the reported party and the forwarding letter — never the reporter.
 * The decision goes through the rules core's `record_follow_up` transition.
 */
export function createFollowUpService(deps: {
  db: Database;
  cases: CasesService;
  storage: EvidenceStorage;
  flagDays: number;
  now?: () => Date;
}) {
  const { db, storage, flagDays } = deps;
  const now = deps.now ?? (() => new Date());

  const ownOrganizations = (ctx: RequestContext) =>
    ctx.actor.memberships
      .filter((m) => ROLE_GRANTS[m.role].includes('cases.follow_up'))
      .map((m) => m.organizationId);

  /** The forwarding if it went to the actor's organisation (else 404), inside their region (else 403). */
  async function load(
    ctx: RequestContext,
    id: string,
  ): Promise<{ row: ForwardingRow; membership: Membership }> {
    await authorize(db, ctx, 'cases.follow_up');
    const row = assertFound(
      await followUpRepository.findForOrganizations(db, id, ownOrganizations(ctx)),
      'follow_up.not_found',
    );
    const membership = await authorize(db, ctx, 'cases.follow_up', row.region_code);
    return { row, membership };
  }

  return {
    async list(ctx: RequestContext, query: FollowUpListQuery) {
      await authorize(db, ctx, 'cases.follow_up');
      const at = now();
      const { rows, total } = await followUpRepository.listForOrganizations(db, {
        organizationIds: ownOrganizations(ctx),
        state: query.state,
        overdueBefore: new Date(at.getTime() - flagDays * DAY_MS),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((r) => ({
          ...presentForwarding(r, at, flagDays),
          registerNumber: r.register_number,
          summary: r.summary,
          regionName: r.region_name,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** One forwarding with the case facts the recipient needs; the look at the reported ASN is audited. */
    async get(ctx: RequestContext, id: string) {
      const { row, membership } = await load(ctx, id);
      const at = now();
      const caseRow = assertFound(await casesRepository.findById(db, row.case_id), 'follow_up.not_found');
      const report =
        caseRow.kind === 'laporan'
          ? await intakeRepository.findReportBy(db, 'case_id', caseRow.id)
          : undefined;
      const party = report?.reported_party;
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: row.region_code,
        action: 'case.forwarding_viewed',
        entityType: 'case',
        entityId: row.case_id,
        fieldsRead: party ? ['reportedParty'] : [],
        after: { forwardingId: row.id },
        requestId: ctx.requestId,
      });
      return {
        ...presentForwarding(row, at, flagDays),
        case: {
          id: caseRow.id,
          kind: caseRow.kind,
          status: caseRow.status,
          version: caseRow.version,
          registerNumber: caseRow.register_number,
          summary: caseRow.summary,
          regionName: caseRow.region_name,
          violationKinds: caseRow.state.violationKinds,
          catalogueEntryIds: caseRow.state.catalogueEntryIds,
          decidedAt: caseRow.state.history.find((h) => h.transition === 'decide_violation')?.at ?? null,
          // The reported party only; the reporter is never part of a forwarded case.
          reportedParty: party
            ? {
                type: party.type,
                name: party.name,
                agency: party.agency ?? null,
                position: party.position ?? null,
                nip: party.nip ?? null,
              }
            : null,
        },
      };
    },

    async record(ctx: RequestContext, id: string, body: FollowUpRecord) {
      const { row, membership } = await load(ctx, id);
      if (row.disposition_done) throw new AppError('follow_up.already_recorded');
      const at = now();
      const problems: { field: string; message: string }[] = [];
      if (body.decision === 'sanctioned' && row.kind !== 'criminal' && !body.sanctionLevel)
        problems.push({
          field: 'sanctionLevel',
          message: 'Pilih jenis hukuman yang dijatuhkan / Choose the sanction imposed',
        });
      if (body.decision !== 'sanctioned' && !body.reason)
        problems.push({
          field: 'reason',
          message: 'Alasan wajib diisi bila tidak ada sanksi / A reason is required without a sanction',
        });
      if (body.decisionLetterDate > at.toISOString().slice(0, 10))
        problems.push({
          field: 'decisionLetterDate',
          message:
            'Tanggal surat keputusan tidak boleh di masa depan / The decision date cannot be in the future',
        });
      if (problems.length > 0) throw new AppError('common.validation_failed', { fields: problems });

      const caseRow = assertFound(await casesRepository.findById(db, row.case_id), 'follow_up.not_found');
      const summary =
        body.decision === 'sanctioned'
          ? `Keputusan ${body.decisionLetterNumber} (${body.decisionLetterDate})`
          : (body.reason ?? body.decision);
      await deps.cases.applyAs(
        ctx,
        caseRow,
        membership,
        [followUpRoleFor(row.kind)],
        'record_follow_up',
        {
          expectedVersion: body.expectedVersion,
          input: {
            dispositionId: row.disposition_id,
            result: body.decision,
            summary,
            ...(body.decision === 'sanctioned' && body.sanctionLevel
              ? {
                  sanction: {
                    kind: body.sanctionLevel.startsWith('pp42') ? 'moral' : 'discipline',
                    level: body.sanctionLevel,
                    decreeNumber: body.decisionLetterNumber,
                    decreeDate: body.decisionLetterDate,
                  },
                }
              : {}),
            ...(body.lateReason ? { lateReason: body.lateReason } : {}),
          },
        },
        async (tx) => {
          const recorded = await followUpRepository.recordDecision(tx, row.id, {
            decision: body.decision,
            sanctionLevel: body.sanctionLevel ?? null,
            reason: body.reason ?? null,
            letterNumber: body.decisionLetterNumber,
            letterDate: body.decisionLetterDate,
            recordedBy: ctx.actor.userId,
            at,
          });
          if (!recorded) throw new AppError('follow_up.already_recorded');
        },
      );
      return this.get(ctx, id);
    },

    /**
     * The sanction carried out, with its evidence, through the core's `record_sanction_execution`
     * (which refuses a date before the decree or in the future). The evidence is checked before
     * anything is written, so a bad file changes nothing.
     */
    async recordExecution(ctx: RequestContext, id: string, body: FollowUpExecution, file: UploadedFile) {
      const { row, membership } = await load(ctx, id);
      if (row.execution_recorded_at) throw new AppError('follow_up.execution_recorded');
      if (row.decision !== 'sanctioned') throw new AppError('follow_up.not_sanctioned');
      const evidence = await storeDocument(file);
      const caseRow = assertFound(await casesRepository.findById(db, row.case_id), 'follow_up.not_found');
      await deps.cases.applyAs(
        ctx,
        caseRow,
        membership,
        [followUpRoleFor(row.kind)],
        'record_sanction_execution',
        {
          expectedVersion: body.expectedVersion,
          input: {
            dispositionId: row.disposition_id,
            executedOn: body.executedOn,
            summary: body.summary,
            ...(body.lateReason ? { lateReason: body.lateReason } : {}),
          },
        },
        async (tx) => {
          const recorded = await followUpRepository.recordExecution(tx, row.id, {
            executedOn: body.executedOn,
            summary: body.summary,
            evidence,
            recordedBy: ctx.actor.userId,
            at: now(),
          });
          if (!recorded) throw new AppError('follow_up.execution_recorded');
        },
      );
      return this.get(ctx, id);
    },

    /** The signed decision (PDF or a photo/scan); its type is decided from the bytes. */
    async attachDocument(ctx: RequestContext, id: string, file: UploadedFile) {
      const { row, membership } = await load(ctx, id);
      const doc = await storeDocument(file);
      await inTransaction(db, async (tx) => {
        await followUpRepository.attachDocument(tx, row.id, doc);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'case.follow_up_document_attached',
          entityType: 'case',
          entityId: row.case_id,
          after: { forwardingId: row.id, ...doc },
          requestId: ctx.requestId,
        });
      });
      return doc;
    },

    /** The decision document (or the execution evidence) for its recipient organisation. */
    async document(ctx: RequestContext, id: string, kind: DocumentKind = 'decision') {
      const { row } = await load(ctx, id);
      return readDocument(row, kind);
    },

    /** The decision document (or the execution evidence) for Bawaslu staff who may read the case. */
    async documentForStaff(
      ctx: RequestContext,
      caseId: string,
      forwardingId: string,
      kind: DocumentKind = 'decision',
    ) {
      const caseRow = assertFound(await casesRepository.findById(db, caseId), 'cases.not_found');
      const membership = await authorize(db, ctx, 'cases.read', caseRow.region_code);
      const row = assertFound(
        await followUpRepository.findForCase(db, caseId, forwardingId),
        'follow_up.not_found',
      );
      const file = await readDocument(row, kind);
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: caseRow.region_code,
        action: 'case.follow_up_document_downloaded',
        entityType: 'case',
        entityId: caseId,
        after: { forwardingId, kind },
        requestId: ctx.requestId,
      });
      return file;
    },
  };

  /** A decision or execution file: PDF, JPEG or PNG by its bytes, at most 10 MB, content-addressed. */
  async function storeDocument(file: UploadedFile) {
    const sniffed = sniffEvidenceType(file.bytes);
    if (!sniffed || !DOCUMENT_TYPES.has(sniffed.mediaType))
      throw new AppError('follow_up.document_type', { filename: file.filename ?? null });
    if (file.bytes.length > DOCUMENT_MAX_BYTES)
      throw new AppError('evidence.too_large', {
        maxBytes: DOCUMENT_MAX_BYTES,
        sizeBytes: file.bytes.length,
      });
    const sha256 = await storage.put(file.bytes);
    return { sha256, mediaType: sniffed.mediaType, sizeBytes: file.bytes.length };
  }

  async function readDocument(row: ForwardingRow, kind: DocumentKind) {
    const sha256 = kind === 'execution' ? row.execution_sha256 : row.document_sha256;
    const mediaType = kind === 'execution' ? row.execution_media_type : row.document_media_type;
    if (!sha256 || !mediaType) throw new AppError('common.not_found');
    return { bytes: await storage.get(sha256), mediaType, sha256 };
  }
}

export type FollowUpService = ReturnType<typeof createFollowUpService>;
