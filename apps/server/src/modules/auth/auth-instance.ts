import { betterAuth } from 'better-auth';
import { twoFactor } from 'better-auth/plugins';
import type { Database } from '../../db/database';
import type { Mailer } from '../../lib/mailer';

export type AuthInstanceOptions = {
  db: Database;
  secret: string;
  publicUrl: string;
  mailer: Mailer;
};

export const MIN_PASSWORD_LENGTH = 10;

/**
 * better-auth handles passwords (scrypt), sessions, TOTP and password reset. Sign-up is not
 * exposed: accounts come from invitations and the CLI (see http/auth-routes.ts). Authorisation is
 * not better-auth's job here: it lives in modules/access.
 */
export function createAuthInstance(options: AuthInstanceOptions) {
  const isHttps = options.publicUrl.startsWith('https://');
  return betterAuth({
    appName: 'Netra',
    baseURL: options.publicUrl,
    basePath: '/api/auth',
    secret: options.secret,
    database: options.db,
    trustedOrigins: [options.publicUrl],
    telemetry: { enabled: false },
    logger: { disabled: true },
    user: {
      modelName: 'users',
      additionalFields: { locale: { type: 'string', required: false, defaultValue: 'id', input: true } },
    },
    session: { modelName: 'sessions', expiresIn: 60 * 60 * 12, updateAge: 60 * 30 },
    account: { modelName: 'accounts' },
    verification: { modelName: 'verifications' },
    advanced: {
      database: { generateId: 'uuid' },
      useSecureCookies: isHttps,
      cookiePrefix: 'netra',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: isHttps },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await options.mailer.send({
          kind: 'password_reset',
          to: user.email,
          subject: 'Netra: atur ulang kata sandi / reset your password',
          text:
            `Buka tautan ini untuk mengatur ulang kata sandi Anda (berlaku 1 jam):\n${url}\n\n` +
            `Open this link to reset your password (valid for 1 hour):\n${url}\n`,
        });
      },
    },
    // Off on purpose: better-auth's limiter restarts its window only after a full window without
    // requests, so steady traffic from one address (an office behind one NAT) is never forgiven.
    // Per-address limits are fixed windows in auth.routes.ts; per-account lockout in auth.service.ts.
    rateLimit: { enabled: false },
    plugins: [twoFactor({ issuer: 'Netra', schema: { twoFactor: { modelName: 'two_factors' } } })],
  });
}

export type AuthInstance = ReturnType<typeof createAuthInstance>;
