import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../helpers/test-app';
import { caseIdOf, submitReport, villageIn } from './cases-helpers';

// The staff work list (issue 4 §11): Indonesian full-text search, region / deadline / agency /
// profile filters, always inside the actor's jurisdiction, and the export with the same filters.
let t: TestApp;
let staff: Session;
const id: Record<'sembako' | 'baliho' | 'other' | 'outside', string> = {} as never;

const OFFICE = '14.05';
const OUTSIDE = '14.04';
let home: string;

async function firstDistrictOf(t: TestApp, parent: string, not: string): Promise<string> {
  const row = await t.db.query<{ code: string }>(
    `SELECT code FROM regions WHERE level = 3 AND code LIKE $1 || '.%' AND code <> $2 ORDER BY code LIMIT 1`,
    [parent, not],
  );
  return row.rows[0]!.code;
}

beforeAll(async () => {
  t = await createTestApp();
  // Regencies no other suite uses, so suites sharing the run's database do not see each other's cases.
  const office = await createOrganization(t.db, OFFICE);
  staff = await signIn(t.app, (await createUser(t.db, office.id, 'handling_staff')).email);
  home = await firstDistrictOf(t, OFFICE, '');
  const homeVillage = await villageIn(t.db, home);
  const elsewhere = await villageIn(t.db, await firstDistrictOf(t, OFFICE, home));
  const submit = async (village: string, overrides: Record<string, unknown>) =>
    caseIdOf(t.db, (await submitReport(t.app, village, overrides)).receiptCode);
  id.sembako = await submit(homeVillage, {
    summary: 'ASN membagikan sembako kepada warga',
    whatHappened: 'Seorang camat terlihat membagikan paket sembako bergambar calon bupati.',
    reportedParty: {
      type: 'asn',
      name: 'Joko Pembagi',
      agency: 'Kantor Camat Siak Kecil',
      position: 'Camat',
    },
  });
  id.baliho = await submit(homeVillage, {
    summary: 'Guru memasang baliho calon',
    whatHappened: 'Guru ASN memasang baliho pasangan calon di pagar sekolah dasar negeri.',
  });
  id.other = await submit(elsewhere, {
    summary: 'ASN berkampanye di media sosial',
    whatHappened: 'Unggahan mendukung calon, disertai ajakan memilih.',
  });
  // Outside the office's jurisdiction, with the same words as the first case.
  id.outside = await submit(await villageIn(t.db, OUTSIDE), {
    summary: 'ASN membagikan sembako kepada warga',
    whatHappened: 'Paket sembako dibagikan di balai desa.',
    reportedParty: {
      type: 'asn',
      name: 'Joko Pembagi',
      agency: 'Kantor Camat Siak Kecil',
      position: 'Camat',
    },
  });
  // Deadlines set directly: one overdue, one due in three days, one in twenty.
  const due = async (caseId: string, sql: string) =>
    t.db.query(`UPDATE cases SET next_due_at = ${sql} WHERE id = $1`, [caseId]);
  await due(id.sembako, `now() - interval '1 day'`);
  await due(id.baliho, `now() + interval '3 days'`);
  await due(id.other, `now() + interval '20 days'`);
  await due(id.outside, `now() - interval '1 day'`);
});
afterAll(() => t.close());

async function listIds(query: string): Promise<string[]> {
  const response = await t.app.inject({ method: 'GET', url: `/api/cases?${query}`, headers: staff.headers });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json<{ items: { id: string }[]; total: number }>();
  expect(body.total).toBe(body.items.length);
  return body.items.map((c) => c.id).sort();
}
const sorted = (...ids: string[]) => [...ids].sort();

describe('case work list search and filters', () => {
  it('without filters lists exactly the jurisdiction', async () => {
    expect(await listIds('')).toEqual(sorted(id.sembako, id.baliho, id.other));
  });

  it('finds a case by a word of its summary, with Indonesian stemming, never outside the jurisdiction', async () => {
    // "bagi" matches "membagikan" and "dibagikan" after stemming; the case outside the jurisdiction has them too.
    expect(await listIds(`q=${encodeURIComponent('bagi sembako')}`)).toEqual([id.sembako]);
    // "kampanye" matches "berkampanye".
    expect(await listIds('q=kampanye')).toEqual([id.other]);
    // Words of the report's what_happened and the reported party's name are searched too.
    expect(await listIds('q=sekolah')).toEqual([id.baliho]);
    expect(await listIds('q=Joko')).toEqual([id.sembako]);
    // Web-search syntax: a phrase and an exclusion.
    expect(await listIds(`q=${encodeURIComponent('calon -baliho -sembako')}`)).toEqual([id.other]);
    expect(await listIds('q=tidakadakatainiapapun')).toEqual([]);
  });

  it('each filter narrows the list', async () => {
    expect(await listIds(`regionCode=${home}`)).toEqual(sorted(id.sembako, id.baliho));
    // A region outside the jurisdiction narrows to nothing rather than widening it.
    expect(await listIds(`regionCode=${OUTSIDE}`)).toEqual([]);
    expect(await listIds('due=overdue')).toEqual([id.sembako]);
    expect(await listIds('due=7')).toEqual([id.baliho]);
    expect(await listIds('due=30')).toEqual(sorted(id.baliho, id.other));
    expect(await listIds('agency=camat%20SIAK')).toEqual([id.sembako]);
    expect(await listIds('agency=pendidikan')).toEqual(sorted(id.baliho, id.other));
    expect(await listIds('agency=100%25')).toEqual([]);
    expect(await listIds('profileId=does-not-exist')).toEqual([]);
    const profile = await t.db.query<{ profile_id: string }>('SELECT profile_id FROM cases WHERE id = $1', [
      id.sembako,
    ]);
    expect(await listIds(`profileId=${profile.rows[0]!.profile_id}`)).toEqual(
      sorted(id.sembako, id.baliho, id.other),
    );
    expect(await listIds(`status=received&regionCode=${home}&due=overdue&q=sembako`)).toEqual([id.sembako]);
  });

  it('keeps pagination with filters', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/cases?regionCode=${OFFICE}&page=2&pageSize=2`,
      headers: staff.headers,
    });
    const body = response.json<{ items: { id: string }[]; total: number; page: number }>();
    expect(body.total).toBe(3);
    expect(body.page).toBe(2);
    expect(body.items).toHaveLength(1);
  });

  it('rejects a malformed filter with 400', async () => {
    for (const q of ['due=soon', 'due=0', 'regionCode=xx', 'kind=semua'])
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/cases?${q}`, headers: staff.headers })).statusCode,
      ).toBe(400);
  });

  it('export honours the same filters and records them in the audit event', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/cases/export?format=csv&q=sembako&due=overdue`,
      headers: staff.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const lines = response.body.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('ASN membagikan sembako kepada warga');
    expect(lines[1]).toContain('Kantor Camat Siak Kecil');
    const byAgency = await t.app.inject({
      method: 'GET',
      url: `/api/cases/export?format=csv&agency=pendidikan&regionCode=${home}`,
      headers: staff.headers,
    });
    const rows = byAgency.body.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Guru memasang baliho calon');
    const audit = await t.db.query<{ after: object }>(
      `SELECT after FROM audit_events WHERE action = 'cases.exported' AND request_id = $1`,
      [response.headers['x-request-id']],
    );
    expect(audit.rows[0]!.after).toEqual({
      format: 'csv',
      status: null,
      kind: null,
      includeReportedName: false,
      q: 'sembako',
      due: 'overdue',
    });
  });
});
