import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../../http/error-handler';
import type { NetraApp } from '../../http/netra-app';
import type { AuthService } from './auth.service';

/**
 * Per-address limits per fixed minute (@fastify/rate-limit): sign-in from configuration, TOTP
 * checks and reset requests tighter, everything else under /api/auth looser.
 */
const perMinute = (max: number) => ({ public: true, rateLimit: { max, timeWindow: '1 minute' } });

/** Mounts better-auth under /api/auth through the auth service (lockout, audit, closed sign-up). */
export function registerAuthRoutes(
  app: NetraApp,
  service: AuthService,
  limits: { signInPerMinute: number },
): void {
  async function forward(request: FastifyRequest, reply: FastifyReply) {
    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // better-auth keys its per-address limits on this header. Set it from the socket (or the trusted
    // proxy chain Fastify resolved) so that a client cannot pick its own bucket.
    headers.set('x-forwarded-for', request.ip);
    const result = await service.handle({
      method: request.method,
      url: new URL(request.url, `${request.protocol}://${request.headers.host ?? 'localhost'}`),
      headers,
      body: request.body,
      requestId: request.id,
    });
    if (result.kind === 'blocked') return reply.code(404).send(errorBody('common.not_found', request.id));
    if (result.kind === 'locked') return reply.code(429).send(errorBody('auth.account_locked', request.id));
    if (result.kind === 'rate_limited')
      return reply.code(429).send(errorBody('common.rate_limited', request.id));
    reply.code(result.status);
    result.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length') void reply.header(key, value);
    });
    const cookies = result.headers.getSetCookie();
    if (cookies.length > 0) void reply.header('set-cookie', cookies);
    return reply.send(result.body.length > 0 ? result.body : null);
  }

  const limited: [string, number][] = [
    ['/api/auth/sign-in/email', limits.signInPerMinute],
    ['/api/auth/two-factor/verify-totp', 10],
    ['/api/auth/two-factor/verify-backup-code', 10],
    ['/api/auth/request-password-reset', 5],
  ];
  for (const [url, max] of limited)
    app.route({ method: 'POST', url, config: perMinute(max), schema: { hide: true }, handler: forward });
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: perMinute(100),
    schema: { hide: true },
    handler: forward,
  });
}
