import { Screener, type AsnLink, type Lead, type StageVerdict } from '@netra/engine';
import { stageOn, type Election } from '@netra/rules';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { recordAudit } from '../audit/audit.service';
import { importRunsRepository, toImportRunDto } from '../registry/import-runs.repository';
import { ingestionRepository, toScreeningEvent, type EventRow } from './ingestion.repository';
import {
  identityOf,
  loadScreeningContext,
  type IdentityLink,
  type ScreeningContext,
} from './screening-context';
import { screeningRepository, type LeadInsert } from './screening.repository';

export const REPLAY_KIND = 'screening_replay';
const BATCH = 1000;
const CONTEXT_TTL_MS = 60_000;

const kindOf = (ruleId: string): LeadInsert['kind'] =>
  ruleId.startsWith('asn.interaction.')
    ? 'asn_interaction'
    : ruleId.startsWith('asn.')
      ? 'asn_post'
      : 'content';

/** Stage verdict for the engine: the election's stages on the event's local date. */
function stageFn(election: Election | undefined): (d: Date) => StageVerdict {
  return (d) => {
    if (!election) return { stage: 'unknown', isViolation: true };
    try {
      const s = stageOn(election, d);
      const names = s.stages.map((x) => x.kind).join(',');
      return { stage: names || 'outside_stages', isViolation: s.afterDesignation };
    } catch {
      return { stage: 'unknown', isViolation: true };
    }
  };
}

/**
 * Screening of stored events with the engine: identity links (declared accounts, then the
 * Fellegi–Sunter linkage), the engine's Screener over the events, leads upserted by dedupe key.
 * Idempotent: running it again over the same events creates no new lead.
 */
