import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { scopesFor } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { casesRepository } from './cases.repository';
import { duplicatesRepository } from './duplicates.repository';

/** How close two cases must be to be offered as duplicates; staff decide, nothing is merged away. */
export const DUPLICATE_RULES = { windowDays: 14, minSimilarity: 0.3, limit: 20 };

/**
 * Likely duplicates of a case (kemungkinan duplikat), computed whenever the case is viewed so a
 * report or finding that comes in later shows up on both. Staff mark a pair as linked (the same
 * incident, handled together) or as not a duplicate; both are relations, never deletions.
 */
export function createDuplicatesService(deps: { db: Database }) {
  const { db } = deps;
  return {
    async candidates(ctx: RequestContext, id: string) {
      const row = assertFound(await casesRepository.findById(db, id), 'cases.not_found');
      await authorize(db, ctx, 'cases.read', row.region_code);
      const rows = await duplicatesRepository.candidates(db, id, {
        ...DUPLICATE_RULES,
        scopes: scopesFor(ctx.actor, 'cases.read'),
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          status: r.status,
          registerNumber: r.register_number,
          summary: r.summary,
          regionCode: r.region_code,
          regionName: r.region_name,
          receivedAt: r.created_at.toISOString(),
          reasons: [
            ...(r.same_nip ? ['same_reported_nip'] : []),
            ...(r.similarity >= DUPLICATE_RULES.minSimilarity ? ['similar_summary'] : []),
          ],
          similarity: Math.round(r.similarity * 100) / 100,
          relation: r.relation,
        })),
      };
    },

    async mark(
      ctx: RequestContext,
      id: string,
      input: { otherCaseId: string; relation: 'linked' | 'not_duplicate'; note?: string },
    ) {
      const row = assertFound(await casesRepository.findById(db, id), 'cases.not_found');
      const membership = await authorize(db, ctx, 'cases.handle', row.region_code);
      if (input.otherCaseId === id) throw new AppError('duplicates.same_case');
      const other = assertFound(await casesRepository.findById(db, input.otherCaseId), 'cases.not_found');
      await authorize(db, ctx, 'cases.handle', other.region_code);
      await inTransaction(db, async (tx) => {
        const before = await duplicatesRepository.upsertLink(tx, {
          a: id,
          b: other.id,
          relation: input.relation,
          note: input.note ?? null,
          userId: ctx.actor.userId,
        });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'case.duplicate_marked',
          entityType: 'case',
          entityId: id,
          before: { relation: before },
          after: { otherCaseId: other.id, relation: input.relation, note: input.note ?? null },
          requestId: ctx.requestId,
        });
      });
      return this.candidates(ctx, id);
    },
  };
}
export type DuplicatesService = ReturnType<typeof createDuplicatesService>;
