import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@netra/contracts';
import * as OTPAuth from 'otpauth';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  TEST_ORIGIN,
  TEST_PASSWORD,
  type TestApp,
} from '../helpers/test-app';

let t: TestApp;
let adminHeaders: Record<string, string>;
let orgId: string;

const json = { origin: TEST_ORIGIN, 'content-type': 'application/json' };
const errorCode = (body: string) => (JSON.parse(body) as { error?: { code?: string } }).error?.code;

beforeAll(async () => {
  t = await createTestApp({ NETRA_LOGIN_MAX_FAILURES: '3' });
  const org = await createOrganization(t.db, '14.03');
  orgId = org.id;
  const admin = await createUser(t.db, org.id, 'administrator');
  adminHeaders = (await signIn(t.app, admin.email)).headers;
});
afterAll(() => t.close());

async function invite(email: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers: adminHeaders,
    payload: { email, name: 'Anggota Baru', organizationId: orgId, role: 'handling_staff' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; link: string }>();
}
const tokenOf = (link: string) => link.split('/undangan/')[1]!;

describe('sign-in', () => {
  it('rejects a wrong password with a specific error, audits it, and locks the account after repeated failures', async () => {
    const user = await createUser(t.db, orgId, 'viewer');
    for (let i = 0; i < 3; i++) {
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: json,
        payload: { email: user.email, password: 'salah-sekali-123' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json<{ code: string }>().code).toBe('INVALID_EMAIL_OR_PASSWORD');
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: json,
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(errorCode(locked.body)).toBe('auth.account_locked');
    const audit = await t.db.query(
      `SELECT outcome, region_code, entity_id FROM audit_events WHERE action = 'auth.sign_in' AND request_id = $1`,
      [locked.headers['x-request-id']],
    );
    // Placed in the user's region, so that the administrators there see it in the trail.
    expect(audit.rows).toEqual([{ outcome: 'denied', region_code: '14.03', entity_id: user.userId }]);
  });

  it('limits API requests per address (NETRA_API_PER_MINUTE), never pages or static files', async () => {
    const limited = await createTestApp({ NETRA_API_PER_MINUTE: '3' });
    try {
      const api = (remoteAddress: string) =>
        limited.app.inject({ method: 'GET', url: '/api/csrf', remoteAddress });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await api('192.0.2.90')).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(errorCode((await api('192.0.2.90')).body)).toBe('common.rate_limited');
      expect((await api('192.0.2.91')).statusCode).toBe(200);
      // Outside /api the same address is not counted.
      for (let i = 0; i < 5; i++)
        expect(
          (await limited.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '192.0.2.90' }))
            .statusCode,
        ).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('limits sign-in attempts per address, with the common error format', async () => {
    const limited = await createTestApp({ NETRA_SIGNIN_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      let last = '';
      for (let i = 0; i < 4; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in/email',
          remoteAddress: '192.0.2.77',
          headers: { ...json, 'x-forwarded-for': `198.51.100.${i}` },
          payload: { email: `x${i}@test.netra.example`, password: 'salah-sekali-123' },
        });
        statuses.push(r.statusCode);
        last = r.body;
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(errorCode(last)).toBe('common.rate_limited');
      // Another address still gets through: the limit is per address, and a forged header does not count.
      const other = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        remoteAddress: '192.0.2.78',
        headers: json,
        payload: { email: 'y@test.netra.example', password: 'salah-sekali-123' },
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('does not hand the session token to scripts: HttpOnly SameSite cookie, no token in the body', async () => {
    const user = await createUser(t.db, orgId, 'viewer');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: json,
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).not.toHaveProperty('token');
    const cookie = response.cookies.find((c) => c.name.includes('session_token'))!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
  });

  it('treats a tampered session cookie as signed out', async () => {
    const user = await createUser(t.db, orgId, 'viewer');
    const { headers } = await signIn(t.app, user.email);
    const tampered = headers.cookie!.replace(
      /(session_token=)([^;.]+)/,
      (_m, name: string, value: string) => `${name}${value.slice(0, -2)}xx`,
    );
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { ...headers, cookie: tampered },
    });
    expect(response.statusCode).toBe(401);
    expect(errorCode(response.body)).toBe('auth.unauthenticated');
    const audit = await t.db.query(
      `SELECT outcome FROM audit_events WHERE action = 'auth.session_rejected' AND request_id = $1`,
      [response.headers['x-request-id']],
    );
    expect(audit.rows).toEqual([{ outcome: 'denied' }]);
  });

  it('refuses a state change without the CSRF token', async () => {
    const { cookie } = adminHeaders;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie: cookie!.replace(/netra_csrf=[^;]+/, 'netra_csrf=x'), 'x-csrf-token': 'y' },
      payload: { type: 'pkd', name: 'PKD Tanpa Token', regionCode: '14.03.12', parentId: null },
    });
    expect(response.statusCode).toBe(403);
    expect(errorCode(response.body)).toBe('common.csrf_failed');
    const count = await t.db.query(
      `SELECT count(*)::int AS n FROM organizations WHERE name = 'PKD Tanpa Token'`,
    );
    expect(count.rows[0]).toEqual({ n: 0 });
  });

  it('lists and revokes sessions', async () => {
    const user = await createUser(t.db, orgId, 'viewer');
    const first = await signIn(t.app, user.email);
    await signIn(t.app, user.email);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/auth/list-sessions',
      headers: first.headers,
    });
    const sessions = list.json<{ token: string }[]>();
    expect(sessions.length).toBe(2);
    const revoke = await t.app.inject({
      method: 'POST',
      url: '/api/auth/revoke-other-sessions',
      headers: first.headers,
      payload: {},
    });
    expect(revoke.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/auth/list-sessions',
      headers: first.headers,
    });
    expect(after.json<unknown[]>().length).toBe(1);
  });
});

