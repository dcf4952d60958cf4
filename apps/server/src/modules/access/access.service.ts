import { AppError } from '../../lib/app-error';
import type { Database } from '../../db/database';
import { recordAudit } from '../audit/audit.service';
import { decide, type Action, type Actor, type Membership } from './access.policy';

export type RequestContext = { actor: Actor; requestId: string; sessionId?: string };

/**
 * Throws unless the policy allows `action` in `regionCode`. A refusal is itself audited, in its own
 * transaction, because the caller's transaction (if any) is about to roll back.
 */
export async function authorize(
  db: Database,
  ctx: RequestContext,
  action: Action,
  regionCode?: string,
): Promise<Membership> {
  const decision = decide(ctx.actor, action, regionCode);
  if (decision.allowed) return decision.membership;
  await recordAudit(db, {
    actor: { userId: ctx.actor.userId, label: ctx.actor.email },
    regionCode: regionCode ?? null,
    action: 'access.denied',
    entityType: 'action',
    entityId: action,
    outcome: 'denied',
    after: { reason: decision.reason },
    requestId: ctx.requestId,
  });
  throw new AppError(decision.reason === 'forbidden' ? 'auth.forbidden' : 'auth.outside_jurisdiction', {
    action,
  });
}

export function auditActor(ctx: RequestContext, membership?: Membership) {
  return {
    userId: ctx.actor.userId,
    label: ctx.actor.email,
    organizationId: membership?.organizationId ?? null,
  };
}
