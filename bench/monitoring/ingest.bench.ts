// Events ingested per second through the batch API (HTTP, validation, one transaction per batch,
// screening of the stored events) and through JetStream (two workers on one durable consumer,
// storage only; screening follows in the job), against the engine's bare screening rate over the
// same events in the same run. PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else an
// embedded PostgreSQL in a temporary folder (as `npm test` does); JetStream needs NATS at
// 127.0.0.1:4222 (else skipped).
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { hashPassword } from 'better-auth/crypto';
import pg from 'pg';
import { Screener, parseEventLine } from '../../packages/engine/src/index.js';
import { generateCandidates, generateEvents } from '../../packages/engine/src/synthetic/generate-election.js';
import { loadConfig } from '../../apps/server/src/config/load-config.js';
import { createDatabasePool } from '../../apps/server/src/db/database.js';
import { startEmbeddedDatabase } from '../../apps/server/src/db/embedded-postgres.js';
import { migrateDatabase } from '../../apps/server/src/db/migrate.js';
import { createApp } from '../../apps/server/src/http/create-app.js';
import { ensureStream, startNatsConsumer } from '../../apps/server/src/modules/ingestion/nats-consumer.js';
import { createServices } from '../../apps/server/src/services.js';
import {
  goal,
  isMain,
  report,
  sizeFromArgv,
  type BenchResult,
  type BenchSize,
} from '../engine/lib/common.js';

const ORIGIN = 'http://127.0.0.1:3999';

