import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../helpers/test-app';
import { appealBody, insertAsn } from './appeals-helpers';

// The appeal journey through the API: draft → submit → return → resubmit → approve → issue (PDF),
// distribution to two agencies, the ASN side (link and code, every refusal), attendance lists,
// coverage, exports and reminders.
let t: TestApp;
const s = {} as Record<'staff' | 'commissioner' | 'viewer' | 'hrA' | 'outsider', Session>;
let agencyA: { id: string; name: string };
let agencyB: { id: string; name: string };
let sekda: { id: string; name: string };
const people: { id: string; nip: string; name: string; agency: 'A' | 'B' }[] = [];
let appealId = '';
let code = '';
type Err = { error: { code: string; message: { id: string; en: string } } };

const req = (
  session: Session | null,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) => t.app.inject({ method, url, payload: payload as object, headers: session?.headers ?? {} });
const anon = async (url: string, payload: unknown) => {
  const csrf = await t.app.inject({ method: 'GET', url: '/api/csrf' });
  const token = csrf.json<{ token: string }>().token;
  return t.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { cookie: `netra_csrf=${token}`, 'x-csrf-token': token, origin: 'http://127.0.0.1:3999' },
  });
};
const targetsOf = async () =>
  (
    await t.db.query<{
      nip: string;
      opened_at: Date | null;
      acknowledged_at: Date | null;
      pledged_at: Date | null;
    }>(
      `SELECT p.nip, t.opened_at, t.acknowledged_at, t.pledged_at FROM appeal_targets t JOIN asn_people p ON p.id = t.asn_id
       WHERE t.appeal_id = $1 ORDER BY p.nip`,
      [appealId],
    )
  ).rows;

/** The personal links from the mail sent to an agency's HR at distribution. */
async function linksFromOutbox(): Promise<Map<string, string>> {
  const mails = await t.db.query<{ body_text: string }>(
    `SELECT body_text FROM mail_outbox WHERE kind = 'appeal.links' ORDER BY created_at`,
  );
  const links = new Map<string, string>();
  for (const m of mails.rows)
    for (const match of m.body_text.matchAll(/- (.+): \S+\/imbauan\/konfirmasi\/([A-Za-z0-9_-]+)/g))
      links.set(match[1]!, match[2]!);
  return links;
}

beforeAll(async () => {
  t = await createTestApp({ NETRA_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'netra-appeals-')) });
  const home = await createOrganization(t.db, '14.03');
  const away = await createOrganization(t.db, '14.06');
  sekda = await createOrganization(t.db, '14.03', 'pemda_sekda');
  agencyA = await createOrganization(t.db, '14.03', 'opd', sekda.id);
  agencyB = await createOrganization(t.db, '14.03', 'opd', sekda.id);
  const sign = async (orgId: string, role: Parameters<typeof createUser>[2]) =>
    signIn(t.app, (await createUser(t.db, orgId, role)).email);
  s.staff = await sign(home.id, 'prevention_staff');
  s.commissioner = await sign(home.id, 'commissioner');
  s.viewer = await sign(home.id, 'viewer');
  s.hrA = await sign(agencyA.id, 'agency_hr');
  s.outsider = await sign(away.id, 'prevention_staff');
  // Registry names as agencies write them, with titles: the pledge name is compared without them.
  for (const [agency, org, region, name] of [
    ['A', agencyA, '14.03.12', 'Hj. Siti Rahmawati, S.Pd., M.Si.'],
    ['A', agencyA, '14.03.12', 'Dr. Ahmad Fauzi'],
    ['A', agencyA, '14.03.01', 'Budi Santoso, S.E.'],
    ['B', agencyB, '14.03.01', 'Muhammad Yusuf Siregar'],
    ['B', agencyB, '14.03.12', 'Nur Aini'],
  ] as const)
    people.push({
      ...(await insertAsn(t.db, { agencyId: org.id, agencyName: org.name, regionCode: region, name })),
      agency,
    });
});
afterAll(() => t.close());

