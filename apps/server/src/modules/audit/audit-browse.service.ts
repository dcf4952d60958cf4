import type { AuditEvent } from '@netra/contracts';
import type { Database } from '../../db/database';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { scopesFor } from '../access/access.policy';
import { recordAudit, rowToHashedFields } from './audit.service';
import { auditRepository, type AuditRow } from './audit.repository';

// The DTO is the hashed content of the row plus its id and hash.
const present = (row: AuditRow): AuditEvent => ({ id: row.id, ...rowToHashedFields(row), hash: row.hash });

export type AuditBrowseQuery = {
  action?: string;
  entityType?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  before?: string;
  limit: number;
};

export function createAuditService(deps: { db: Database }) {
  return {
    /** Newest first, keyset-paginated by id, limited to the actor's jurisdiction. */
    async browse(ctx: RequestContext, query: AuditBrowseQuery) {
      const membership = await authorize(deps.db, ctx, 'audit.read');
      const { before, limit, ...filters } = query;
      const rows = await auditRepository.search(deps.db, {
        ...filters,
        beforeId: before,
        limit,
        regionScopes: scopesFor(ctx.actor, 'audit.read'),
      });
      // Reading the trail is itself a look at personal data (who did what).
      await recordAudit(deps.db, {
        actor: auditActor(ctx, membership),
        action: 'audit.browsed',
        entityType: 'audit_event',
        after: { filters: query, count: rows.length },
        requestId: ctx.requestId,
      });
      return {
        items: rows.map(present),
        nextBefore: rows.length === limit ? rows[rows.length - 1]!.id : null,
      };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