export async function runIngestBench(size: BenchSize): Promise<BenchResult> {
  const n = size === 'full' ? 100_000 : 5_000;
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const tempDir = serverUrl ? undefined : mkdtempSync(path.join(os.tmpdir(), 'netra-bench-'));
  const embedded = tempDir
    ? await startEmbeddedDatabase({ dataDir: tempDir, port: 55000 + (process.pid % 1000) })
    : undefined;
  const admin = serverUrl ?? embedded!.url;
  const dbName = `netra_bench_${Date.now()}`;
  const adminClient = new pg.Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  const db = createDatabasePool(url.toString(), 8);
  try {
    await migrateDatabase(db);
    // Only the regions the bench needs (the full import is not what is measured).
    await db.query(`INSERT INTO regions (code, parent_code, level, kind, name, time_zone) VALUES
      ('ID', NULL, 0, 'country', 'Indonesia', 'Asia/Jakarta'), ('14', 'ID', 1, 'provinsi', 'Riau', 'Asia/Jakarta'),
      ('14.03', '14', 2, 'kabupaten', 'Bengkalis', 'Asia/Jakarta') ON CONFLICT DO NOTHING`);
    const asn = Array.from({ length: 500 }, (_, i) => `asn-${i}`);
    const others = Array.from({ length: 5000 }, (_, i) => `acc-${i}`);
    const candidates = generateCandidates(4, 3);
    const { events } = generateEvents(n * 2, asn, others, candidates, 4, 0.02);
    const forApi = events.slice(0, n).map((e) => ({ ...e, id: `api-${e.id}` }));
    const forJs = events.slice(n, 2 * n).map((e) => ({ ...e, id: `js-${e.id}` }));

    // The engine alone, same events, same (empty) candidate set as the database holds.
    const lines = forApi.map((e) => JSON.stringify(e));
    // Best of three (the first pass pays for JIT warm-up on a small input).
    let bareMs = Infinity;
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      const screener = new Screener({
        asnLinks: new Map(),
        candidateAccounts: new Map(),
        stageAt: () => ({ stage: 'campaign', isViolation: true }),
        hash: (s) => createHash('sha256').update(s).digest('hex'),
      });
      lines.forEach((l, i) => screener.handle(parseEventLine(l), i + 1));
      bareMs = Math.min(bareMs, performance.now() - t0);
    }

    // Batch API through HTTP (in-process inject), 1,000 events per request.
    const config = loadConfig(
      {},
      {
        NODE_ENV: 'test',
        DATABASE_URL: url.toString(),
        NETRA_PUBLIC_URL: ORIGIN,
        NETRA_REQUIRE_2FA_ROLES: 'none',
        NETRA_LOG_LEVEL: 'silent',
      },
    );
    const services = createServices({ config, db, secret: 'bench-secret-bench-secret-bench-secret-01' });
    const app = await createApp({ services });
    await app.ready();
    const org = await db.query<{ id: string }>(
      `INSERT INTO organizations (type, name, region_code) VALUES ('bawaslu_kabupaten_kota', 'Bench', '14.03') RETURNING id`,
    );
    const email = `bench-${randomUUID().slice(0, 8)}@bench.netra.example`;
    const { usersRepository } = await import('../../apps/server/src/modules/users/users.repository.js');
    const userId = await usersRepository.insertWithPassword(db, {
      name: 'Bench',
      email,
      passwordHash: await hashPassword('kata-sandi-bench-1'),
      locale: 'id',
    });
    await usersRepository.insertMembership(db, {
      userId,
      organizationId: org.rows[0]!.id,
      role: 'field_supervisor',
    });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      payload: { email, password: 'kata-sandi-bench-1' },
    });
    const csrf = (await app.inject({ method: 'GET', url: '/api/csrf' })).json<{ token: string }>().token;
    const headers = {
      cookie: `${signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ')}; netra_csrf=${csrf}`,
      'x-csrf-token': csrf,
      origin: ORIGIN,
    };
    const t1 = performance.now();
    for (let i = 0; i < n; i += 1000) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/ingestion/events',
        headers,
        payload: { regionCode: '14.03', events: forApi.slice(i, i + 1000) },
      });
      if (res.statusCode !== 200)
        throw new Error(`batch API answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    }
    const apiMs = performance.now() - t1;

    // JetStream: two workers on one durable consumer.
    let jsMs = Number.NaN;
    const nc = await connect({ servers: 'nats://127.0.0.1:4222', timeout: 1000 }).catch(() => undefined);
    if (nc) {
      const stream = `NETRA_BENCH_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
      await ensureStream(nc, stream, 30_000);
      const js = jetstream(nc);
      await Promise.all(forJs.map((e) => js.publish(`${stream}.x`, JSON.stringify(e))));
      const log = { info: () => undefined, error: () => undefined };
      const t2 = performance.now();
      const workers = await Promise.all(
        [0, 1].map(() =>
          startNatsConsumer({ db, url: 'nats://127.0.0.1:4222', stream, batchSize: 500, log }),
        ),
      );
      for (;;) {
        const stored = (
          await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE id LIKE 'js-%'`)
        ).rows[0]!.n;
        if (stored >= n) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      jsMs = performance.now() - t2;
      for (const w of workers) await w.stop();
      await (await jetstreamManager(nc)).streams.delete(stream);
      await nc.close();
    } else console.log('NATS not reachable at 127.0.0.1:4222: JetStream part skipped.');
    await app.close();

    const bareRate = (n / bareMs) * 1000;
    const apiRate = (n / apiMs) * 1000;
    const jsRate = (n / jsMs) * 1000;
    return report({
      name: 'Ingestion (peer: the engine screening the same events in memory)',
      size,
      dataSize: `${n.toLocaleString()} events per path`,
      metrics: {
        bareEventsPerSec: bareRate,
        apiEventsPerSec: apiRate,
        jetstreamEventsPerSec: jsRate,
        ratioApiOverBare: apiRate / bareRate,
        ratioJetstreamOverBare: jsRate / bareRate,
      },
      goals: [
        goal('batch API events/s', apiRate, '≥ 1,000', apiRate >= 1000),
        goal('JetStream events/s (2 workers)', jsRate, '≥ 1,000', Number.isNaN(jsRate) || jsRate >= 1000),
      ],
    });
  } finally {
    await db.end();
    await adminClient.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await adminClient.end();
    await embedded?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runIngestBench(sizeFromArgv());
