import { PgBoss } from 'pg-boss';
import type { Database } from '../db/database';
import { verifyAuditChain } from '../modules/audit/audit.service';

export type Worker = { stop: () => Promise<void> };

// Job names: <verb>.<noun>, owned by the module whose service the handler calls.
export const JOB_VERIFY_AUDIT_CHAIN = 'audit.verify-chain';

/**
 * The pg-boss worker. `netra start` runs one in-process; `netra worker` runs one alone, and any
 * number of them share the queue tables, so workers scale out. Handlers are idempotent.
 */
export async function startWorker(deps: {
  db: Database;
  databaseUrl: string;
  log: { info: (msg: string) => void; error: (msg: string) => void };
}): Promise<Worker> {
  const boss = new PgBoss({ connectionString: deps.databaseUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (error: Error) => deps.log.error(`job queue error: ${error.message}`));
  await boss.start();
  await boss.createQueue(JOB_VERIFY_AUDIT_CHAIN);
  // Nightly check of the audit chain; a break is reported in the log for the administrator.
  await boss.schedule(JOB_VERIFY_AUDIT_CHAIN, '30 2 * * *', {}, { tz: 'Asia/Jakarta' });
  await boss.work(JOB_VERIFY_AUDIT_CHAIN, async () => {
    const result = await verifyAuditChain(deps.db);
    if (result.ok) deps.log.info(`audit chain verified: ${result.checked} events`);
    else deps.log.error(`audit chain broken at event ${result.brokenEventId} (${result.reason})`);
    return result;
  });
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
