import { connect as netConnect } from 'node:net';
import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import {
  ensureStream,
  startNatsConsumer,
  durableName,
  type NatsConsumer,
} from '../../src/modules/ingestion/nats-consumer';

const NATS_URL = 'nats://127.0.0.1:4222';
const reachable = await new Promise<boolean>((resolve) => {
  const socket = netConnect({ host: '127.0.0.1', port: 4222 });
  socket.setTimeout(1000);
  socket.once('connect', () => (socket.destroy(), resolve(true)));
  socket.once('error', () => resolve(false));
  socket.once('timeout', () => (socket.destroy(), resolve(false)));
});
if (!reachable)
  console.warn('NATS is not reachable at 127.0.0.1:4222: the JetStream two-worker test is skipped.');

const silent = { info: () => undefined, error: () => undefined };
const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
};

describe.skipIf(!reachable)('JetStream ingestion with two workers', () => {
  let t: TestApp;
  const stream = `NETRA_TEST_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const prefix = `js-${stream}`;
  const N = 1500;
  const workers: NatsConsumer[] = [];

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    for (const w of workers) await w.stop().catch(() => undefined);
    const nc = await connect({ servers: NATS_URL });
    await (await jetstreamManager(nc)).streams.delete(stream).catch(() => undefined);
    await nc.close();
    await t?.close();
  });

  it('stores every event exactly once when one worker is killed mid-stream', async () => {
    const nc = await connect({ servers: NATS_URL });
    await ensureStream(nc, stream, 2000);
    const js = jetstream(nc);
    // Published before and while the workers run; a tenth of the events are published twice
    // (a producer's retry), which must still give one row each.
    const publish = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const event = {
          id: `${prefix}-${i}`,
          type: 'comment',
          platform: 'x',
          actorAccountId: `actor-${i % 50}`,
          text: 'komentar uji',
          occurredAt: '2024-10-15T09:00:00+07:00',
        };
        await js.publish(`${stream}.x`, JSON.stringify(event));
        if (i % 10 === 0) await js.publish(`${stream}.x`, JSON.stringify(event));
      }
    };
    await publish(0, N / 2);
    // Also a malformed message: recorded in the worker's run and acknowledged, never retried forever.
    await js.publish(`${stream}.x`, '{not json');

    const a = await startNatsConsumer({
      db: t.db,
      url: NATS_URL,
      stream,
      batchSize: 50,
      ackWaitMs: 2000,
      log: silent,
    });
    const b = await startNatsConsumer({
      db: t.db,
      url: NATS_URL,
      stream,
      batchSize: 50,
      ackWaitMs: 2000,
      log: silent,
    });
    workers.push(b);
    const publishing = publish(N / 2, N);
    // Kill worker A once it is busy: its fetched, unacknowledged batch must be redelivered to B.
    expect(await waitFor(async () => a.stats.batches >= 2, 20_000)).toBe(true);
    await a.kill();
    const storedByA = a.stats.stored;
    await publishing;

    const count = async () =>
      (
        await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE id LIKE $1`, [
          `${prefix}-%`,
        ])
      ).rows[0]!.n;
    const jsm = await jetstreamManager(nc);
    const drained = await waitFor(async () => {
      const info = await jsm.consumers.info(stream, durableName(stream));
      return (await count()) === N && info.num_pending === 0 && info.num_ack_pending === 0;
    }, 60_000);
    expect(drained, `stored ${await count()} of ${N}`).toBe(true);
    expect(await count()).toBe(N);
    // Both workers took part; B saw redeliveries and producer retries as duplicates.
    expect(storedByA).toBeGreaterThan(0);
    expect(b.stats.stored).toBeGreaterThan(0);
    // A's last batch may have committed without being acknowledged (killed in between): B then got
    // it again and counted it as duplicates, so the workers' own counts may fall short of N.
    expect(storedByA + b.stats.stored).toBeLessThanOrEqual(N);
    expect(a.stats.duplicates + b.stats.duplicates).toBeGreaterThanOrEqual(N / 10);
    expect(a.stats.rejected + b.stats.rejected).toBe(1);
    const sources = await t.db.query(`SELECT DISTINCT source FROM events WHERE id LIKE $1`, [`${prefix}-%`]);
    expect(sources.rows).toEqual([{ source: 'jetstream' }]);
    await nc.close();
  }, 120_000);
});
