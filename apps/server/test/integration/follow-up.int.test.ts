import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Follow-up of forwarded cases by the receiving organisation: only its own forwardings, never
// the reporter, the decision through the rules core, the decision document checked on its bytes.
let t: TestApp;
const s: Record<'staff' | 'commissioner' | 'hr' | 'otherHr' | 'police', Session> = {} as never;
const orgs: Record<'bkpsdm' | 'otherAgency' | 'polres', string> = {} as never;
const today = () => new Date().toISOString().slice(0, 10);
type Forwarding = {
  id: string;
  caseId: string;
  kind: string;
  recipient: { id: string };
  followUpOverdue: boolean;
  followUp: { decision: string; sanctionLevel: string | null } | null;
  case?: { version: number; reportedParty: { name: string } | null };
};
type ErrorBody = { error: { code: string; details?: { fields?: { field: string }[] } } };

beforeAll(async () => {
  t = await createTestApp({
    NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    NETRA_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'netra-follow-up-')),
  });
  const bawaslu = await createOrganization(t.db, '14.03');
  orgs.bkpsdm = (await createOrganization(t.db, '14.03', 'bkpsdm')).id;
  orgs.otherAgency = (await createOrganization(t.db, '14.03', 'bkpsdm')).id;
  orgs.polres = (await createOrganization(t.db, '14.03', 'polres')).id;
  const sign = async (orgId: string, role: Parameters<typeof createUser>[2]) =>
    signIn(t.app, (await createUser(t.db, orgId, role)).email);
  s.staff = await sign(bawaslu.id, 'handling_staff');
  s.commissioner = await sign(bawaslu.id, 'commissioner');
  s.hr = await sign(orgs.bkpsdm, 'agency_hr');
  s.otherHr = await sign(orgs.otherAgency, 'agency_hr');
  s.police = await sign(orgs.polres, 'police_liaison');
});
afterAll(() => t.close());

const get = (who: Session, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
const post = (who: Session, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: who.headers, payload });
const forwardToAgency = () =>
  forwardedCase(t, s, '14.03.12', [
    {
      kind: 'asn_neutrality',
      letterNumber: '045/PP.01.02/K.RI-14.03/2026',
      letterDate: today(),
      recommendedSanction: 'Hukuman disiplin sedang',
      recipientOrganizationIds: [orgs.bkpsdm],
    },
  ]);

