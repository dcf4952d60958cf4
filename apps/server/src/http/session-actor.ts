import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import type { Actor } from '../modules/access/access.policy';
import { requiresTwoFactor } from '../modules/access/access.policy';
import type { AuthInstance } from '../modules/auth/auth-instance';
import { usersRepository } from '../modules/users/users.repository';
import { AppError } from '../lib/app-error';
import { recordAudit } from '../modules/audit/audit.service';
import { errorBody } from './error-handler';

export async function loadActor(
  db: Database,
  auth: AuthInstance,
  request: FastifyRequest,
): Promise<{ actor: Actor; sessionId: string } | undefined> {
  const headers = new Headers();
  const cookie = request.headers.cookie;
  if (cookie) headers.set('cookie', cookie);
  const session = await auth.api.getSession({ headers });
  if (!session) return undefined;
  const memberships = await usersRepository.listMemberships(db, session.user.id);
  return {
    sessionId: session.session.id,
    actor: {
      userId: session.user.id,
      email: session.user.email,
      name: session.user.name,
      twoFactorEnabled: Boolean((session.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled),
      memberships,
    },
  };
}

/** preHandler: every non-public route gets the signed-in actor or a 401/403. */
export function createSessionGuard(deps: {
  db: Database;
  auth: AuthInstance;
  twoFactorRoles: readonly string[];
}) {
  return async function sessionGuard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const config = request.routeOptions.config;
    if (config.public || !request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const loaded = await loadActor(deps.db, deps.auth, request);
    const actor = loaded?.actor;
    if (!actor && /session_token=/.test(request.headers.cookie ?? '')) {
      // A cookie that does not resolve to a session: expired, revoked or tampered with.
      await recordAudit(deps.db, {
        action: 'auth.session_rejected',
        entityType: 'session',
        outcome: 'denied',
        after: { route: request.routeOptions.url },
        requestId: request.id,
      });
    }
    if (!actor) {
      await reply.code(401).send(errorBody('auth.unauthenticated', request.id));
      return;
    }
    if (
      !config.allowWithoutTwoFactor &&
      !actor.twoFactorEnabled &&
      requiresTwoFactor(actor, deps.twoFactorRoles)
    ) {
      await reply.code(403).send(errorBody('auth.two_factor_required', request.id));
      return;
    }
    request.requestContext = { actor, requestId: request.id, sessionId: loaded?.sessionId };
  };
}

export function requestContextAccessor(this: FastifyRequest) {
  if (!this.requestContext) throw new AppError('auth.unauthenticated');
  return this.requestContext;
}
