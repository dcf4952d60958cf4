import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/db/embedded-postgres';
import { createDatabasePool } from '../src/db/database';
import { prepareDatabase } from '../src/runtime';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run: the embedded server in a temporary folder, or the server named
 * by TEST_DATABASE_URL. Each run gets a fresh database, migrated and with all regions imported;
 * each test then creates its own organisations and users in it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NETRA_TEST_NO_DB === '1') {
    project.provide('databaseUrl', '');
    return async () => undefined;
  }
  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'netra-test-'));
    embedded = await startEmbeddedDatabase({ dataDir: tempDir, port: 54000 + (process.pid % 1000) });
    adminUrl = embedded.url;
  }
  const databaseName = `netra_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  const db = createDatabasePool(url.toString(), 2);
  await prepareDatabase(db, () => undefined);
  await db.end();
  project.provide('databaseUrl', url.toString());

  return async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await cleanup.end();
    await embedded?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
}
