import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/lib/mailer';
import { createFollowUpEscalationService } from '../../src/modules/cases/follow-up-escalation.service';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../helpers/test-app';
import { NIK_WOMAN_1990, REPORTER_NAME } from './cases-helpers';
import { forwardedCase } from './follow-up-helpers';

// Escalation of forwardings without a recorded follow-up (issue 4 §6), with a controllable clock:
// nothing before the flag day; then the receiving organisation's HR and the forwarding office's
// commissioners once per forwarding per day, however often the job runs; nothing once recorded.
let t: TestApp;
const s: Record<'staff' | 'commissioner' | 'hr', Session> = {} as never;
const emails: Record<'staff' | 'commissioner' | 'hr' | 'otherHr', string> = {} as never;
let forwardingId: string;
let forwardedAt: number;

// A regency no other suite uses: its commissioners are only the ones made here.
const REGENCY = '14.08';
const FLAG_DAYS = 10;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const WIB = 7 * HOUR;
/** The first instant of the local (WIB) day after `ms`: runs inside one local day stay inside it. */
const nextLocalMidnight = (ms: number) => Math.ceil((ms + WIB) / DAY) * DAY - WIB;
const today = () => new Date().toISOString().slice(0, 10);

const escalation = (at: number) =>
  createFollowUpEscalationService({
    db: t.db,
    mailer: createMailer(t.db, { smtpUrl: undefined, from: 'Netra <netra@test>' }),
    publicUrl: 'http://netra.test',
    flagDays: FLAG_DAYS,
    now: () => new Date(at),
  });
const outbox = async () =>
  (
    await t.db.query<{ kind: string; to_address: string; subject: string; body_text: string }>(
      `SELECT kind, to_address, subject, body_text FROM mail_outbox WHERE body_text LIKE '%' || $1 || '%'
       ORDER BY created_at, to_address`,
      [forwardingId],
    )
  ).rows;

beforeAll(async () => {
  t = await createTestApp({
    NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    NETRA_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'netra-follow-up-escalation-')),
  });
  const bawaslu = await createOrganization(t.db, REGENCY);
  const bkpsdm = await createOrganization(t.db, REGENCY, 'bkpsdm');
  const otherAgency = await createOrganization(t.db, REGENCY, 'bkpsdm');
  const user = async (orgId: string, role: Parameters<typeof createUser>[2]) =>
    (await createUser(t.db, orgId, role)).email;
  emails.staff = await user(bawaslu.id, 'handling_staff');
  emails.commissioner = await user(bawaslu.id, 'commissioner');
  emails.hr = await user(bkpsdm.id, 'agency_hr');
  emails.otherHr = await user(otherAgency.id, 'agency_hr');
  s.staff = await signIn(t.app, emails.staff);
  s.commissioner = await signIn(t.app, emails.commissioner);
  s.hr = await signIn(t.app, emails.hr);
  const { forwardings } = await forwardedCase(t, s, REGENCY, [
    {
      kind: 'asn_neutrality',
      letterNumber: '051/PP.01.02/K.RI-14.08/2026',
      letterDate: today(),
      recipientOrganizationIds: [bkpsdm.id],
    },
  ]);
  forwardingId = forwardings[0]!.id;
  const row = await t.db.query<{ forwarded_at: Date }>(
    'SELECT forwarded_at FROM case_forwardings WHERE id = $1',
    [forwardingId],
  );
  forwardedAt = row.rows[0]!.forwarded_at.getTime();
});
afterAll(() => t.close());

describe('follow-up escalation', () => {
  it('sends nothing before the flag day', async () => {
    await escalation(forwardedAt + FLAG_DAYS * DAY - HOUR).run();
    await escalation(forwardedAt + 3 * DAY).run();
    expect(await outbox()).toEqual([]);
  });

  it('e-mails the receiving HR and the forwarding office’s commissioners once a day, without identities', async () => {
    const day1 = nextLocalMidnight(forwardedAt + FLAG_DAYS * DAY);
    const first = await escalation(day1 + HOUR).run();
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    await escalation(day1 + 5 * HOUR).run();
    const mails = await outbox();
    expect(mails.map((m) => m.to_address).sort()).toEqual([emails.commissioner, emails.hr].sort());
    for (const mail of mails) {
      expect(mail.kind).toBe('case.follow_up_escalated');
      expect(mail.subject).toContain('Eskalasi');
      expect(mail.body_text).toContain('051/PP.01.02/K.RI-14.08/2026');
      expect(mail.body_text).toContain(`http://netra.test/tindak-lanjut/${forwardingId}`);
      expect(mail.body_text).not.toContain(REPORTER_NAME);
      expect(mail.body_text).not.toContain(NIK_WOMAN_1990);
      expect(mail.body_text).not.toContain('Budi Terlapor');
    }
    // Never to the handling staff or to another agency.
    expect(mails.map((m) => m.to_address)).not.toContain(emails.staff);
    expect(mails.map((m) => m.to_address)).not.toContain(emails.otherHr);
    const log = await t.db.query(`SELECT kind, recipients FROM case_reminders WHERE deadline_key = $1`, [
      `followUp:${forwardingId}`,
    ]);
    expect(log.rows).toEqual([{ kind: 'escalated', recipients: 2 }]);

    // The next local day it is sent again, once.
    await escalation(day1 + DAY + HOUR).run();
    await escalation(day1 + DAY + 2 * HOUR).run();
    expect(await outbox()).toHaveLength(4);
  });

  it('stops once the follow-up is recorded', async () => {
    const url = `/api/follow-ups/${forwardingId}`;
    const detail = await t.app.inject({ method: 'GET', url, headers: s.hr.headers });
    const version = detail.json<{ case: { version: number } }>().case.version;
    const recorded = await t.app.inject({
      method: 'POST',
      url: `${url}/decision`,
      headers: s.hr.headers,
      payload: {
        expectedVersion: version,
        decision: 'sanctioned',
        sanctionLevel: 'pp94_sedang_potong_tukin_6',
        decisionLetterNumber: '800/51/BKPSDM',
        decisionLetterDate: today(),
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const before = (await outbox()).length;
    await escalation(nextLocalMidnight(forwardedAt + (FLAG_DAYS + 5) * DAY) + HOUR).run();
    expect(await outbox()).toHaveLength(before);
  });
});