describe('own sessions by id (tokens never reach scripts)', () => {
  it('every role lists and revokes its own sessions, never another user’s', async () => {
    const other = await createUser(t.db, orgId, 'viewer');
    const otherSession = await signIn(t.app, other.email);
    const otherId = (
      await t.app.inject({ method: 'GET', url: '/api/sessions', headers: otherSession.headers })
    ).json<{ items: { id: string }[] }>().items[0]!.id;
    for (const role of ROLES) {
      const user = await createUser(t.db, orgId, role);
      const first = await signIn(t.app, user.email);
      await signIn(t.app, user.email);
      const list = await t.app.inject({ method: 'GET', url: '/api/sessions', headers: first.headers });
      expect(list.statusCode).toBe(200);
      const items = list.json<{ items: { id: string; isCurrent: boolean }[] }>().items;
      expect(items).toHaveLength(2);
      expect(JSON.stringify(items)).not.toMatch(/token/i);
      const notCurrent = items.find((s) => !s.isCurrent)!;
      expect(
        (
          await t.app.inject({
            method: 'DELETE',
            url: `/api/sessions/${notCurrent.id}`,
            headers: first.headers,
          })
        ).statusCode,
      ).toBe(204);
      const foreign = await t.app.inject({
        method: 'DELETE',
        url: `/api/sessions/${otherId}`,
        headers: first.headers,
      });
      expect(foreign.statusCode).toBe(404);
    }
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: otherSession.headers })).statusCode,
    ).toBe(200);
  });
});