describe('appeal flow', () => {
  it('drafts, validates catalogue references and keeps the body as plain text', async () => {
    const bad = await req(s.staff, 'POST', '/api/appeals', {
      ...appealBody('001/PM.00.02/K.RI-03/11/2026'),
      legalReferenceIds: ['tidak.ada'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Err>().error.code).toBe('appeals.unknown_legal_reference');
    expect((await t.db.query(`SELECT 1 FROM appeals WHERE number LIKE '001/PM%'`)).rowCount).toBe(0);

    const created = await req(s.staff, 'POST', '/api/appeals', {
      ...appealBody('001/PM.00.02/K.RI-03/11/2026'),
      legalReferenceIds: ['skb2022.ethics.1'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<{
      id: string;
      status: string;
      body: string;
      legalReferences: { citation: string }[];
    }>();
    appealId = body.id;
    expect(body.status).toBe('draft');
    expect(body.body).not.toContain('<script>');
    expect(body.legalReferences[0]!.citation).toMatch(/SKB/);

    const taken = await req(s.staff, 'POST', '/api/appeals', appealBody('001/PM.00.02/K.RI-03/11/2026'));
    expect(taken.json<Err>().error.code).toBe('appeals.number_taken');
  });

  it('enforces the flow on the server: roles, order, return with a note, audit', async () => {
    expect((await req(s.staff, 'POST', `/api/appeals/${appealId}/approve`)).statusCode).toBe(403);
    expect(
      (await req(s.commissioner, 'POST', `/api/appeals/${appealId}/approve`)).json<Err>().error.code,
    ).toBe('appeals.invalid_status');
    expect((await req(s.staff, 'POST', `/api/appeals/${appealId}/issue`)).statusCode).toBe(409);
    expect((await req(s.staff, 'POST', `/api/appeals/${appealId}/submit`)).statusCode).toBe(200);
    const returned = await req(s.commissioner, 'POST', `/api/appeals/${appealId}/return`, {
      note: 'Perbaiki perihal',
    });
    expect(returned.json<{ status: string; returnNote: string }>()).toMatchObject({
      status: 'returned',
      returnNote: 'Perbaiki perihal',
    });
    const edited = await req(s.staff, 'PUT', `/api/appeals/${appealId}`, {
      ...appealBody('001/PM.00.02/K.RI-03/11/2026'),
      subject: 'Imbauan Netralitas ASN (perbaikan)',
    });
    expect(edited.statusCode).toBe(200);
    await req(s.staff, 'POST', `/api/appeals/${appealId}/submit`);
    expect(
      (await req(s.commissioner, 'POST', `/api/appeals/${appealId}/approve`)).json<{ status: string }>()
        .status,
    ).toBe('approved');
    expect((await req(s.staff, 'PUT', `/api/appeals/${appealId}`, appealBody('x'))).statusCode).toBe(409);
    const issued = await req(s.staff, 'POST', `/api/appeals/${appealId}/issue`);
    const detail = issued.json<{ status: string; code: string }>();
    expect(detail.status).toBe('issued');
    expect(detail.code).toMatch(/^IMB-[0-9A-Z]{6}$/);
    code = detail.code;
    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_id = $1 AND entity_type = 'appeal' ORDER BY id`,
      [appealId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'appeal.drafted',
      'appeal.submitted',
      'appeal.returned',
      'appeal.updated',
      'appeal.submitted',
      'appeal.approved',
      'appeal.issued',
    ]);
    expect((await req(s.outsider, 'GET', `/api/appeals/${appealId}`)).statusCode).toBe(403);
  });

  it('renders the letter as a PDF with its number, staff and public', async () => {
    for (const url of [`/api/appeals/${appealId}/letter.pdf`, `/api/public/appeals/${appealId}/letter.pdf`]) {
      const pdf = await req(url.includes('public') ? null : s.commissioner, 'GET', url);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The document title (info dictionary, uncompressed) carries the letter number.
      expect(pdf.rawPayload.toString('latin1')).toContain('Imbauan 001/PM.00.02/K.RI-03/11/2026');
    }
    const list = await req(null, 'GET', '/api/public/appeals');
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(appealId);
    const detail = await req(null, 'GET', `/api/public/appeals/${appealId}`);
    expect(detail.body).not.toMatch(/nip|targets|coverage/i);
  });

  it('distributes to the Sekda and two agencies and mails each HR the personal links', async () => {
    const refused = await req(s.staff, 'POST', `/api/appeals/${appealId}/distribution`, {
      agencyOrganizationIds: [(await createOrganization(t.db, '14.06', 'opd')).id],
    });
    expect(refused.json<Err>().error.code).toBe('appeals.invalid_recipient');
    const result = await req(s.staff, 'POST', `/api/appeals/${appealId}/distribution`, {
      organizationIds: [sekda.id],
      agencyOrganizationIds: [agencyA.id, agencyB.id],
      validDays: 30,
      reminderThresholdPercent: 80,
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toMatchObject({ targetsAdded: 5, recipientsAdded: 3, mailed: 1 });
    // Agency B has no HR account: its two links come back once to the distributing staff, audited.
    const shown = result.json<{ linksWithoutContact: { nip: string; link: string }[] }>().linksWithoutContact;
    expect(shown.map((l) => l.nip).sort()).toEqual(
      people
        .filter((p) => p.agency === 'B')
        .map((p) => p.nip)
        .sort(),
    );
    expect(shown[0]!.link).toMatch(/\/imbauan\/konfirmasi\/[A-Za-z0-9_-]{32}$/);
    // Repeating adds nobody twice.
    const again = await req(s.staff, 'POST', `/api/appeals/${appealId}/distribution`, {
      agencyOrganizationIds: [agencyA.id],
    });
    expect(again.json()).toMatchObject({ targetsAdded: 0 });
    expect((await linksFromOutbox()).size).toBe(3);
    const hashes = await t.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM appeal_targets WHERE appeal_id = $1',
      [appealId],
    );
    const links = await linksFromOutbox();
    for (const token of links.values()) expect(hashes.rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('acknowledges through the personal link with the pledge; refuses every bad input without a change', async () => {
    const links = await linksFromOutbox();
    const [first, second] = people.filter((p) => p.agency === 'A');
    const token = links.get(first!.name)!;
    const opened = await anon('/api/public/appeal-acknowledgments/open', { token });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.body).not.toContain(first!.name);
    expect(opened.json<{ recipient: { openedAt: string | null } }>().recipient.openedAt).not.toBeNull();

    const before = await targetsOf();
    const refusals: [string, unknown, string, number][] = [
      ['/api/public/appeal-acknowledgments/open', { token: 'x'.repeat(32) }, 'appeals.link_invalid', 404],
      ['/api/public/appeal-acknowledgments/link', { token, nip: second!.nip }, 'appeals.link_other_nip', 422],
      [
        '/api/public/appeal-acknowledgments/code',
        { code: 'IMB-ZZZZZZ', nip: first!.nip },
        'appeals.wrong_code',
        404,
      ],
      [
        '/api/public/appeal-acknowledgments/code',
        { code, nip: '199001012020121001' },
        'appeals.unknown_nip',
        422,
      ],
      [
        '/api/public/appeal-acknowledgments/link',
        { token, nip: first!.nip, pledge: true },
        'appeals.pledge_name_required',
        400,
      ],
      // The pledge is signed with one's own registry name: a near miss or a colleague's name is refused.
      [
        '/api/public/appeal-acknowledgments/link',
        { token, nip: first!.nip, pledge: true, pledgeName: 'Siti Rahmawani' },
        'appeals.pledge_name_mismatch',
        422,
      ],
      [
        '/api/public/appeal-acknowledgments/link',
        { token, nip: first!.nip, pledge: true, pledgeName: second!.name },
        'appeals.pledge_name_mismatch',
        422,
      ],
    ];
    for (const [url, payload, errorCode, status] of refusals) {
      const response = await anon(url, payload);
      expect(response.statusCode, `${errorCode}: ${response.body}`).toBe(status);
      const error = response.json<Err>().error;
      expect(error.code).toBe(errorCode);
      expect(error.message.id.length).toBeGreaterThan(10);
      expect(error.message.en.length).toBeGreaterThan(10);
    }
    expect(await targetsOf()).toEqual(before);

    // A mismatch is reported on the name field, without revealing the registry name.
    const mismatch = await anon('/api/public/appeal-acknowledgments/code', {
      code,
      nip: first!.nip,
      pledge: true,
      pledgeName: 'Rahmawati Siti Aminah',
    });
    expect(mismatch.statusCode, mismatch.body).toBe(422);
    const mismatchError = mismatch.json<{
      error: { code: string; details: { fields: { field: string; message: string }[] } };
    }>().error;
    expect(mismatchError.code).toBe('appeals.pledge_name_mismatch');
    expect(mismatchError.details.fields.map((f) => f.field)).toEqual(['pledgeName']);
    expect(mismatchError.details.fields[0]!.message).toMatch(/ \/ /);
    expect(mismatch.body).not.toContain(first!.name);
    expect(await targetsOf()).toEqual(before);
    const pledgeNames = await t.db.query(
      'SELECT count(*)::int AS n FROM appeal_targets WHERE appeal_id = $1 AND pledge_name IS NOT NULL',
      [appealId],
    );
    expect(pledgeNames.rows[0]).toEqual({ n: 0 });
    const mismatchAudit = await t.db.query<{ after: unknown }>(
      `SELECT after FROM audit_events WHERE action = 'appeal.acknowledgment_refused'
         AND after->>'reason' = 'appeals.pledge_name_mismatch'`,
    );
    expect(mismatchAudit.rows).toHaveLength(3);
    expect(JSON.stringify(mismatchAudit.rows)).not.toMatch(/Rahmaw|Fauzi/);

    // The same name with other titles, case and spacing is the same signature.
    const done = await anon('/api/public/appeal-acknowledgments/link', {
      token,
      nip: first!.nip,
      pledge: true,
      pledgeName: '  Dra.  siti   RAHMAWATI M.Si ',
    });
    expect(done.statusCode, done.body).toBe(200);
    const afterAck = await targetsOf();
    const mine = afterAck.find((r) => r.nip === first!.nip)!;
    expect(mine.acknowledged_at).not.toBeNull();
    expect(mine.pledged_at).not.toBeNull();
    // What was typed is kept as the signature.
    const signed = await t.db.query<{ pledge_name: string }>(
      'SELECT t.pledge_name FROM appeal_targets t JOIN asn_people p ON p.id = t.asn_id WHERE p.nip = $1',
      [first!.nip],
    );
    expect(signed.rows[0]!.pledge_name).toBe('Dra.  siti   RAHMAWATI M.Si');

    const reused = await anon('/api/public/appeal-acknowledgments/link', { token, nip: first!.nip });
    expect(reused.statusCode).toBe(409);
    expect(reused.json<Err>().error.code).toBe('appeals.already_acknowledged');
    expect(await targetsOf()).toEqual(afterAck);

    // Expired: the link of the second ASN, made to expire.
    const secondToken = links.get(second!.name)!;
    await t.db.query(
      `UPDATE appeal_targets SET token_expires_at = now() - interval '1 minute'
       WHERE asn_id = $1 AND appeal_id = $2`,
      [second!.id, appealId],
    );
    const expired = await anon('/api/public/appeal-acknowledgments/link', {
      token: secondToken,
      nip: second!.nip,
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json<Err>().error.code).toBe('appeals.link_expired');
    expect(await targetsOf()).toEqual(afterAck);
    await t.db.query(
      `UPDATE appeal_targets SET token_expires_at = now() + interval '30 days' WHERE asn_id = $1`,
      [second!.id],
    );

    const refusedAudit = await t.db.query<{ after: { reason: string } }>(
      `SELECT after FROM audit_events WHERE action = 'appeal.acknowledgment_refused' ORDER BY id`,
    );
    expect(refusedAudit.rows.map((r) => r.after.reason)).toContain('appeals.link_other_nip');
    expect(JSON.stringify(refusedAudit.rows)).not.toContain(second!.nip);
  });

  it('acknowledges with the appeal code and NIP', async () => {
    const b = people.find((p) => p.agency === 'B')!;
    const response = await anon('/api/public/appeal-acknowledgments/code', {
      code: code.toLowerCase(),
      nip: b.nip,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await targetsOf()).find((r) => r.nip === b.nip)!.acknowledged_at).not.toBeNull();
  });
});

describe('attendance list by agency HR', () => {
  const csv = (rows: string[]) => Buffer.from(['No;NIP;Nama', ...rows].join('\n'));
  const multipart = (list: Buffer, listName: string, scan: Buffer | null) => {
    const boundary = 'batasDaftarHadir';
    const part = (name: string, filename: string, type: string, bytes: Buffer) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
        ),
        bytes,
        Buffer.from('\r\n'),
      ]);
    return {
      payload: Buffer.concat([
        part('list', listName, 'text/csv', list),
        ...(scan ? [part('scan', 'ttd.pdf', 'application/pdf', scan)] : []),
        Buffer.from(`--${boundary}--\r\n`),
      ]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
  };
  const upload = (session: Session, body: ReturnType<typeof multipart>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/appeals/${appealId}/attendance`,
      payload: body.payload,
      headers: { ...session.headers, ...body.headers },
    });

  it('applies good rows and reports each bad row with row, column and reason', async () => {
    const [a1, a2, a3] = people.filter((p) => p.agency === 'A');
    const b2 = people.filter((p) => p.agency === 'B')[1]!;
    const scan = Buffer.from('%PDF-1.4\n% daftar hadir bertanda tangan\n');
    expect((await upload(s.hrA, multipart(csv([`1;${a2!.nip};x`]), 'a.csv', null))).statusCode).toBe(400);
    const response = await upload(
      s.hrA,
      multipart(
        csv([
          `1;${a2!.nip};A2`,
          `2;${a3!.nip};A3`,
          '3;12345;Salah',
          `4;${b2.nip};Instansi lain`,
          `5;${a2!.nip};Ganda`,
          `6;${a1!.nip};Sudah`,
          '7;;Kosong',
        ]),
        'daftar.csv',
        scan,
      ),
    );
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<{
      applied: number;
      alreadyAcknowledged: number;
      errors: { row: number; column: string; code: string }[];
    }>();
    expect(result.applied).toBe(2);
    expect(result.alreadyAcknowledged).toBe(1);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'NIP', 'invalid_nip'],
      [4, 'NIP', 'not_targeted'],
      [5, 'NIP', 'duplicate'],
      [7, 'NIP', 'required'],
    ]);
    const rows = await targetsOf();
    expect(rows.find((r) => r.nip === b2.nip)!.acknowledged_at).toBeNull();
    expect(rows.find((r) => r.nip === a3!.nip)!.acknowledged_at).not.toBeNull();
    // Outside their role: prevention staff and viewers may not upload for an agency.
    expect((await upload(s.viewer, multipart(csv([]), 'a.csv', scan))).statusCode).toBe(403);
  });

  it('reads an XLSX attendance list', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hadir');
    sheet.addRow(['No', 'NIP']);
    sheet.addRow([1, 'bukan-nip']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(s.hrA, multipart(buffer, 'daftar.xlsx', Buffer.from('%PDF-1.4\n%x\n')));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ errors: { row: number; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ row: 2, code: 'invalid_nip' }),
    ]);
  });
});

