import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../apps/server/src/config/load-config';
import { startServer } from '../../apps/server/src/start-server';
import { seedDemo } from '../../apps/server/src/seeds/seed-demo';
import { createFileEvidenceStorage } from '../../apps/server/src/modules/cases/evidence-storage';
import { createAdministrator } from '../../apps/server/src/modules/users/create-administrator';

export type Account = { email: string; password: string };
export const ACCOUNT_NAMES = ['twoFactor', 'invite', 'language', 'pages', 'mobile', 'elections'] as const;
export type AccountName = (typeof ACCOUNT_NAMES)[number];

declare module 'vitest' {
  export interface ProvidedContext {
    netra: {
      url: string;
      accounts: Record<AccountName, Account>;
      /** The seeded demo users' shared password and a real village of Siak Kecil for forms. */
      demo: { password: string; villageCode: string; villageName: string };
    };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * One real Netra server (embedded PostgreSQL unless TEST_DATABASE_URL is set) serving the built web
 * app for the whole browser run. Each test file gets its own fresh administrator, so no file depends
 * on another having run (each enrols its own two-factor secret).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-browser-'));
  const config = loadConfig(
    {},
    {
      NETRA_DATA_DIR: dataDir,
      NETRA_DB_PORT: String(await freePort()),
      PORT: String(await freePort()),
      NETRA_SEED_DEMO: 'false',
      NETRA_WORKER: 'false',
      NETRA_CAPTURE_ALLOW_PRIVATE: 'true',
      // Every browser test comes from 127.0.0.1 and runs at machine speed, one user doing what a
      // whole office would; the per-address limits have their own integration tests.
      NETRA_API_PER_MINUTE: '100000',
      NETRA_SIGNIN_PER_MINUTE: '1000',
      NETRA_LOG_LEVEL: 'warn',
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? '',
    },
  );
  const server = await startServer(config, {
    webDistDir: path.resolve(process.env.NETRA_WEB_DIST_DIR ?? 'apps/web/dist'),
  });
  try {
    const demoCredentials = await seedDemo(server.services.db, {
      evidenceStorage: createFileEvidenceStorage(path.join(config.db.dataDir, 'evidence')),
    });
    if (!demoCredentials) throw new Error('the browser database already had demo data');
    const village = await server.services.db.query<{ code: string; name: string }>(
      "SELECT code, name FROM regions WHERE parent_code = '14.03.12' ORDER BY code LIMIT 1",
    );
    const demo = {
      password: demoCredentials.demoPassword,
      villageCode: village.rows[0]!.code,
      villageName: village.rows[0]!.name,
    };
    const run = Date.now().toString(36);
    const accounts = {} as Record<AccountName, Account>;
    for (const name of ACCOUNT_NAMES) {
      const email = `browser-${name.toLowerCase()}-${run}@netra.example`;
      const created = await createAdministrator(server.services.db, {
        email,
        name: `Admin ${name}`,
        homeRegion: '14.03',
      });
      if (created.kind !== 'created') throw new Error(`cannot create test administrator: ${created.message}`);
      accounts[name] = { email, password: created.password };
    }
    project.provide('netra', { url: server.url, accounts, demo });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
