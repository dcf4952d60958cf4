import { loadConfig } from '../../config/load-config';
import type { Database } from '../../db/database';
import { createMailer } from '../../lib/mailer';
import { createAppealDistributionService } from './distribution.service';

// Job name owned by the appeals module: reminders to agencies whose acknowledgments lag behind.
export const JOB_APPEAL_REMINDERS = 'appeals.send-reminders';
/** Every morning in Western Indonesia; the job is idempotent per appeal, agency and day. */
export const APPEAL_REMINDERS_CRON = '0 8 * * *';

/** The job handler: builds the mailer from the process configuration (the worker has no services). */
export async function handleAppealRemindersJob(db: Database): Promise<{ agenciesReminded: number }> {
  const config = loadConfig();
  const distribution = createAppealDistributionService({
    db,
    mailer: createMailer(db, config.mail),
    publicUrl: config.http.publicUrl,
  });
  return distribution.remindAll();
}
