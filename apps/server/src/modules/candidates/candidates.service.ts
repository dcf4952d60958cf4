import {
  MAX_ACCOUNTS_PER_PLATFORM,
  type CandidateAccountInput,
  type CandidateImport,
  type CandidateInput,
  type LexiconTermInput,
} from '@netra/contracts';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { isRegionWithin, scopesFor, type Membership } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { candidatesRepository, type CandidateRow } from './candidates.repository';

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

/** Candidate pairs with their KPU-registered accounts and their lexicon, as the screening uses them. */
export function createCandidatesService(deps: {
  db: Database;
  /** Called after a change of accounts or lexicon (the screening replays stored events). */
  onLexiconChanged?: (regionCode: string) => Promise<void>;
}) {
  const { db } = deps;

  async function withDetails(q: Queryable, rows: CandidateRow[]) {
    const ids = rows.map((r) => r.id);
    const accounts = await candidatesRepository.accounts(q, ids);
    const lexicon = await candidatesRepository.lexicon(q, ids);
    return rows.map((c) => ({
      id: c.id,
      electionId: c.election_id,
      regionCode: c.region_code,
      ballotNumber: c.ballot_number,
      name: c.name,
      runningMateName: c.running_mate_name,
      nicknames: c.nicknames,
      parties: c.parties,
      coalitionName: c.coalition_name,
      accounts: accounts
        .filter((a) => a.candidate_id === c.id)
        .map((a) => ({
          id: a.id,
          platform: a.platform,
          kind: a.kind,
          handle: a.handle,
          ...(a.account_id ? { accountId: a.account_id } : {}),
          ...(a.display_name ? { displayName: a.display_name } : {}),
          ...(a.profile_url ? { profileUrl: a.profile_url } : {}),
        })),
      lexicon: lexicon
        .filter((t) => t.candidate_id === c.id)
        .map((t) => ({ id: t.id, kind: t.kind, term: t.term })),
    }));
  }

  /** Runs a change to one candidate pair with its audit event; maps unique violations. */
  async function change<T>(
    ctx: RequestContext,
    id: string,
    action: string,
    work: (tx: Queryable, c: CandidateRow, m: Membership) => Promise<T>,
  ): Promise<T> {
    const existing = assertFound(await candidatesRepository.get(db, id), 'candidates.not_found');
    const membership = await authorize(db, ctx, 'candidates.manage', existing.region_code);
    try {
      const out = await inTransaction(db, async (tx) => {
        const locked = assertFound(await candidatesRepository.get(tx, id, true), 'candidates.not_found');
        const result = await work(tx, locked, membership);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: locked.region_code,
          action,
          entityType: 'candidate',
          entityId: id,
          after: result ?? null,
          requestId: ctx.requestId,
        });
        return result;
      });
      await deps.onLexiconChanged?.(existing.region_code);
      return out;
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('candidates.duplicate');
      throw e;
    }
  }

  async function addAccountTx(tx: Queryable, c: CandidateRow, a: CandidateAccountInput) {
    // KPU: at most 20 registered accounts per platform per pair (groups run for the pair are not
    // registered accounts and are not counted). The pair row is locked, so concurrent adds queue.
    if (
      a.kind !== 'group' &&
      (await candidatesRepository.countAccounts(tx, c.id, a.platform)) >= MAX_ACCOUNTS_PER_PLATFORM
    )
      throw new AppError('candidates.account_limit', {
        platform: a.platform,
        max: MAX_ACCOUNTS_PER_PLATFORM,
      });
    return candidatesRepository.insertAccount(tx, c.id, a);
  }

  return {
    async list(ctx: RequestContext, electionId?: string) {
      await authorize(db, ctx, 'monitoring.read');
      return withDetails(
        db,
        await candidatesRepository.list(db, scopesFor(ctx.actor, 'monitoring.read'), electionId),
      );
    },

    /**
     * One pair, readable like the list: in the reader's region subtree, or of an election whose
     * region contains the reader's (a Panwaslu Kecamatan reads its regency's Pilkada Bupati pairs).
     */
    async get(ctx: RequestContext, id: string) {
      const c = assertFound(await candidatesRepository.get(db, id), 'candidates.not_found');
      const covers = scopesFor(ctx.actor, 'monitoring.read').some((scope) =>
        isRegionWithin(scope, c.region_code),
      );
      // Otherwise the usual subtree check, which also audits a refusal.
      if (!covers) await authorize(db, ctx, 'monitoring.read', c.region_code);
      return (await withDetails(db, [c]))[0]!;
    },

    async create(ctx: RequestContext, input: CandidateInput) {
      const region = await candidatesRepository.electionRegion(db, input.electionId);
      if (!region) throw new AppError('elections.not_found');
      const membership = await authorize(db, ctx, 'candidates.manage', region);
      try {
        const row = await inTransaction(db, async (tx) => {
          const created = await candidatesRepository.insert(tx, input, region);
          await recordAudit(tx, {
            actor: auditActor(ctx, membership),
            regionCode: region,
            action: 'candidates.created',
            entityType: 'candidate',
            entityId: created.id,
            after: input,
            requestId: ctx.requestId,
          });
          return created;
        });
        return (await withDetails(db, [row]))[0]!;
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('candidates.duplicate');
        throw e;
      }
    },

    async update(ctx: RequestContext, id: string, input: CandidateInput) {
      const row = await change(ctx, id, 'candidates.updated', (tx) =>
        candidatesRepository.update(tx, id, input),
      );
      return (await withDetails(db, [row]))[0]!;
    },

    async remove(ctx: RequestContext, id: string) {
      await change(ctx, id, 'candidates.deleted', (tx) => candidatesRepository.remove(tx, id));
    },

    async addAccount(ctx: RequestContext, id: string, input: CandidateAccountInput) {
      return change(ctx, id, 'candidates.account_added', (tx, c) => addAccountTx(tx, c, input));
    },

    async removeAccount(ctx: RequestContext, id: string, accountId: string) {
      const ok = await change(ctx, id, 'candidates.account_removed', (tx) =>
        candidatesRepository.removeAccount(tx, id, accountId),
      );
      if (!ok) throw new AppError('common.not_found');
    },

    async addTerm(ctx: RequestContext, id: string, input: LexiconTermInput) {
      const t = await change(ctx, id, 'candidates.term_added', (tx) =>
        candidatesRepository.insertTerm(tx, id, input),
      );
      if (!t) throw new AppError('candidates.duplicate');
      return { id: t.id, kind: t.kind, term: t.term };
    },

    async removeTerm(ctx: RequestContext, id: string, termId: string) {
      const ok = await change(ctx, id, 'candidates.term_removed', (tx) =>
        candidatesRepository.removeTerm(tx, id, termId),
      );
      if (!ok) throw new AppError('common.not_found');
    },

    /**
     * Import (JSON): each pair is matched by election + ballot number, created or updated, and its
     * accounts and lexicon replaced by the file's, all in one transaction (a bad entry changes nothing).
     */
    async importPairs(ctx: RequestContext, data: CandidateImport) {
      const regions = new Map<string, string>();
      for (const c of data.candidates) {
        if (regions.has(c.electionId)) continue;
        const region = await candidatesRepository.electionRegion(db, c.electionId);
        if (!region) throw new AppError('elections.not_found', { electionId: c.electionId });
        regions.set(c.electionId, region);
      }
      const memberships = new Map<string, Membership>();
      for (const [, region] of regions)
        memberships.set(region, await authorize(db, ctx, 'candidates.manage', region));
      try {
        const ids = await inTransaction(db, async (tx) => {
          const out: string[] = [];
          for (const c of data.candidates) {
            const region = regions.get(c.electionId)!;
            const existing = await candidatesRepository.byBallot(tx, c.electionId, c.ballotNumber);
            const row = existing
              ? await candidatesRepository.update(tx, existing.id, c)
              : await candidatesRepository.insert(tx, c, region);
            await candidatesRepository.clearAccountsAndLexicon(tx, row.id);
            for (const a of c.accounts) await addAccountTx(tx, row, a);
            for (const t of c.lexicon) await candidatesRepository.insertTerm(tx, row.id, t);
            await recordAudit(tx, {
              actor: auditActor(ctx, memberships.get(region)),
              regionCode: region,
              action: 'candidates.imported',
              entityType: 'candidate',
              entityId: row.id,
              after: { ballotNumber: c.ballotNumber, accounts: c.accounts.length, terms: c.lexicon.length },
              requestId: ctx.requestId,
            });
            out.push(row.id);
          }
          return out;
        });
        for (const region of memberships.keys()) await deps.onLexiconChanged?.(region);
        return { imported: ids.length, ids };
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('candidates.duplicate');
        throw e;
      }
    },
  };
}
export type CandidatesService = ReturnType<typeof createCandidatesService>;
