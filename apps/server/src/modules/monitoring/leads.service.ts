import { findEntry, loadCatalogue, type Catalogue } from '@netra/rules';
import type { LeadListQuery, LeadPromoteInput, LeadStatus } from '@netra/contracts';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { decide, scopesFor } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import type { EnvironmentFor } from '../cases/case-environment';
import { openFindingFromLead } from '../cases/finding-from-lead';
import type { CapturesService } from './captures.service';
import { toCaptureDto } from './captures.service';
import { capturesRepository } from './captures.repository';
import { screeningRepository } from '../ingestion/screening.repository';
import { leadsRepository, type LeadRow } from './leads.repository';

// What a look at an ASN's record and linked accounts reads (the audit trail names the fields).
const ASN_FIELDS = [
  'asn.nip',
  'asn.full_name',
  'asn.agency',
  'asn.position',
  'asn.rank',
  'asn.linked_accounts',
];

function summaryOf(row: LeadRow) {
  return {
    id: row.id,
    kind: row.kind,
    ruleId: row.rule_id,
    catalogueEntryId: row.catalogue_entry_id,
    score: row.score,
    band: row.band,
    status: row.status,
    regionCode: row.region_code,
    regionName: row.region_name,
    platform: row.platform,
    accountHandle: row.account_handle,
    accountDisplayName: row.account_display_name,
    asn:
      row.asn_id && row.asn_full_name
        ? {
            id: row.asn_id,
            fullName: row.asn_full_name,
            agencyName: row.asn_agency_name ?? '',
            position: row.asn_position,
          }
        : null,
    candidate:
      row.candidate_id && row.candidate_name
        ? { id: row.candidate_id, ballotNumber: row.candidate_ballot_number ?? 0, name: row.candidate_name }
        : null,
    occurredAt: row.occurred_at.toISOString(),
    caseId: row.case_id,
  };
}

/**
 * The triage desk: leads ranked by score within the actor's jurisdiction, the lead page (ASN record
 * and linked accounts, audited), and the actions. Every action names the status the supervisor saw
 * and is written with its audit event in one transaction, so two supervisors cannot both act.
 */