describe('two-factor authentication', () => {
  it('is mandatory for administrators by configuration and works with TOTP', async () => {
    const strict = await createTestApp({ NETRA_REQUIRE_2FA_ROLES: 'administrator,commissioner' });
    try {
      const admin = await createUser(strict.db, orgId, 'administrator');
      const session = await signIn(strict.app, admin.email);
      const blocked = await strict.app.inject({
        method: 'GET',
        url: '/api/organizations',
        headers: session.headers,
      });
      expect(blocked.statusCode).toBe(403);
      expect(errorCode(blocked.body)).toBe('auth.two_factor_required');
      expect(
        (await strict.app.inject({ method: 'GET', url: '/api/me', headers: session.headers })).json(),
      ).toMatchObject({ twoFactorRequired: true, twoFactorEnabled: false });

      const enable = await strict.app.inject({
        method: 'POST',
        url: '/api/auth/two-factor/enable',
        headers: session.headers,
        payload: { password: TEST_PASSWORD },
      });
      expect(enable.statusCode, enable.body).toBe(200);
      const totp = OTPAuth.URI.parse(enable.json<{ totpURI: string }>().totpURI) as OTPAuth.TOTP;
      const verify = await strict.app.inject({
        method: 'POST',
        url: '/api/auth/two-factor/verify-totp',
        headers: session.headers,
        payload: { code: totp.generate() },
      });
      expect(verify.statusCode, verify.body).toBe(200);

      // A fresh sign-in now needs the second factor before any session exists.
      const first = await strict.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: json,
        payload: { email: admin.email, password: TEST_PASSWORD },
      });
      expect(first.json()).toMatchObject({ twoFactorRedirect: true });
      const pending = first.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const wrong = await strict.app.inject({
        method: 'POST',
        url: '/api/auth/two-factor/verify-totp',
        headers: { ...json, cookie: pending },
        payload: { code: '000000' },
      });
      expect(wrong.statusCode).toBe(401);
      const second = await strict.app.inject({
        method: 'POST',
        url: '/api/auth/two-factor/verify-totp',
        headers: { ...json, cookie: pending },
        payload: { code: totp.generate() },
      });
      expect(second.statusCode, second.body).toBe(200);
      const cookie = second.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const allowed = await strict.app.inject({
        method: 'GET',
        url: '/api/organizations',
        headers: { cookie },
      });
      expect(allowed.statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('invitations', () => {
  it('lets the invitee set a password through the one-time link and sign in', async () => {
    const email = `undangan-${Date.now()}@test.netra.example`;
    const invitation = await invite(email);
    const mail = await t.db.query<{ body_text: string }>(
      `SELECT body_text FROM mail_outbox WHERE to_address = $1`,
      [email],
    );
    expect(mail.rows[0]!.body_text).toContain(invitation.link);

    const token = tokenOf(invitation.link);
    const preview = await t.app.inject({ method: 'GET', url: `/api/public/invitations/${token}` });
    expect(preview.json()).toMatchObject({ email, role: 'handling_staff' });
    const csrf = await t.app.inject({ method: 'GET', url: '/api/csrf' });
    const csrfToken = csrf.json<{ token: string }>().token;
    const csrfHeaders = { cookie: `netra_csrf=${csrfToken}`, 'x-csrf-token': csrfToken };

    const weak = await t.app.inject({
      method: 'POST',
      url: `/api/public/invitations/${token}/accept`,
      headers: csrfHeaders,
      payload: { password: 'pendek' },
    });
    expect(weak.statusCode).toBe(400);
    expect(
      weak.json<{ error: { details: { fields: { field: string }[] } } }>().error.details.fields[0]!.field,
    ).toBe('password');

    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/public/invitations/${token}/accept`,
      headers: csrfHeaders,
      payload: { password: 'sandi-baru-yang-kuat' },
    });
    expect(accept.statusCode, accept.body).toBe(201);
    const session = await signIn(t.app, email, 'sandi-baru-yang-kuat');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers });
    expect(me.json<{ memberships: { role: string }[] }>().memberships.map((m) => m.role)).toEqual([
      'handling_staff',
    ]);

    const reused = await t.app.inject({
      method: 'POST',
      url: `/api/public/invitations/${token}/accept`,
      headers: csrfHeaders,
      payload: { password: 'sandi-lain-yang-kuat' },
    });
    expect(reused.statusCode).toBe(410);
    expect(errorCode(reused.body)).toBe('invitations.already_used');
    const audit = await t.db.query(
      `SELECT after FROM audit_events WHERE action = 'invitation.accept_refused' AND request_id = $1`,
      [reused.headers['x-request-id']],
    );
    expect(audit.rows).toEqual([{ after: { reason: 'invitations.already_used' } }]);
  });

  it('refuses an expired or revoked link with its own message and creates no account', async () => {
    const expiredEmail = `kedaluwarsa-${Date.now()}@test.netra.example`;
    const expired = await invite(expiredEmail);
    await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expired.id,
    ]);
    const csrf = (await t.app.inject({ method: 'GET', url: '/api/csrf' })).json<{ token: string }>().token;
    const headers = { cookie: `netra_csrf=${csrf}`, 'x-csrf-token': csrf };
    const r1 = await t.app.inject({
      method: 'POST',
      url: `/api/public/invitations/${tokenOf(expired.link)}/accept`,
      headers,
      payload: { password: 'sandi-baru-yang-kuat' },
    });
    expect(r1.statusCode).toBe(410);
    expect(r1.json<{ error: { code: string; message: { id: string } } }>().error).toMatchObject({
      code: 'invitations.expired',
      message: { id: 'Tautan undangan sudah kedaluwarsa.' },
    });

    const revoked = await invite(`batal-${Date.now()}@test.netra.example`);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/invitations/${revoked.id}`, headers: adminHeaders }))
        .statusCode,
    ).toBe(204);
    const r2 = await t.app.inject({ method: 'GET', url: `/api/public/invitations/${tokenOf(revoked.link)}` });
    expect(errorCode(r2.body)).toBe('invitations.revoked');
    const users = await t.db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [expiredEmail]);
    expect(users.rows[0]).toEqual({ n: 0 });
  });
});

describe('password reset', () => {
  it('resets through the e-mailed link once; the reused link fails', async () => {
    const user = await createUser(t.db, orgId, 'viewer');
    const request = await t.app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      headers: json,
      payload: { email: user.email, redirectTo: '/atur-ulang-sandi/baru' },
    });
    expect(request.statusCode, request.body).toBe(200);
    const mail = await t.db.query<{ body_text: string }>(
      `SELECT body_text FROM mail_outbox WHERE to_address = $1 AND kind = 'password_reset'`,
      [user.email],
    );
    const token = /reset-password\/([A-Za-z0-9_-]+)/.exec(mail.rows[0]!.body_text)![1]!;
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      headers: json,
      payload: { token, newPassword: 'sandi-setelah-reset' },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    await signIn(t.app, user.email, 'sandi-setelah-reset');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      headers: json,
      payload: { token, newPassword: 'sandi-ketiga-kali' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ code: string }>().code).toBe('INVALID_TOKEN');
  });
});