describe('coverage, exports and reminders', () => {
  it('counts per agency and per region, paginated', async () => {
    const byAgency = await req(
      s.commissioner,
      'GET',
      `/api/appeals/${appealId}/coverage?by=agency&pageSize=1`,
    );
    const body = byAgency.json<{ total: number; items: unknown[]; totals: Record<string, number> }>();
    expect(body.total).toBe(2);
    expect(body.items).toHaveLength(1);
    expect(body.totals).toMatchObject({ sent: 5, acknowledged: 4, pledged: 1, acknowledgedPercent: 80 });
    const byRegion = await req(s.commissioner, 'GET', `/api/appeals/${appealId}/coverage?by=region`);
    expect(byRegion.json<{ total: number }>().total).toBe(2);
  });

  it('exports coverage as XLSX and CSV with the expected rows, and per ASN only for managers', async () => {
    const xlsx = await req(s.commissioner, 'GET', `/api/appeals/${appealId}/coverage.xlsx?by=agency`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.getWorksheet('Cakupan')!.getSheetValues().filter(Boolean) as unknown[][];
    const values = rows.map((r) => r.slice(1));
    expect(values[1]).toEqual([
      'Instansi',
      'Terkirim',
      'Dibuka',
      'Dibuka (%)',
      'Dikonfirmasi',
      'Dikonfirmasi (%)',
      'Pakta integritas',
      'Pakta integritas (%)',
    ]);
    const names = [agencyA.name, agencyB.name].sort();
    expect(
      values
        .slice(2, 4)
        .map((r) => r[0])
        .sort(),
    ).toEqual(names);
    const rowA = values.find((r) => r[0] === agencyA.name)!;
    expect(rowA.slice(1, 8)).toEqual([3, 3, 100, 3, 100, 1, 33.3]);
    expect(values[4]).toEqual(['Jumlah', 5, 4, 80, 4, 80, 1, 20]);
    expect(xlsx.body).not.toContain(people[0]!.nip);

    const csv = await req(s.commissioner, 'GET', `/api/appeals/${appealId}/coverage.csv?by=region`);
    expect(csv.body.split('\r\n')[0]).toContain('Wilayah,Terkirim');

    expect((await req(s.commissioner, 'GET', `/api/appeals/${appealId}/targets.xlsx`)).statusCode).toBe(403);
    const perAsn = await req(s.staff, 'GET', `/api/appeals/${appealId}/targets.xlsx`);
    expect(perAsn.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(perAsn.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(6);
    const audit = await t.db.query(
      `SELECT fields_read FROM audit_events WHERE action = 'appeal.targets_exported' AND entity_id = $1`,
      [appealId],
    );
    expect(audit.rowCount).toBe(1);
  });

  it('reminds agencies below the threshold once a day, by hand or by the job', async () => {
    // Other test files share the database and leave issued appeals behind: let the job remind
    // them first (once a day; this appeal's threshold at 0 % keeps it out), so that the counts
    // below are this appeal's alone.
    await t.db.query('UPDATE appeals SET reminder_threshold_percent = 0 WHERE id = $1', [appealId]);
    await t.services.appealDistribution.remindAll();
    await t.db.query('UPDATE appeals SET reminder_threshold_percent = 90 WHERE id = $1', [appealId]);
    const first = await req(s.staff, 'POST', `/api/appeals/${appealId}/reminders`);
    expect(first.statusCode, first.body).toBe(200);
    // Agency A is at 100 %, agency B at 50 %: only B is reminded; B has no HR user, so no e-mail.
    expect(first.json()).toMatchObject({
      agenciesReminded: 1,
      reminders: [{ agencyId: agencyB.id, recipients: 0 }],
    });
    const again = await t.services.appealDistribution.remindAll();
    expect(again.agenciesReminded).toBe(0);
    await t.db.query('UPDATE appeals SET reminder_threshold_percent = 100 WHERE id = $1', [appealId]);
    const mailsBefore = await t.db.query(`SELECT 1 FROM mail_outbox WHERE kind = 'appeal.reminder'`);
    await t.db.query(
      `UPDATE appeal_targets SET acknowledged_at = NULL WHERE appeal_id = $1 AND agency_organization_id = $2 AND pledged_at IS NULL AND acknowledged_via = 'attendance'`,
      [appealId, agencyA.id],
    );
    expect((await t.services.appealDistribution.remindAll()).agenciesReminded).toBe(1);
    const mailsAfter = await t.db.query<{ to_address: string }>(
      `SELECT to_address FROM mail_outbox WHERE kind = 'appeal.reminder'`,
    );
    expect(mailsAfter.rowCount).toBe((mailsBefore.rowCount ?? 0) + 1);
  });
});