export function createLeadsService(deps: {
  db: Database;
  captures: CapturesService;
  environmentFor: EnvironmentFor;
  timeZone?: string;
  now?: () => Date;
}) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  let catalogue: Catalogue | undefined;
  const entryOf = (id: string) => findEntry((catalogue ??= loadCatalogue()), id);

  async function load(ctx: RequestContext, id: string, action: 'monitoring.read' | 'monitoring.handle') {
    const row = assertFound(await leadsRepository.findById(db, id), 'leads.not_found');
    const membership = await authorize(db, ctx, action, row.region_code);
    return { row, membership };
  }

  function conductOf(row: LeadRow): string {
    const entry = entryOf(row.catalogue_entry_id);
    return entry ? `${entry.code ? `${entry.code} — ` : ''}${entry.title.short.id}` : row.catalogue_entry_id;
  }

  function prefillOf(row: LeadRow, asn: { nip: string; full_name: string } | undefined) {
    const evidence = row.evidence as { url?: string; text?: string };
    const who = asn
      ? `${asn.full_name} (NIP ${asn.nip}), ${row.asn_agency_name ?? ''}`
      : `@${row.account_handle}`;
    const candidate = row.candidate_name
      ? ` terhadap pasangan calon nomor ${row.candidate_ballot_number} ${row.candidate_name}`
      : '';
    return {
      summary:
        `Dugaan ${row.kind === 'content' ? 'konten pelanggaran' : 'ketidaknetralan ASN'} di media sosial: ${who}`.slice(
          0,
          200,
        ),
      narrative: [
        `Terlapor: ${who}.`,
        `Akun: ${row.platform} @${row.account_handle}${row.account_display_name ? ` (${row.account_display_name})` : ''}.`,
        `Perbuatan: ${conductOf(row)}${candidate}, pada ${row.occurred_at.toISOString()}${row.stage ? ` (tahapan: ${row.stage})` : ''}.`,
        `Aturan pemindaian: ${row.rule_id}; katalog: ${row.catalogue_entry_id}; skor ${row.score.toFixed(2)}.`,
        evidence.url ? `Tautan unggahan: ${evidence.url}.` : '',
        evidence.text ? `Isi: "${String(evidence.text).slice(0, 1000)}".` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    };
  }

  /** Moves the lead from the status the supervisor saw, or says why it cannot. */
  async function move(
    tx: Queryable,
    row: LeadRow,
    ctx: RequestContext,
    change: { from: LeadStatus; to: LeadStatus; reason: string | null; caseId?: string },
  ) {
    if (row.case_id) throw new AppError('leads.already_promoted', { caseId: row.case_id });
    if (row.status !== change.from) throw new AppError('leads.status_changed', { status: row.status });
    if (!(await leadsRepository.setStatus(tx, row.id, { ...change, userId: ctx.actor.userId })))
      throw new AppError('leads.status_changed');
  }

  const requireOneOf = (row: LeadRow, expected: LeadStatus, allowed: LeadStatus[]) => {
    if (!allowed.includes(expected)) throw new AppError('leads.action_not_allowed', { status: expected });
    if (row.status !== expected) throw new AppError('leads.status_changed', { status: row.status });
  };

  return {
    async list(ctx: RequestContext, query: LeadListQuery) {
      await authorize(db, ctx, 'monitoring.read');
      const { rows, total } = await leadsRepository.list(db, {
        ...query,
        scopes: scopesFor(ctx.actor, 'monitoring.read'),
        timeZone: deps.timeZone ?? 'Asia/Jakarta',
      });
      return { items: rows.map(summaryOf), total, page: query.page, pageSize: query.pageSize };
    },

    /** The lead page. Showing the ASN record and linked accounts is a look at personal data: audited. */
    async get(ctx: RequestContext, id: string) {
      const { row, membership } = await load(ctx, id, 'monitoring.read');
      const mayReadAccounts = decide(ctx.actor, 'asn.read_accounts', row.region_code).allowed;
      const asn = row.asn_id ? await leadsRepository.asnRecord(db, row.asn_id) : undefined;
      const linked = asn && mayReadAccounts ? await leadsRepository.linkedAccounts(db, asn.id) : [];
      if (asn)
        await recordAudit(db, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'lead.viewed',
          entityType: 'lead',
          entityId: id,
          fieldsRead: mayReadAccounts ? ASN_FIELDS : ASN_FIELDS.slice(0, -1),
          after: { asnId: asn.id },
          requestId: ctx.requestId,
        });
      const captures = await capturesRepository.list(db, {
        scopes: ['ID'],
        leadId: id,
        limit: 50,
        offset: 0,
      });
      const entry = entryOf(row.catalogue_entry_id);
      const caseEvidence = row.case_id ? await leadsRepository.evidenceOfCase(db, row.case_id) : [];
      return {
        ...summaryOf(row),
        statusReason: row.status_reason,
        statusChangedAt: row.status_changed_at?.toISOString() ?? null,
        stage: row.stage,
        stageMakesViolation: row.stage_makes_violation,
        eventId: row.event_id,
        explanation: row.explanation,
        evidence: row.evidence,
        asnRecord: asn
          ? {
              id: asn.id,
              nip: asn.nip,
              fullName: asn.full_name,
              asnType: asn.asn_type,
              agencyName: asn.agency_name,
              unit: asn.unit,
              position: asn.position,
              rank: asn.rank,
              regionCode: asn.region_code,
            }
          : null,
        linkedAccounts: linked.map((a) => ({
          platform: a.platform,
          handle: a.handle,
          source: a.source,
          displayName: a.display_name,
        })),
        identityConfirmed: linked.some((a) => a.platform === row.platform && a.handle === row.account_handle),
        catalogueEntry: entry ? { id: entry.id, code: entry.code ?? null, title: entry.title.short } : null,
        captures: captures.rows.map(toCaptureDto),
        prefill: prefillOf(row, asn),
        caseEvidence: caseEvidence.map((e) => ({
          id: e.id,
          sha256: e.sha256,
          mediaType: e.media_type,
          captureId: e.capture_id,
        })),
        abilities: {
          canHandle: decide(ctx.actor, 'monitoring.handle', row.region_code).allowed,
          canPromote:
            decide(ctx.actor, 'monitoring.handle', row.region_code).allowed &&
            decide(ctx.actor, 'cases.handle', row.region_code).allowed,
        },
      };
    },

    /** The account is the ASN's: it becomes one of the ASN's known accounts. */
    async confirm(ctx: RequestContext, id: string, input: { expectedStatus: LeadStatus; note?: string }) {
      const { row, membership } = await load(ctx, id, 'monitoring.handle');
      if (!row.asn_id) throw new AppError('leads.no_identity');
      requireOneOf(row, input.expectedStatus, ['open']);
      await inTransaction(db, async (tx) => {
        await move(tx, row, ctx, { from: 'open', to: 'confirmed', reason: input.note ?? null });
        const accountId = await leadsRepository.insertConfirmedAccount(tx, {
          asnId: row.asn_id!,
          platform: row.platform,
          handle: row.account_handle,
          displayName: row.account_display_name,
          userId: ctx.actor.userId,
        });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'lead.identity_confirmed',
          entityType: 'lead',
          entityId: id,
          before: { status: row.status },
          after: { status: 'confirmed', asnId: row.asn_id, platform: row.platform, asnAccountId: accountId },
          requestId: ctx.requestId,
        });
      });
      return { id, status: 'confirmed' as const };
    },

    /** Not this ASN's account: the pair is never proposed again, and its other open leads go too. */
    async reject(ctx: RequestContext, id: string, input: { expectedStatus: LeadStatus; reason: string }) {
      const { row, membership } = await load(ctx, id, 'monitoring.handle');
      if (!row.asn_id) throw new AppError('leads.no_identity');
      requireOneOf(row, input.expectedStatus, ['open']);
      const withdrawn = await inTransaction(db, async (tx) => {
        await move(tx, row, ctx, { from: 'open', to: 'rejected', reason: input.reason });
        // The screening's own writer, so both modules store a rejected pair the same way.
        await screeningRepository.addRejectedPair(tx, {
          platform: row.platform,
          handle: row.account_handle,
          asnId: row.asn_id!,
          reason: input.reason,
          rejectedBy: ctx.actor.userId,
          leadId: id,
        });
        const others = await leadsRepository.rejectOpenLeadsOfPair(tx, {
          platform: row.platform,
          handle: row.account_handle,
          asnId: row.asn_id!,
          reason: input.reason,
          userId: ctx.actor.userId,
        });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'lead.identity_rejected',
          entityType: 'lead',
          entityId: id,
          before: { status: row.status },
          after: { status: 'rejected', asnId: row.asn_id, platform: row.platform, alsoRejected: others },
          requestId: ctx.requestId,
        });
        return others;
      });
      return { id, status: 'rejected' as const, alsoRejected: withdrawn };
    },

    async dismiss(ctx: RequestContext, id: string, input: { expectedStatus: LeadStatus; reason: string }) {
      const { row, membership } = await load(ctx, id, 'monitoring.handle');
      requireOneOf(row, input.expectedStatus, ['open', 'confirmed']);
      await inTransaction(db, async (tx) => {
        await move(tx, row, ctx, { from: input.expectedStatus, to: 'dismissed', reason: input.reason });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'lead.dismissed',
          entityType: 'lead',
          entityId: id,
          before: { status: row.status },
          after: { status: 'dismissed', reason: input.reason },
          requestId: ctx.requestId,
        });
      });
      return { id, status: 'dismissed' as const };
    },

    /** Captures the lead's post (or another URL) as evidence for this lead. */
    async capture(ctx: RequestContext, id: string, input: { url?: string }) {
      const { row, membership } = await load(ctx, id, 'monitoring.handle');
      const url = input.url ?? (row.evidence as { url?: string }).url;
      if (!url) throw new AppError('common.validation_failed', { fields: { url: 'required' } });
      // The lead's own URL comes from an imported event, not through the request schema.
      await deps.captures.assertCapturable(url);
      const captureId = await inTransaction(db, (tx) =>
        deps.captures.enqueue(tx, ctx, membership, { url, regionCode: row.region_code, leadId: id }),
      );
      await deps.captures.dispatch(captureId);
      return deps.captures.get(ctx, captureId);
    },

    /**
     * Opens a finding from the lead, pre-filled with the reported ASN, the conduct (catalogue entry)
     * and the chosen captures as the case's evidence. An ASN lead needs its identity confirmed first.
     */
    async promote(ctx: RequestContext, id: string, input: LeadPromoteInput) {
      const { row } = await load(ctx, id, 'monitoring.handle');
      // Opening a finding is the handling staff's decision, as for a finding raised from a tip.
      const membership = await authorize(db, ctx, 'cases.handle', row.region_code);
      if (row.case_id) throw new AppError('leads.already_promoted', { caseId: row.case_id });
      requireOneOf(row, input.expectedStatus, ['open', 'confirmed']);
      // A finding names the ASN only when the account is known to be theirs: confirmed on the desk
      // (this lead or another of the same pair) or declared in the registry.
      if (row.asn_id && row.status === 'open') {
        const known = await leadsRepository.linkedAccounts(db, row.asn_id);
        if (!known.some((a) => a.platform === row.platform && a.handle === row.account_handle))
          throw new AppError('leads.action_not_allowed', { reason: 'identity_unconfirmed' });
      }
      const captures = await capturesRepository.findManyForLead(db, id, input.captureIds);
      if (captures.length !== input.captureIds.length || captures.some((c) => c.status !== 'done'))
        throw new AppError('captures.not_ready');
      const asn = row.asn_id ? await leadsRepository.asnRecord(db, row.asn_id) : undefined;
      const caseId = await inTransaction(db, async (tx) => {
        const opened = await openFindingFromLead(
          tx,
          { environmentFor: deps.environmentFor, now: now() },
          ctx,
          membership,
          {
            leadId: id,
            regionCode: row.region_code,
            foundOn: input.foundOn,
            summary: input.summary,
            narrative: input.narrative,
            assignmentLetterNumber: input.assignmentLetterNumber,
            officerPosition: input.officerPosition,
            supervised: `Akun ${row.platform} @${row.account_handle}${asn ? ` — ${asn.full_name}, ${asn.agency_name}` : ''}`,
            prefill: {
              asnId: row.asn_id,
              nip: asn?.nip ?? null,
              catalogueEntryId: row.catalogue_entry_id,
              ruleId: row.rule_id,
              conduct: conductOf(row),
            },
          },
        );
        const evidenceIds: string[] = [];
        for (const c of captures) {
          evidenceIds.push(
            await leadsRepository.insertCaptureEvidence(tx, {
              sha256: c.screenshot_sha256!,
              mediaType: 'image/png',
              sizeBytes: Number(c.screenshot_bytes),
              name: `tangkapan-layar-${c.id.slice(0, 8)}.png`,
              supervisionResultId: opened.supervisionResultId,
              captureId: c.id,
            }),
            await leadsRepository.insertCaptureEvidence(tx, {
              sha256: c.html_sha256!,
              mediaType: 'text/html',
              sizeBytes: Number(c.html_bytes),
              name: `halaman-${c.id.slice(0, 8)}.html`,
              supervisionResultId: opened.supervisionResultId,
              captureId: c.id,
            }),
          );
        }
        await move(tx, row, ctx, {
          from: input.expectedStatus,
          to: 'promoted',
          reason: null,
          caseId: opened.caseId,
        });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'lead.promoted',
          entityType: 'lead',
          entityId: id,
          before: { status: row.status },
          after: { status: 'promoted', caseId: opened.caseId, evidenceIds },
          requestId: ctx.requestId,
        });
        return opened.caseId;
      });
      return { id, status: 'promoted' as const, caseId };
    },

    /** ASN accounts × candidate accounts for a region; it shows who owns which account: audited. */
    async network(ctx: RequestContext, query: { regionCode?: string; candidateId?: string; limit: number }) {
      const membership = await authorize(db, ctx, 'asn.read_accounts', query.regionCode);
      await authorize(db, ctx, 'monitoring.read', query.regionCode);
      const rows = await leadsRepository.network(db, {
        scopes: scopesFor(ctx.actor, 'monitoring.read').filter((s) =>
          scopesFor(ctx.actor, 'asn.read_accounts').includes(s),
        ),
        regionCode: query.regionCode ?? null,
        candidateId: query.candidateId ?? null,
        limit: query.limit,
      });
      const truncated = rows.length > query.limit;
      const shown = rows.slice(0, query.limit);
      const nodes = new Map<
        string,
        {
          id: string;
          type: 'asn_account' | 'candidate_account';
          label: string;
          platform: string;
          owner: string | null;
          ownerId: string | null;
        }
      >();
      for (const r of shown) {
        const asnNode = `asn:${r.platform}:${r.account_handle}:${r.asn_id}`;
        nodes.set(asnNode, {
          id: asnNode,
          type: 'asn_account',
          label: `@${r.account_handle}`,
          platform: r.platform,
          owner: r.asn_name,
          ownerId: r.asn_id,
        });
        const candidateNode = `candidate:${r.candidate_account_id}`;
        nodes.set(candidateNode, {
          id: candidateNode,
          type: 'candidate_account',
          label: `@${r.candidate_handle}`,
          platform: r.platform,
          owner: `${r.ballot_number}. ${r.candidate_name}`,
          ownerId: r.candidate_id,
        });
      }
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: query.regionCode ?? membership.regionCode,
        action: 'monitoring.network_viewed',
        entityType: 'network',
        entityId: query.regionCode ?? membership.regionCode,
        fieldsRead: ['asn.full_name', 'asn.linked_accounts'],
        after: { edges: shown.length, candidateId: query.candidateId ?? null },
        requestId: ctx.requestId,
      });
      return {
        nodes: [...nodes.values()],
        edges: shown.map((r) => ({
          source: `asn:${r.platform}:${r.account_handle}:${r.asn_id}`,
          target: `candidate:${r.candidate_account_id}`,
          interactions: r.interactions,
          types: r.types,
        })),
        truncated,
      };
    },
  };
}
export type LeadsService = ReturnType<typeof createLeadsService>;
