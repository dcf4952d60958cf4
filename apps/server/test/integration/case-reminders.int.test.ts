import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/lib/mailer';
import { createRemindersService } from '../../src/modules/cases/reminders.service';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../helpers/test-app';
import { caseIdOf, submitReport, villageIn } from './cases-helpers';
import { walkCase } from './case-documents-helpers';

// Deadline reminders and escalation with a controllable clock: a reminder before the deadline to
// the handling staff, an alert at breach to the office's commissioners, an escalation to the office
// above after N days — each once per case, deadline, kind and day however often the job runs.
let t: TestApp;
let staff: Session;
const emails: Record<'staff' | 'commissioner' | 'regencyCommissioner', string> = {} as never;
let caseId: string;
let dueAt: number;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const reminders = (at: number) =>
  createRemindersService({
    db: t.db,
    mailer: createMailer(t.db, { smtpUrl: undefined, from: 'Netra <netra@test>' }),
    publicUrl: 'http://netra.test',
    settings: { daysBefore: 1, escalateAfterDays: 2 },
    now: () => new Date(at),
  });
const outbox = async () =>
  (
    await t.db.query<{ kind: string; to_address: string; subject: string; body_text: string }>(
      `SELECT kind, to_address, subject, body_text FROM mail_outbox WHERE body_text LIKE '%' || $1 || '%' ORDER BY created_at`,
      [caseId],
    )
  ).rows;

beforeAll(async () => {
  t = await createTestApp({ NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
  // Kecamatan Talang Muandau (14.03.15): its Panwaslu handles, Bawaslu Kabupaten Bengkalis (14.03) is
  // the office above (other suites sharing the database may add more 14.03 commissioners).
  const office = await createOrganization(t.db, '14.03.15', 'panwaslu_kecamatan');
  const regency = await createOrganization(t.db, '14.03');
  const staffUser = await createUser(t.db, office.id, 'handling_staff');
  emails.staff = staffUser.email;
  emails.commissioner = (await createUser(t.db, office.id, 'commissioner')).email;
  emails.regencyCommissioner = (await createUser(t.db, regency.id, 'commissioner')).email;
  staff = await signIn(t.app, staffUser.email);
  caseId = await caseIdOf(t.db, (await submitReport(t.app, await villageIn(t.db, '14.03.15'))).receiptCode);
  await walkCase(t, staff, caseId, 'start_initial_study');
  const state = await t.db.query<{ due: Date }>('SELECT next_due_at AS due FROM cases WHERE id = $1', [
    caseId,
  ]);
  dueAt = state.rows[0]!.due.getTime();
});
afterAll(() => t.close());

describe('case reminders', () => {
  it('reminds the handling staff a day before, once however often the job runs', async () => {
    const first = await reminders(dueAt - 12 * HOUR).run();
    expect(first.sent.due_soon).toBeGreaterThanOrEqual(1);
    await reminders(dueAt - 11 * HOUR).run();
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'case.due_soon', to_address: emails.staff });
    expect(mails[0]!.subject).toContain('kajian awal');
    expect(mails[0]!.body_text).toContain(`http://netra.test/perkara/${caseId}`);
    // No reporter or reported party in the mail.
    expect(mails[0]!.body_text).not.toContain('Budi Terlapor');
    expect(mails[0]!.body_text).not.toContain('Siti');
  });

  it('sends nothing while the deadline is further away than the configured days', async () => {
    const before = (await outbox()).length;
    await reminders(dueAt - 2 * DAY).run();
    expect(await outbox()).toHaveLength(before);
  });

  it('alerts the office’s commissioners at breach, and escalates to the office above after two days', async () => {
    await reminders(dueAt + HOUR).run();
    await reminders(dueAt + 2 * HOUR).run();
    let mails = (await outbox()).filter((m) => m.kind === 'case.overdue');
    expect(mails.map((m) => m.to_address).sort()).toEqual([emails.commissioner, emails.staff].sort());
    expect(mails[0]!.subject).toContain('terlewati');
    expect((await outbox()).some((m) => m.kind === 'case.escalated')).toBe(false);

    await reminders(dueAt + 2 * DAY + HOUR).run();
    await reminders(dueAt + 2 * DAY + 3 * HOUR).run();
    mails = await outbox();
    const escalated = mails.filter((m) => m.kind === 'case.escalated');
    expect(escalated.map((m) => m.to_address)).toContain(emails.regencyCommissioner);
    expect(escalated.map((m) => m.to_address)).not.toContain(emails.commissioner);
    expect(escalated[0]!.subject).toContain('Eskalasi');
    // A new day repeats the overdue alert once.
    expect(mails.filter((m) => m.kind === 'case.overdue')).toHaveLength(4);
    const log = await t.db.query<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM case_reminders WHERE case_id = $1 GROUP BY kind ORDER BY kind`,
      [caseId],
    );
    expect(log.rows).toEqual([
      { kind: 'due_soon', n: 1 },
      { kind: 'escalated', n: 1 },
      { kind: 'overdue', n: 2 },
    ]);
  });

  it('stops once the deadline is met', async () => {
    await walkCase(t, staff, caseId, 'decline_registration', {
      reasons: ['Uji'],
      lateReason: 'Terlambat karena uji',
    });
    const before = (await outbox()).length;
    await reminders(dueAt + 5 * DAY).run();
    expect(await outbox()).toHaveLength(before);
  });
});
