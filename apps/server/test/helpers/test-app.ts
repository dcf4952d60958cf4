import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { inject } from 'vitest';
import type { OrganizationType, Role } from '@netra/contracts';
import { loadConfig } from '../../src/config/load-config';
import { createDatabasePool, type Database } from '../../src/db/database';
import { createApp } from '../../src/http/create-app';
import type { NetraApp } from '../../src/http/netra-app';
import { organizationsRepository } from '../../src/modules/organizations/organizations.repository';
import { usersRepository } from '../../src/modules/users/users.repository';
import { createServices, type Services } from '../../src/services';

export const TEST_ORIGIN = 'http://127.0.0.1:3999';
export const TEST_PASSWORD = 'kata-sandi-uji-123';

export type TestApp = {
  app: NetraApp;
  db: Database;
  services: Services;
  close: () => Promise<void>;
};

/** A real app on the shared test database. Two-factor is off unless the test asks for it. */
export async function createTestApp(
  overrides: Record<string, string> = {},
  onRoute?: Parameters<typeof createApp>[0]['onRoute'],
): Promise<TestApp> {
  const config = loadConfig(
    {},
    {
      NODE_ENV: 'test',
      NETRA_PUBLIC_URL: TEST_ORIGIN,
      DATABASE_URL: inject('databaseUrl'),
      NETRA_REQUIRE_2FA_ROLES: 'none',
      // Every test request comes from one address; the per-address limit has its own test.
      NETRA_SIGNIN_PER_MINUTE: '1000',
      // The authorisation matrix alone sends well over 600 API requests a minute on a fast machine.
      NETRA_API_PER_MINUTE: '100000',
      NETRA_LOG_LEVEL: 'silent',
      NETRA_DATA_DIR: '/tmp/netra-test-unused',
      ...overrides,
    },
  );
  const db = createDatabasePool(config.db.url!, 5);
  const services = createServices({ config, db, secret: 'test-secret-test-secret-test-secret-0123' });
  const app = await createApp({ services, onRoute });
  await app.ready();
  return {
    app,
    db,
    services,
    close: async () => {
      await app.close();
      await db.end();
    },
  };
}

/** A fresh organisation in `regionCode`, unique per call so tests never share data. */
export async function createOrganization(
  db: Database,
  regionCode: string,
  type: OrganizationType = 'bawaslu_kabupaten_kota',
  parentId: string | null = null,
) {
  const name = `Org uji ${randomUUID().slice(0, 8)}`;
  const id = await organizationsRepository.insert(db, { type, name, regionCode, parentId });
  return { id, name, regionCode };
}

export async function createUser(db: Database, organizationId: string, role: Role) {
  const email = `uji-${randomUUID().slice(0, 12)}@test.netra.example`;
  const userId = await usersRepository.insertWithPassword(db, {
    name: `Pengguna ${role}`,
    email,
    passwordHash: await hashPassword(TEST_PASSWORD),
    locale: 'id',
  });
  await usersRepository.insertMembership(db, { userId, organizationId, role });
  return { userId, email };
}

export type Session = { headers: Record<string, string> };

/** Signs in through the real auth endpoint and returns headers carrying session + CSRF cookies. */
export async function signIn(app: NetraApp, email: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const sessionCookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = await app.inject({ method: 'GET', url: '/api/csrf' });
  const token = csrf.json<{ token: string }>().token;
  return {
    headers: { cookie: `${sessionCookie}; netra_csrf=${token}`, 'x-csrf-token': token, origin: TEST_ORIGIN },
  };
}
