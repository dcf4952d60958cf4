import type { PgBoss } from 'pg-boss';
import { loadConfig } from '../../config/load-config';
import type { Database } from '../../db/database';
import { startNatsConsumer, type NatsConsumer } from './nats-consumer';
import { createScreeningService } from './screening.service';
import { createElectionsService } from '../elections/elections.service';

// Job names: <verb>.<noun>, owned by the module whose service the handler calls.
export const JOB_SCREEN_EVENTS = 'monitoring.screen-events';

/**
 * The worker's monitoring duties: every minute, screen events not screened yet (JetStream, or an
 * API process that stopped between storing and screening) and run queued replays; and, when
 * NETRA_NATS_URL is set, one JetStream consumer per worker on the shared durable consumer.
 */
export async function registerMonitoringJobs(
  boss: PgBoss,
  deps: { db: Database; log: { info: (msg: string) => void; error: (msg: string) => void } },
): Promise<{ stop: () => Promise<void> }> {
  const config = loadConfig();
  const elections = createElectionsService({ db: deps.db, homeRegion: config.homeRegion });
  const screening = createScreeningService({
    db: deps.db,
    currentElection: () => elections.current().catch(() => undefined),
  });
  await boss.createQueue(JOB_SCREEN_EVENTS);
  await boss.schedule(JOB_SCREEN_EVENTS, '* * * * *', {}, { tz: 'Asia/Jakarta' });
  await boss.work(JOB_SCREEN_EVENTS, async () => {
    const result = await screening.runJob();
    if (result.events > 0 || result.replays > 0)
      deps.log.info(
        `screening: ${result.events} events, ${result.leads} new leads, ${result.replays} replays`,
      );
    return result;
  });
  let consumer: NatsConsumer | undefined;
  if (config.nats.url) {
    consumer = await startNatsConsumer({
      db: deps.db,
      url: config.nats.url,
      stream: config.nats.stream,
      log: deps.log,
    });
    deps.log.info(`JetStream consumer on stream ${config.nats.stream}`);
  }
  return { stop: async () => consumer?.stop() };
}
