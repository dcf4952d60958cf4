import { loadConfig } from '../../config/load-config';
import type { Database } from '../../db/database';
import { createMailer } from '../../lib/mailer';
import { createFollowUpEscalationService } from './follow-up-escalation.service';
import { createRemindersService } from './reminders.service';

// Job owned by the cases module: deadline reminders and escalation (see reminders.service.ts), and
// the escalation of forwardings without a recorded follow-up (follow-up-escalation.service.ts).
export const JOB_CASE_REMINDERS = 'cases.send-reminders';
/** Hourly, so a deadline that comes within reach mid-day is seen; sending is once per day per kind. */
export const CASE_REMINDERS_CRON = '5 * * * *';

/** The job handler: the worker has no services, so it builds the mailer from the configuration. */
export async function handleCaseRemindersJob(db: Database) {
  const config = loadConfig();
  const mailer = createMailer(db, config.mail);
  const result = await createRemindersService({
    db,
    mailer,
    publicUrl: config.http.publicUrl,
    settings: config.caseReminders,
  }).run();
  // Forwardings without a recorded follow-up after NETRA_FOLLOW_UP_FLAG_DAYS (issue 4 §6).
  const followUps = await createFollowUpEscalationService({
    db,
    mailer,
    publicUrl: config.http.publicUrl,
    flagDays: config.cases.followUpFlagDays,
  }).run();
  return { ...result, sent: { ...result.sent, followUpEscalated: followUps.escalated } };
}
