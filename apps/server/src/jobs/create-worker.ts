import { PgBoss } from 'pg-boss';
import type { Database } from '../db/database';
import { verifyAuditChain } from '../modules/audit/audit.service';
import { registerMonitoringJobs } from '../modules/ingestion/monitoring-jobs';
import {
  APPEAL_REMINDERS_CRON,
  JOB_APPEAL_REMINDERS,
  handleAppealRemindersJob,
} from '../modules/appeals/reminder-job';
import { JOB_CAPTURE_PAGE, handleCaptureJob, type CaptureJobData } from '../modules/monitoring/capture-jobs';
import { CASE_REMINDERS_CRON, JOB_CASE_REMINDERS, handleCaseRemindersJob } from '../modules/cases/reminders';

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
  // Appeal reminders to agencies below their threshold (idempotent per appeal, agency and day).
  await boss.createQueue(JOB_APPEAL_REMINDERS);
  await boss.schedule(JOB_APPEAL_REMINDERS, APPEAL_REMINDERS_CRON, {}, { tz: 'Asia/Jakarta' });
  await boss.work(JOB_APPEAL_REMINDERS, async () => {
    const result = await handleAppealRemindersJob(deps.db);
    deps.log.info(`appeal reminders: ${result.agenciesReminded} agencies reminded`);
    return result;
  });
  // Case deadline reminders and escalation (idempotent per case, deadline, kind and day).
  await boss.createQueue(JOB_CASE_REMINDERS);
  await boss.schedule(JOB_CASE_REMINDERS, CASE_REMINDERS_CRON, {}, { tz: 'Asia/Jakarta' });
  await boss.work(JOB_CASE_REMINDERS, async () => {
    const result = await handleCaseRemindersJob(deps.db);
    deps.log.info(`case reminders: ${JSON.stringify(result.sent)} (${result.casesChecked} cases checked)`);
    return result;
  });
  // Evidence captures (headless Chromium), one at a time per worker: each browser needs memory.
  await boss.createQueue(JOB_CAPTURE_PAGE);
  await boss.work<CaptureJobData>(JOB_CAPTURE_PAGE, { localConcurrency: 1 }, async (jobs) => {
    for (const job of jobs) await handleCaptureJob(deps.db, job.data);
  });
  // Screening of new events and replays; the JetStream consumer when NETRA_NATS_URL is set.
  const monitoring = await registerMonitoringJobs(boss, deps);
  return {
    stop: async () => {
      await monitoring.stop();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
