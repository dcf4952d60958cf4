import { inTransaction, type Database } from '../../db/database';
import { AppError } from '../../lib/app-error';
import { auditActor, type RequestContext } from '../access/access.service';
import { recordAudit } from '../audit/audit.service';
import { sessionsRepository } from './sessions.repository';

/**
 * The signed-in user's own sessions, by id. better-auth's list-sessions returns session tokens;
 * this keeps them out of the browser's JavaScript.
 */
export function createSessionsService(deps: { db: Database }) {
  const { db } = deps;
  return {
    async list(ctx: RequestContext, currentSessionId: string | undefined) {
      const rows = await sessionsRepository.listActiveForUser(db, ctx.actor.userId);
      return rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        lastActiveAt: row.updatedAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        ipAddress: row.ipAddress,
        userAgent: row.userAgent,
        isCurrent: row.id === currentSessionId,
      }));
    },
    async revoke(ctx: RequestContext, sessionId: string): Promise<void> {
      await inTransaction(db, async (tx) => {
        if (!(await sessionsRepository.deleteForUser(tx, ctx.actor.userId, sessionId)))
          throw new AppError('sessions.not_found');
        await recordAudit(tx, {
          actor: auditActor(ctx, ctx.actor.memberships[0]),
          regionCode: ctx.actor.memberships[0]?.regionCode ?? null,
          action: 'auth.session_revoked',
          entityType: 'session',
          entityId: sessionId,
          requestId: ctx.requestId,
        });
      });
    },
  };
}
export type SessionsService = ReturnType<typeof createSessionsService>;
