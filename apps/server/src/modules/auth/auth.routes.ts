import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database';
import { errorBody } from '../../http/error-handler';
import type { NetraApp } from '../../http/netra-app';
import { recordAudit } from '../audit/audit.service';
import type { AuthInstance } from './auth-instance';
import type { LoginLockout } from './login-lockout';

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

/** Mounts better-auth under /api/auth with per-account lockout and audit events around it. */
export function registerAuthRoutes(app: NetraApp, deps: { db: Database; auth: AuthInstance; lockout: LoginLockout }): void {
  const { db, auth, lockout } = deps;

  async function forward(request: FastifyRequest, reply: FastifyReply) {
    const url = new URL(request.url, `${request.protocol}://${request.headers.host ?? 'localhost'}`);
    const path = url.pathname;
    if (BLOCKED_PATHS.includes(path)) return reply.code(404).send(errorBody('common.not_found', request.id));

    const body = request.body === undefined || request.method === 'GET' ? undefined : JSON.stringify(request.body);
    const email = path === '/api/auth/sign-in/email' ? readEmail(request.body) : undefined;
    if (email && (await lockout.lockedUntil(email))) {
      await recordAudit(db, { action: 'auth.sign_in', entityType: 'user', outcome: 'denied', after: { reason: 'locked' }, requestId: request.id });
      return reply.code(429).send(errorBody('auth.account_locked', request.id));
    }

    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await auth.handler(new Request(url, { method: request.method, headers, body }));

    let userId: string | null = null;
    let text = await response.text();
    if (email) {
      if (response.ok) await lockout.reset(email);
      else if (response.status === 401) await lockout.recordFailure(email);
      const parsed = parseJson(text);
      userId = parsed?.user?.id ?? null;
      // The session token lives in an HttpOnly cookie; echoing it in the body would hand it to scripts.
      if (parsed && 'token' in parsed) {
        delete parsed.token;
        text = JSON.stringify(parsed);
      }
    }
    const auditAction = AUDITED_PATHS[path];
    if (auditAction) {
      await recordAudit(db, {
        actor: userId ? { userId } : null,
        action: auditAction,
        entityType: 'user',
        entityId: userId,
        outcome: response.ok ? 'success' : 'failed',
        after: { status: response.status },
        requestId: request.id,
      });
    }

    reply.code(response.status);
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length') void reply.header(key, value);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) void reply.header('set-cookie', cookies);
    return reply.send(text.length > 0 ? text : null);
  }

  app.route({ method: ['GET', 'POST'], url: '/api/auth/*', config: { public: true }, schema: { hide: true }, handler: forward });
}

function parseJson(text: string): ({ user?: { id?: string }; token?: unknown } & Record<string, unknown>) | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readEmail(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string') return body.email;
  return undefined;
}