function pdfUpload(bytes: Buffer, filename = 'keputusan.pdf') {
  const boundary = 'batasUji';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('follow-up of forwarded cases', () => {
  it('shows the receiving agency only its own forwardings, without the reporter', async () => {
    const { caseId, forwardings } = await forwardToAgency();
    expect(forwardings.map((f) => f.recipient.id)).toEqual([orgs.bkpsdm]);
    const forwardingId = forwardings[0]!.id;

    const list = await get(s.hr, '/api/follow-ups?pageSize=200');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: Forwarding[] }>().items.map((i) => i.id)).toContain(forwardingId);

    const detail = await get(s.hr, `/api/follow-ups/${forwardingId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      letterNumber: '045/PP.01.02/K.RI-14.03/2026',
      recommendedSanction: 'Hukuman disiplin sedang',
      case: { reportedParty: { name: 'Budi Terlapor' }, violationKinds: ['asn_neutrality'] },
    });
    for (const body of [list.body, detail.body]) {
      expect(body).not.toContain(REPORTER_NAME);
      expect(body).not.toContain(NIK_WOMAN_1990);
      expect(body).not.toContain('081234567890');
      expect(body).not.toContain('pelapor@test.netra.example');
    }
    const audit = await t.db.query(
      `SELECT fields_read FROM audit_events WHERE action = 'case.forwarding_viewed' AND entity_id = $1`,
      [caseId],
    );
    expect(audit.rows).toEqual([{ fields_read: ['reportedParty'] }]);

    // Another agency in the same regency: not in its list, and 404 on every route.
    const otherList = await get(s.otherHr, '/api/follow-ups?state=all&pageSize=200');
    expect(otherList.json<{ items: Forwarding[] }>().items.map((i) => i.id)).not.toContain(forwardingId);
    expect((await get(s.otherHr, `/api/follow-ups/${forwardingId}`)).json<ErrorBody>().error.code).toBe(
      'follow_up.not_found',
    );
    const refused = await post(s.otherHr, `/api/follow-ups/${forwardingId}/decision`, {
      expectedVersion: 0,
      decision: 'not_sanctioned',
      reason: 'Bukan pegawai kami',
      decisionLetterNumber: '800/1',
      decisionLetterDate: today(),
    });
    expect(refused.statusCode).toBe(404);

    // Agency HR never reads cases as such, and staff do not use the follow-up routes.
    expect((await get(s.hr, `/api/cases/${caseId}`)).statusCode).toBe(403);
    expect((await get(s.hr, `/api/cases/${caseId}/reporter?reason=ingin%20tahu`)).statusCode).toBe(403);
    expect((await get(s.staff, '/api/follow-ups')).statusCode).toBe(403);
  });

  it('records the decision through the core, with field errors first and the document checked on its bytes', async () => {
    const { caseId, forwardings } = await forwardToAgency();
    const url = `/api/follow-ups/${forwardings[0]!.id}`;
    const version = (await get(s.hr, url)).json<Forwarding>().case!.version;

    const bad = await post(s.hr, `${url}/decision`, {
      expectedVersion: version,
      decision: 'sanctioned',
      decisionLetterNumber: '800/123/BKPSDM',
      decisionLetterDate: '2999-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<ErrorBody>()
        .error.details!.fields!.map((f) => f.field)
        .sort(),
    ).toEqual(['decisionLetterDate', 'sanctionLevel']);
    expect((await t.db.query('SELECT status FROM cases WHERE id = $1', [caseId])).rows[0]).toEqual({
      status: 'forwarding',
    });

    const disguised = pdfUpload(Buffer.from('bukan pdf, hanya teks'));
    const refusedUpload = await t.app.inject({
      method: 'POST',
      url: `${url}/document`,
      headers: { ...s.hr.headers, 'content-type': disguised.contentType },
      payload: disguised.payload,
    });
    expect(refusedUpload.statusCode).toBe(415);
    expect(refusedUpload.json<ErrorBody>().error.code).toBe('follow_up.document_type');

    const pdfBytes = Buffer.from('%PDF-1.4\n% Keputusan PPK\n1 0 obj <<>> endobj\n%%EOF\n');
    const real = pdfUpload(pdfBytes);
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `${url}/document`,
      headers: { ...s.hr.headers, 'content-type': real.contentType },
      payload: real.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);

    const good = await post(s.hr, `${url}/decision`, {
      expectedVersion: version,
      decision: 'sanctioned',
      sanctionLevel: 'pp94_sedang_potong_tukin_6',
      decisionLetterNumber: '800/123/BKPSDM',
      decisionLetterDate: today(),
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json<Forwarding>().followUp).toMatchObject({
      decision: 'sanctioned',
      sanctionLevel: 'pp94_sedang_potong_tukin_6',
    });
    const again = await post(s.hr, `${url}/decision`, {
      expectedVersion: version + 1,
      decision: 'sanctioned',
      sanctionLevel: 'pp94_sedang_potong_tukin_6',
      decisionLetterNumber: '800/123/BKPSDM',
      decisionLetterDate: today(),
    });
    expect(again.statusCode).toBe(409);

    // Bawaslu staff see the follow-up on the case page, and download the decision.
    const staffView = await get(s.staff, `/api/cases/${caseId}`);
    const body = staffView.json<{
      status: string;
      state: { dispositions: { outcome?: { result: string; sanction?: { level: string } } }[] };
      forwardings: Forwarding[];
    }>();
    expect(body.status).toBe('follow_up');
    expect(body.state.dispositions[0]!.outcome).toMatchObject({
      result: 'sanctioned',
      sanction: { level: 'pp94_sedang_potong_tukin_6' },
    });
    expect(body.forwardings[0]).toMatchObject({
      followUp: { decision: 'sanctioned' },
      followUpOverdue: false,
    });
    const download = await get(s.staff, `/api/cases/${caseId}/forwardings/${forwardings[0]!.id}/document`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);
    const actions = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [caseId],
    );
    expect(actions.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'case.forwarded',
        'case.follow_up_document_attached',
        'case.follow_up_recorded',
        'case.follow_up_document_downloaded',
      ]),
    );
  });

  it('closes a sanctioned case only after the execution is recorded with its evidence', async () => {
    const { caseId, forwardings } = await forwardToAgency();
    const url = `/api/follow-ups/${forwardings[0]!.id}`;
    const version = () => get(s.hr, url).then((r) => r.json<Forwarding>().case!.version);
    const pdfBytes = Buffer.from('%PDF-1.4\n% Berita acara penyerahan SK\n1 0 obj <<>> endobj\n%%EOF\n');
    const execute = async (payload: object, bytes = pdfBytes) => {
      const boundary = 'batasEksekusi';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="payload"\r\n\r\n${JSON.stringify(payload)}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ba.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'POST',
        url: `${url}/execution`,
        headers: { ...s.hr.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
    };

    // Before any decision there is nothing to execute.
    const tooEarly = await execute({
      expectedVersion: await version(),
      executedOn: today(),
      summary: 'SK diserahkan',
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json<ErrorBody>().error.code).toBe('follow_up.not_sanctioned');

    const decided = await post(s.hr, `${url}/decision`, {
      expectedVersion: await version(),
      decision: 'sanctioned',
      sanctionLevel: 'pp94_sedang_potong_tukin_6',
      decisionLetterNumber: '800/124/BKPSDM',
      decisionLetterDate: today(),
    });
    expect(decided.statusCode, decided.body).toBe(200);

    // Through the generic transition route the execution is refused: it belongs to the recipient,
    // with its evidence.
    const generic = await post(s.staff, `/api/cases/${caseId}/transitions/record_sanction_execution`, {
      expectedVersion: await version(),
      input: { dispositionId: `${caseId}-d1`, executedOn: today(), summary: 'tanpa bukti' },
    });
    expect(generic.statusCode).toBe(409);
    expect(generic.json<ErrorBody>().error.code).toBe('follow_up.execution_needs_evidence');

    const closeStep = async () => {
      const current = await get(s.staff, `/api/cases/${caseId}`);
      return post(s.commissioner, `/api/cases/${caseId}/transitions/close`, {
        expectedVersion: current.json<{ version: number }>().version,
        input: {},
      });
    };
    const notYet = await closeStep();
    expect(notYet.statusCode).toBe(422);
    expect(notYet.body).toContain('close.sanction_not_executed');

    // Field errors, a disguised file and a date before the decree each change nothing.
    const missing = await execute({ expectedVersion: await version(), executedOn: 'kemarin' });
    expect(missing.statusCode).toBe(400);
    expect(
      missing
        .json<ErrorBody>()
        .error.details!.fields!.map((f) => f.field)
        .sort(),
    ).toEqual(['executedOn', 'summary']);
    const disguised = await execute(
      { expectedVersion: await version(), executedOn: today(), summary: 'SK diserahkan' },
      Buffer.from('teks biasa'),
    );
    expect(disguised.statusCode).toBe(415);
    const beforeDecree = await execute({
      expectedVersion: await version(),
      executedOn: '2020-01-01',
      summary: 'SK diserahkan',
    });
    expect(beforeDecree.statusCode).toBe(422);
    expect(beforeDecree.body).toContain('execution.before_decree');
    expect(
      (
        await t.db.query('SELECT execution_recorded_at FROM case_forwardings WHERE id = $1', [
          forwardings[0]!.id,
        ])
      ).rows[0],
    ).toEqual({ execution_recorded_at: null });

    // Another agency's HR cannot record it.
    const foreign = await t.app.inject({
      method: 'POST',
      url: `${url}/execution`,
      headers: s.otherHr.headers,
    });
    expect(foreign.statusCode).not.toBe(200);

    const done = await execute({
      expectedVersion: await version(),
      executedOn: today(),
      summary: 'SK hukuman disiplin diserahkan kepada yang bersangkutan',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(
      done.json<Forwarding & { execution: { executedOn: string; evidence: { mediaType: string } } }>()
        .execution,
    ).toMatchObject({
      executedOn: today(),
      evidence: { mediaType: 'application/pdf' },
    });
    const twice = await execute({
      expectedVersion: await version(),
      executedOn: today(),
      summary: 'lagi lagi',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorBody>().error.code).toBe('follow_up.execution_recorded');

    const evidence = await get(
      s.staff,
      `/api/cases/${caseId}/forwardings/${forwardings[0]!.id}/document?kind=execution`,
    );
    expect(evidence.statusCode).toBe(200);
    expect(evidence.rawPayload.equals(pdfBytes)).toBe(true);

    const closed = await closeStep();
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<{ status: string }>().status).toBe('closed');
    const actions = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [caseId],
    );
    expect(actions.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['case.sanction_executed', 'case.closed']),
    );
  });

  it('sends crimes to the police by default and lets the police liaison record the outcome', async () => {
    const { forwardings } = await forwardedCase(t, s, '14.03.12', [
      { kind: 'criminal', letterNumber: '046/PP.01.02/2026' },
    ]);
    expect(forwardings.map((f) => f.recipient.id)).toContain(orgs.polres);
    const mine = forwardings.find((f) => f.recipient.id === orgs.polres)!;
    expect((await get(s.hr, `/api/follow-ups/${mine.id}`)).statusCode).toBe(404);
    const detail = (await get(s.police, `/api/follow-ups/${mine.id}`)).json<Forwarding>();
    const recorded = await post(s.police, `/api/follow-ups/${mine.id}/decision`, {
      expectedVersion: detail.case!.version,
      decision: 'prosecuted',
      reason: 'Berkas perkara dilimpahkan ke kejaksaan',
      decisionLetterNumber: 'B/12/XI/2026/Reskrim',
      decisionLetterDate: today(),
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
  });

  it('flags a forwarding without follow-up after the configured number of days', async () => {
    const { caseId, forwardings } = await forwardToAgency();
    await t.db.query(
      `UPDATE case_forwardings SET forwarded_at = now() - interval '11 days' WHERE case_id = $1`,
      [caseId],
    );
    const list = (await get(s.hr, '/api/follow-ups?pageSize=200')).json<{ items: Forwarding[] }>();
    expect(list.items.find((i) => i.id === forwardings[0]!.id)!.followUpOverdue).toBe(true);
    const staffView = (await get(s.staff, `/api/cases/${caseId}`)).json<{ forwardings: Forwarding[] }>();
    expect(staffView.forwardings[0]!.followUpOverdue).toBe(true);

    const strict = await createTestApp({ NETRA_FOLLOW_UP_FLAG_DAYS: '30' });
    try {
      const hr = await signIn(strict.app, (await createUser(strict.db, orgs.bkpsdm, 'agency_hr')).email);
      const relaxed = await strict.app.inject({
        method: 'GET',
        url: '/api/follow-ups?pageSize=200',
        headers: hr.headers,
      });
      expect(
        relaxed.json<{ items: Forwarding[] }>().items.find((i) => i.id === forwardings[0]!.id)!
          .followUpOverdue,
      ).toBe(false);
    } finally {
      await strict.close();
    }
  });
});
