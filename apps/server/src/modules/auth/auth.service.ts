import type { Database } from '../../db/database';
import { recordAudit } from '../audit/audit.service';
import type { AuthInstance } from './auth-instance';
import type { LoginLockout } from './login-lockout';
import { usersRepository } from '../users/users.repository';

// Accounts are created by invitation or the CLI only.
const BLOCKED_PATHS = ['/api/auth/sign-up/email', '/api/auth/delete-user'];

// Auth endpoints whose outcome goes into the audit trail.
const AUDITED_PATHS: Record<string, string> = {
  '/api/auth/sign-in/email': 'auth.sign_in',
  '/api/auth/sign-out': 'auth.sign_out',
  '/api/auth/two-factor/verify-totp': 'auth.two_factor_verified',
  '/api/auth/two-factor/verify-backup-code': 'auth.two_factor_backup_code',
  '/api/auth/two-factor/enable': 'auth.two_factor_enable_started',
  '/api/auth/two-factor/disable': 'auth.two_factor_disabled',
  '/api/auth/revoke-session': 'auth.session_revoked',
  '/api/auth/revoke-other-sessions': 'auth.sessions_revoked',
  '/api/auth/request-password-reset': 'auth.password_reset_requested',
  '/api/auth/reset-password': 'auth.password_reset',
  '/api/auth/change-password': 'auth.password_changed',
};

export type AuthCall = { method: string; url: URL; headers: Headers; body: unknown; requestId: string };
export type AuthReply =
  | { kind: 'blocked' }
  | { kind: 'locked' }
  | { kind: 'rate_limited' }
  | { kind: 'forwarded'; status: number; headers: Headers; body: string };

/**
 * Wraps better-auth: refuses closed endpoints, applies per-account lockout to password sign-in,
 * audits the outcome of account actions, and keeps the session token out of response bodies.
 */
export function createAuthService(deps: { db: Database; auth: AuthInstance; lockout: LoginLockout }) {
  const { db, auth, lockout } = deps;

  /** Where an account event belongs, so that the administrators of that region see it in the trail. */
  async function scopeOf(userId: string | null, email: string | undefined) {
    const id = userId ?? (email ? (await usersRepository.findByEmail(db, email))?.id : undefined);
    if (!id) return { userId: null, regionCode: null, organizationId: null };
    const membership = (await usersRepository.listMemberships(db, id))[0];
    return {
      userId: id,
      regionCode: membership?.regionCode ?? null,
      organizationId: membership?.organizationId ?? null,
    };
  }

  return {
    async handle(call: AuthCall): Promise<AuthReply> {
      const path = call.url.pathname;
      if (BLOCKED_PATHS.includes(path)) return { kind: 'blocked' };
      const email = path === '/api/auth/sign-in/email' ? readEmail(call.body) : undefined;
      if (email && (await lockout.lockedUntil(email))) {
        const scope = await scopeOf(null, email);
        await recordAudit(db, {
          actor: { userId: scope.userId, organizationId: scope.organizationId },
          regionCode: scope.regionCode,
          entityId: scope.userId,
          action: 'auth.sign_in',
          entityType: 'user',
          outcome: 'denied',
          after: { reason: 'locked' },
          requestId: call.requestId,
        });
        return { kind: 'locked' };
      }
      const body = call.body === undefined || call.method === 'GET' ? undefined : JSON.stringify(call.body);
      const response = await auth.handler(
        new Request(call.url, { method: call.method, headers: call.headers, body }),
      );

      if (response.status === 429) return { kind: 'rate_limited' };
      let text = await response.text();
      const parsed = parseJson(text);
      const userId = parsed?.user?.id ?? null;
      if (email) {
        if (response.ok) await lockout.reset(email);
        else if (response.status === 401) await lockout.recordFailure(email);
      }
      // The session token lives in an HttpOnly cookie; echoing it in the body would hand it to scripts.
      if (parsed && 'token' in parsed && parsed.user) {
        delete parsed.token;
        text = JSON.stringify(parsed);
      }
      const auditAction = AUDITED_PATHS[path];
      if (auditAction) {
        const scope = await scopeOf(userId, email);
        await recordAudit(db, {
          actor: scope.userId ? { userId: scope.userId, organizationId: scope.organizationId } : null,
          regionCode: scope.regionCode,
          action: auditAction,
          entityType: 'user',
          entityId: scope.userId,
          outcome: response.ok ? 'success' : 'failed',
          after: { status: response.status },
          requestId: call.requestId,
        });
      }
      return { kind: 'forwarded', status: response.status, headers: response.headers, body: text };
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;

function parseJson(
  text: string,
): ({ user?: { id?: string }; token?: unknown } & Record<string, unknown>) | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function readEmail(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string')
    return body.email;
  return undefined;
}
