import { connect, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import type { Database } from '../../db/database';
import { importRunsRepository } from '../registry/import-runs.repository';
import { INVALID_JSON, storeEventBatch } from './store-events';

const nanos = (ms: number) => ms * 1_000_000;

export type NatsConsumerOptions = {
  db: Database;
  url: string;
  /** Stream name; events are published on subjects `<stream>.>` (e.g. NETRA_EVENTS.x). */
  stream: string;
  /** Messages fetched and committed together (one transaction per batch). */
  batchSize?: number;
  /** Unacknowledged messages are redelivered to another worker after this long. */
  ackWaitMs?: number;
  log: { info: (msg: string) => void; error: (msg: string) => void };
  /** Called with the stored ids after each committed batch (screening). */
  onStored?: (ids: string[]) => Promise<void>;
};

export type NatsConsumer = {
  /** Finishes the batch in hand, then drains the connection. */
  stop: () => Promise<void>;
  /** Closes the connection at once, without acknowledging what is in hand (tests: a killed worker). */
  kill: () => Promise<void>;
  stats: { batches: number; stored: number; duplicates: number; rejected: number };
};

export const durableName = (stream: string) => `${stream}_workers`;

/** Creates the stream and the shared durable pull consumer if they do not exist yet. */
export async function ensureStream(nc: NatsConnection, stream: string, ackWaitMs: number): Promise<void> {
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(stream);
  } catch {
    await jsm.streams.add({ name: stream, subjects: [`${stream}.>`] });
  }
  try {
    await jsm.consumers.info(stream, durableName(stream));
  } catch {
    await jsm.consumers.add(stream, {
      durable_name: durableName(stream),
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(ackWaitMs),
      max_ack_pending: 10_000,
    });
  }
}

/**
 * One JetStream worker. Every worker of an installation pulls from the same durable consumer, so
 * they share the stream; a message is acknowledged only after its batch has committed (at-least-
 * once), and events.id makes a redelivered message a counted duplicate, never a second row.
 * Malformed messages are recorded in the worker's run and acknowledged (redelivery cannot fix them).
 */
export async function startNatsConsumer(opts: NatsConsumerOptions): Promise<NatsConsumer> {
  const batchSize = opts.batchSize ?? 200;
  const ackWaitMs = opts.ackWaitMs ?? 30_000;
  const nc = await connect({ servers: opts.url, name: 'netra-worker' });
  await ensureStream(nc, opts.stream, ackWaitMs);
  const consumer = await jetstream(nc).consumers.get(opts.stream, durableName(opts.stream));
  const run = await importRunsRepository.create(opts.db, {
    kind: 'events',
    fileName: `jetstream:${opts.stream}`,
    regionCode: null,
    createdBy: null,
  });
  const stats = { batches: 0, stored: 0, duplicates: 0, rejected: 0 };
  let running = true;
  let killed = false;
  let row = 0;

  const loop = (async () => {
    while (running) {
      let msgs: JsMsg[] = [];
      try {
        const iter = await consumer.fetch({ max_messages: batchSize, expires: 1000 });
        for await (const m of iter) msgs.push(m);
      } catch (error) {
        if (!running) break;
        opts.log.error(`jetstream fetch failed: ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      if (msgs.length === 0 || killed) continue;
      const items = msgs.map((m) => {
        let raw: unknown;
        try {
          raw = m.json();
        } catch {
          raw = INVALID_JSON;
        }
        return { row: ++row, raw };
      });
      try {
        const out = await storeEventBatch(opts.db, items, {
          importId: run.id,
          source: 'jetstream',
          regionCode: null,
        });
        if (killed) break;
        // Acknowledged only now that the batch is committed.
        for (const m of msgs) m.ack();
        stats.batches++;
        stats.stored += out.stored.length;
        stats.duplicates += out.duplicates;
        stats.rejected += out.rejected;
        if (opts.onStored && out.stored.length > 0) await opts.onStored(out.stored);
      } catch (error) {
        // Not acknowledged: JetStream redelivers after ack_wait (to this or another worker).
        for (const m of msgs) m.nak(ackWaitMs);
        opts.log.error(`jetstream batch not stored: ${(error as Error).message}`);
      }
      msgs = [];
    }
  })();

  return {
    stats,
    async stop() {
      running = false;
      await loop;
      await importRunsRepository.finish(opts.db, run.id, 'done');
      await nc.drain();
    },
    async kill() {
      killed = true;
      running = false;
      await nc.close();
      await loop.catch(() => undefined);
    },
  };
}
