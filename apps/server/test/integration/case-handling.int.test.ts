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
import { NIK_WOMAN_1990, REPORTER_NAME, caseIdOf, submitReport, submitTip, villageIn } from './cases-helpers';

// Staff handling: the state machine of the rules core driven through the API, jurisdiction,
// optimistic concurrency, the audited reporter reveal and the public announcement.
let t: TestApp;
let village: string;
const s: Record<'staff' | 'commissioner' | 'viewer' | 'outsider' | 'supervisor', Session> = {} as never;

type CaseBody = {
  status: string;
  version: number;
  registerNumber: string | null;
  availableTransitions: string[];
  state: { dispositions: { id: string; kind: string; target: string }[] };
  deadlines: { key: string; status: string; timeLeftMs: number | null }[];
};
type ErrorBody = { error: { code: string; details?: { reason?: string; reasons?: { code: string }[] } } };

beforeAll(async () => {
  t = await createTestApp({ NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
  village = await villageIn(t.db, '14.03.12');
  const home = await createOrganization(t.db, '14.03');
  const away = await createOrganization(t.db, '14.06');
  // A default recipient covering the region, as other files create in the shared database.
  await createOrganization(t.db, '14.03', 'bkpsdm');
  const pkd = await createOrganization(t.db, village, 'pkd');
  const sign = async (orgId: string, role: Parameters<typeof createUser>[2]) =>
    signIn(t.app, (await createUser(t.db, orgId, role)).email);
  s.staff = await sign(home.id, 'handling_staff');
  s.commissioner = await sign(home.id, 'commissioner');
  s.viewer = await sign(home.id, 'viewer');
  s.outsider = await sign(away.id, 'handling_staff');
  s.supervisor = await sign(pkd.id, 'field_supervisor');
});
afterAll(() => t.close());

async function step(who: Session, caseId: string, name: string, expectedVersion: number, input = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/transitions/${name}`,
    headers: who.headers,
    payload: { expectedVersion, input },
  });
}
const getCase = async (who: Session, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: who.headers });

async function walk(who: Session, id: string, name: string, input: object = {}): Promise<CaseBody> {
  const current = (await getCase(who, id)).json<CaseBody>();
  const response = await step(who, id, name, current.version, input);
  expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
  return response.json<CaseBody>();
}

describe('case handling', () => {
  it('walks a report from receipt to closure with the profile’s register number', async () => {
    const receipt = await submitReport(t.app, village);
    const id = await caseIdOf(t.db, receipt.receiptCode);
    const fresh = (await getCase(s.staff, id)).json<CaseBody>();
    expect(fresh.status).toBe('received');
    expect(fresh.availableTransitions).toEqual(['start_initial_study']);
    expect(JSON.stringify(fresh)).not.toContain(NIK_WOMAN_1990);

    let c = await walk(s.staff, id, 'start_initial_study');
    expect(c.deadlines).toEqual([expect.objectContaining({ key: 'initialStudy', status: 'running' })]);
    expect(c.deadlines[0]!.timeLeftMs).toBeGreaterThan(0);
    c = await walk(s.staff, id, 'register', {
      formal: { identity: true, reportedParty: true, inTime: true },
      material: { timePlace: true, description: true, evidence: true },
    });
    expect(c.status).toBe('registered');
    expect(c.registerNumber).toMatch(/^\d{2}\/Reg\/PL\/PB\/Kab\/14\.03\/[IVX]+\/\d{4}$/);
    await walk(s.staff, id, 'start_clarification', { parties: ['reporter', 'reported', 'witness'] });
    await walk(s.staff, id, 'record_clarification', {
      statements: [
        { party: 'reporter', attended: true },
        { party: 'reported', attended: true },
      ],
    });
    await walk(s.staff, id, 'submit_study', {
      conclusion: 'violation',
      catalogueEntryIds: ['skb2022.ethics.1'],
      analysis: 'Terlapor hadir dan berorasi dalam kampanye.',
    });
    c = await walk(s.commissioner, id, 'decide_violation', {
      membersPresent: 4,
      membersTotal: 5,
      violationKinds: ['asn_neutrality'],
    });
    expect(c.status).toBe('violation');
    // No receiving organisation in Netra (other test files may have created BKN/BKPSDM ones for
    // this region in the shared database): staff then record the outcome and execution themselves.
    c = await walk(s.staff, id, 'forward', {
      dispositions: [{ kind: 'asn_neutrality', letterNumber: '12/PP/2026', recipientOrganizationIds: [] }],
    });
    expect(c.state.dispositions).toEqual([
      expect.objectContaining({ kind: 'asn_neutrality', target: 'BKN' }),
    ]);
    const dispositionId = c.state.dispositions[0]!.id;
    c = await walk(s.staff, id, 'record_follow_up', {
      dispositionId,
      result: 'sanctioned',
      summary: 'PPK menjatuhkan sanksi moral',
      sanction: { kind: 'moral', level: 'pernyataan terbuka' },
    });
    // Without a receiving organisation in Netra, staff record the execution themselves too.
    const early = await step(s.staff, id, 'close', c.version, { note: 'Selesai' });
    expect(early.statusCode).toBe(422);
    expect(early.body).toContain('close.sanction_not_executed');
    c = await walk(s.staff, id, 'record_sanction_execution', {
      dispositionId,
      executedOn: new Date().toISOString().slice(0, 10),
      summary: 'Pernyataan terbuka dibacakan di apel pagi',
    });
    c = await walk(s.staff, id, 'close', { note: 'Selesai' });
    expect(c.status).toBe('closed');

    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'case.%' ORDER BY id`,
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toContain('case.registered');

    const status = await t.app.inject({
      method: 'GET',
      url: `/api/public/reports/${receipt.receiptCode}/status`,
      headers: { 'x-tracking-secret': receipt.trackingSecret },
    });
    expect(status.json<{ status: string; history: unknown[] }>()).toMatchObject({ status: 'closed' });

    const announcements = await t.app.inject({
      method: 'GET',
      url: '/api/public/announcements?pageSize=200',
    });
    expect(announcements.body).toContain(c.registerNumber!);
    expect(announcements.body).not.toContain(REPORTER_NAME);
    expect(announcements.body).not.toContain(NIK_WOMAN_1990);
  });

  it('refuses a transition by role, state or precondition, and changes nothing', async () => {
    const id = await caseIdOf(t.db, (await submitReport(t.app, village)).receiptCode);
    await walk(s.staff, id, 'start_initial_study');
    const before = await t.db.query('SELECT state, version, status FROM cases WHERE id = $1', [id]);

    const wrongState = await step(s.staff, id, 'start_clarification', 1, { parties: ['reporter'] });
    expect(wrongState.statusCode).toBe(422);
    expect(wrongState.json<ErrorBody>().error.details!.reason).toBe('case.wrong_state');

    const unchecked = await step(s.staff, id, 'register', 1, {
      formal: { identity: false },
      material: { a: true },
    });
    expect(unchecked.statusCode).toBe(422);
    const details = unchecked.json<ErrorBody>().error.details!;
    expect(details.reason).toBe('case.precondition_failed');
    expect(details.reasons!.map((r) => r.code)).toEqual(['checklist.formal_incomplete']);

    const viewer = await step(s.viewer, id, 'register', 1, { formal: { a: true }, material: { a: true } });
    expect(viewer.statusCode).toBe(403);

    const after = await t.db.query('SELECT state, version, status FROM cases WHERE id = $1', [id]);
    expect(after.rows).toEqual(before.rows);
    const seq = await t.db.query(
      'SELECT count(*)::int AS n FROM cases WHERE id = $1 AND register_number IS NOT NULL',
      [id],
    );
    expect(seq.rows[0]).toEqual({ n: 0 });
  });

  it('records a late report, flags it with the clock’s explanation, and refuses to register it', async () => {
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const receipt = await submitReport(t.app, village, { occurredOn: daysAgo(13), knownOn: daysAgo(12) });
    const id = await caseIdOf(t.db, receipt.receiptCode);
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/public/reports/${receipt.receiptCode}/status`,
      headers: { 'x-tracking-secret': receipt.trackingSecret },
    });
    expect(status.json()).toMatchObject({
      status: 'received',
      withinReportWindow: false,
      reportWindowExplanation: { id: expect.any(String) as string, en: expect.any(String) as string },
    });
    await walk(s.staff, id, 'start_initial_study');
    const refused = await step(s.staff, id, 'register', 1, { formal: { a: true }, material: { a: true } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().error.details!.reasons!.map((r) => r.code)).toEqual([
      'report.outside_window',
    ]);
    const declined = await walk(s.staff, id, 'decline_registration', { reasons: ['Melewati 7 hari'] });
    expect(declined.status).toBe('not_registered');
  });

  it('refuses a commissioner-only step to staff with the core’s reason', async () => {
    const id = await caseIdOf(t.db, (await submitReport(t.app, village)).receiptCode);
    await walk(s.staff, id, 'start_initial_study');
    await walk(s.staff, id, 'register', { formal: { a: true }, material: { a: true } });
    const response = await step(s.staff, id, 'extend_decision', 2, { reason: 'Butuh keterangan ahli' });
    expect(response.statusCode).toBe(422);
    expect(response.json<ErrorBody>().error.details!.reason).toBe('case.role_not_allowed');
  });

  it('answers 409 to a stale version', async () => {
    const id = await caseIdOf(t.db, (await submitReport(t.app, village)).receiptCode);
    expect((await step(s.staff, id, 'start_initial_study', 0)).statusCode).toBe(200);
    const stale = await step(s.commissioner, id, 'decline_registration', 0, {
      reasons: ['Bukan pelanggaran'],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.code).toBe('cases.version_conflict');
  });

  it('reveals the reporter only to roles that need it, and audits the fields read', async () => {
    const id = await caseIdOf(t.db, (await submitReport(t.app, village)).receiptCode);
    const url = `/api/cases/${id}/reporter?reason=${encodeURIComponent('Undangan klarifikasi')}`;
    const staff = await t.app.inject({ method: 'GET', url, headers: s.staff.headers });
    expect(staff.statusCode).toBe(200);
    expect(staff.json()).toMatchObject({ name: REPORTER_NAME, nik: NIK_WOMAN_1990 });
    const audit = await t.db.query(
      `SELECT fields_read, after FROM audit_events WHERE action = 'case.reporter_revealed' AND request_id = $1`,
      [staff.headers['x-request-id']],
    );
    expect(audit.rows).toEqual([
      {
        fields_read: ['name', 'nik', 'address', 'phone', 'email'],
        after: { reason: 'Undangan klarifikasi' },
      },
    ]);
    for (const who of [s.viewer, s.outsider, s.supervisor]) {
      const denied = await t.app.inject({ method: 'GET', url, headers: who.headers });
      expect(denied.statusCode).toBe(403);
      expect(denied.body).not.toContain(NIK_WOMAN_1990);
    }
    expect((await getCase(s.outsider, id)).statusCode).toBe(403);
  });

  it('lists cases by urgency within the jurisdiction only', async () => {
    const id = await caseIdOf(t.db, (await submitReport(t.app, village)).receiptCode);
    await walk(s.staff, id, 'start_initial_study');
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/cases?pageSize=200',
      headers: s.staff.headers,
    });
    const items = mine.json<{ items: { id: string; nextDueAt: string | null }[] }>().items;
    expect(items.map((i) => i.id)).toContain(id);
    const due = items.map((i) => i.nextDueAt).filter((d): d is string => d !== null);
    expect(due).toEqual([...due].sort());
    expect(mine.body).not.toContain(NIK_WOMAN_1990);
    const theirs = await t.app.inject({
      method: 'GET',
      url: '/api/cases?pageSize=200',
      headers: s.outsider.headers,
    });
    expect(theirs.body).not.toContain(id);
  });

  it('turns a Form A result and a tip into findings', async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/supervision-results',
      headers: s.supervisor.headers,
      payload: {
        regionCode: village,
        officerPosition: 'PKD',
        assignmentLetterNumber: '01/ST/PKD/XI/2026',
        stageSupervised: 'Kampanye',
        supervised: 'Kampanye terbuka di lapangan desa',
        narrative: 'Seorang kepala sekolah ASN memakai atribut pasangan calon.',
        supervisedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        suspectedViolation: true,
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const resultId = filed.json<{ id: string }>().id;
    const promote = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/supervision-results/${resultId}/promote`,
        headers: s.staff.headers,
        payload: { plenaryHeldOn: new Date().toISOString().slice(0, 10) },
      });
    const promoted = await promote();
    expect(promoted.statusCode, promoted.body).toBe(201);
    const finding = (await getCase(s.staff, promoted.json<{ caseId: string }>().caseId)).json<{
      kind: string;
      status: string;
    }>();
    expect(finding).toMatchObject({ kind: 'temuan', status: 'received' });
    expect((await promote()).statusCode).toBe(409);

    const tip = await submitTip(t.app, '14.03.12');
    const tipRow = await t.db.query<{ id: string }>('SELECT id FROM tips WHERE receipt_code = $1', [
      tip.receiptCode,
    ]);
    const raised = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tipRow.rows[0]!.id}/finding`,
      headers: s.staff.headers,
      payload: { foundOn: new Date().toISOString().slice(0, 10), note: 'Penelusuran menemukan unggahan ASN' },
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/public/tips/${tip.receiptCode}/status`,
      headers: { 'x-tracking-secret': tip.trackingSecret },
    });
    expect(status.json()).toMatchObject({ status: 'finding_raised' });
  });
});