export function createScreeningService(deps: {
  db: Database;
  currentElection: () => Promise<Election | undefined>;
}) {
  const { db } = deps;
  let cached: { ctx: ScreeningContext; at: number } | undefined;

  async function context(): Promise<ScreeningContext> {
    if (cached && Date.now() - cached.at < CONTEXT_TTL_MS) return cached.ctx;
    const ctx = await loadScreeningContext(db, stageFn(await deps.currentElection()));
    cached = { ctx, at: Date.now() };
    return ctx;
  }

  /** Screens the given rows and stores their leads; marks them screened in the same transaction. */
  async function screenRows(rows: readonly EventRow[], ctx: ScreeningContext): Promise<number> {
    if (rows.length === 0) return 0;
    const actors = await screeningRepository.socialAccounts(db, [
      ...new Map(
        rows.map((r) => [
          `${r.platform}|${r.actor_account_id}`,
          { platform: r.platform, accountId: r.actor_account_id },
        ]),
      ).values(),
    ]);
    const profile = new Map(actors.map((a) => [`${a.platform}|${a.account_id}`, a]));
    const identities = new Map<string, IdentityLink>();
    const asnLinks = new Map<string, AsnLink>();
    for (const r of rows) {
      const key = `${r.platform}|${r.actor_account_id}`;
      if (identities.has(key)) continue;
      const s = profile.get(key) ?? {
        platform: r.platform,
        account_id: r.actor_account_id,
        handle: null,
        display_name: null,
        bio: null,
        location: null,
      };
      const id = identityOf(ctx, s);
      if (id) {
        identities.set(key, id);
        asnLinks.set(r.actor_account_id, id);
      }
    }
    const screener = new Screener({
      asnLinks,
      candidateAccounts: ctx.candidateAccounts,
      candidateGroups: ctx.candidateGroups,
      candidateLexicon: ctx.candidateLexicon,
      stageAt: ctx.stageAt,
      hash: ctx.hash,
    });
    const leads: LeadInsert[] = [];
    for (const r of rows) {
      const key = `${r.platform}|${r.actor_account_id}`;
      const prof = profile.get(key);
      // One platform's account ids are not another's: link only the event's own platform.
      const identity = identities.get(key);
      for (const lead of screener.screen(toScreeningEvent(r)))
        leads.push(
          toLeadInsert(lead, r, identity?.nip === lead.identity?.nip ? identity : undefined, prof, ctx),
        );
    }
    return inTransaction(db, async (tx) => {
      const created = await screeningRepository.upsertLeads(tx, leads);
      await ingestionRepository.markScreened(
        tx,
        rows.map((r) => r.id),
      );
      return created;
    });
  }

  function toLeadInsert(
    lead: Lead,
    row: EventRow,
    identity: IdentityLink | undefined,
    prof: { handle: string | null; display_name: string | null } | undefined,
    ctx: ScreeningContext,
  ): LeadInsert {
    const handle = (prof?.handle ?? row.actor_account_id).toLowerCase();
    const region =
      identity?.regionCode ??
      (lead.candidateIds[0] ? ctx.candidateRegion.get(lead.candidateIds[0]) : undefined) ??
      row.region_code ??
      'ID';
    return {
      kind: kindOf(lead.ruleId),
      ruleId: lead.ruleId,
      catalogueEntryId: lead.catalogueEntryId,
      score: Math.min(1, Math.max(0, lead.score)),
      band: identity && identity.band !== 'ignore' ? identity.band : null,
      regionCode: region,
      asnId: identity?.asnId ?? null,
      platform: row.platform,
      accountId: row.actor_account_id,
      accountHandle: handle,
      accountDisplayName: prof?.display_name ?? null,
      candidateIds: lead.candidateIds,
      eventId: row.id,
      occurredAt: lead.evidence.occurredAt,
      stage: lead.stage,
      stageMakesViolation: lead.stageMakesViolation,
      explanation: {
        identity: identity
          ? {
              nip: identity.nip,
              probability: identity.probability,
              band: identity.band,
              explanation: identity.explanation,
            }
          : null,
        matchedTerms: lead.evidence.matchedTerms,
        source: identity?.source ?? null,
      },
      evidence: lead.evidence,
      dedupeKey: `${lead.ruleId}|${row.id}|${identity?.asnId ?? ''}`,
    };
  }

  const service = {
    /** Forget the cached registry/candidates/lexicon (after a change in this process). */
    invalidate() {
      cached = undefined;
    },

    /** Screens the given (just stored) events. Returns the number of new leads. */
    async screenEventIds(ids: readonly string[]): Promise<number> {
      let created = 0;
      const ctx = await context();
      for (let i = 0; i < ids.length; i += BATCH)
        created += await screenRows(await ingestionRepository.byIds(db, ids.slice(i, i + BATCH)), ctx);
      return created;
    },

    /** Screens every event not screened yet (JetStream, crashed inline screening). */
    async screenPending(): Promise<{ events: number; leads: number }> {
      const ctx = await context();
      let events = 0;
      let leads = 0;
      for (;;) {
        const rows = await ingestionRepository.unscreened(db, BATCH);
        if (rows.length === 0) return { events, leads };
        events += rows.length;
        leads += await screenRows(rows, ctx);
      }
    },

    /** Queues a replay of stored events in a region (after registry, rule or lexicon changes). */
    async requestReplay(regionCode: string, createdBy: string | null = null, q: Queryable = db) {
      const pending = await q.query<{ id: string }>(
        `SELECT id FROM import_runs WHERE kind = $1 AND status = 'running' AND region_code = $2 AND processed_rows = 0`,
        [REPLAY_KIND, regionCode],
      );
      if (pending.rows[0]) return pending.rows[0].id;
      return (
        await importRunsRepository.create(q, { kind: REPLAY_KIND, fileName: null, regionCode, createdBy })
      ).id;
    },

    /** Staff asks for a replay (route): authorised, audited, processed by the worker's job. */
    async requestReplayAs(ctx: RequestContext, regionCode: string) {
      const membership = await authorize(db, ctx, 'monitoring.handle', regionCode);
      const id = await inTransaction(db, async (tx) => {
        const runId = await service.requestReplay(regionCode, ctx.actor.userId, tx);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode,
          action: 'monitoring.replay_requested',
          entityType: 'import_run',
          entityId: runId,
          requestId: ctx.requestId,
        });
        return runId;
      });
      return toImportRunDto((await importRunsRepository.get(db, id))!);
    },

    /**
     * Runs queued replays: every stored event of the region is screened again with the current
     * registry, candidates, lexicon and rejected pairs, in keyset pages; progress in processed_rows.
     */
    async runReplays(): Promise<number> {
      const { rows } = await db.query<{ id: string; region_code: string | null }>(
        `SELECT id, region_code FROM import_runs WHERE kind = $1 AND status = 'running' ORDER BY created_at`,
        [REPLAY_KIND],
      );
      if (rows.length === 0) return 0;
      service.invalidate();
      const ctx = await context();
      for (const run of rows) {
        let after = '';
        let leads = 0;
        for (;;) {
          const page = await ingestionRepository.page(db, run.region_code ?? 'ID', after, BATCH);
          if (page.length === 0) break;
          leads += await screenRows(page, ctx);
          after = page[page.length - 1]!.id;
          await importRunsRepository.addCounts(db, run.id, {
            processed: page.length,
            inserted: 0,
            updated: 0,
            unchanged: 0,
            rejected: 0,
          });
        }
        await importRunsRepository.addCounts(db, run.id, {
          processed: 0,
          inserted: leads,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          details: { leads },
        });
        await importRunsRepository.finish(db, run.id, 'done');
      }
      return rows.length;
    },

    /** One pass of the worker's job: pending events, then queued replays. */
    async runJob() {
      const pending = await service.screenPending();
      const replays = await service.runReplays();
      return { ...pending, replays };
    },

    /**
     * For the triage desk (reject action): record a rejected identity pair in the caller's
     * transaction and close its open leads. The screening never proposes the pair again.
     */
    async rejectPair(
      tx: Queryable,
      pair: {
        platform: string;
        handle: string;
        asnId: string;
        reason?: string | null;
        userId: string | null;
        leadId?: string | null;
      },
    ) {
      await screeningRepository.addRejectedPair(tx, { ...pair, rejectedBy: pair.userId });
      await screeningRepository.closeLeadsOfPair(tx, pair);
      service.invalidate();
    },
  };
  return service;
}
export type ScreeningService = ReturnType<typeof createScreeningService>;
