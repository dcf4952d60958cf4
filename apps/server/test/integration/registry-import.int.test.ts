import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createTestApp, type TestApp } from '../helpers/test-app';
import { fileUpload, nip, sessionAs } from './registry-helpers';

type Run = { id: string; status: string; processedRows: number };
type Search = { items: { nip: string; asnType: string }[]; total: number };
type Err = { error: { code: string } };

let t: TestApp;
let manager: Awaited<ReturnType<typeof sessionAs>>;
let kecamatan: string;
let agency: string;
// Letters only: name normalisation drops digits.
const unique = randomUUID()
  .replace(/[^a-f]/g, '')
  .slice(0, 6)
  .padEnd(4, 'x');

beforeAll(async () => {
  t = await createTestApp();
  manager = await sessionAs(t, 'commissioner', '14.03');
  kecamatan = (await t.db.query<{ name: string }>(`SELECT name FROM regions WHERE code = '14.03.12'`))
    .rows[0]!.name;
  agency = `Dinas Pendidikan Uji ${unique}`;
  await createOrganization(t.db, '14.03', 'opd').then((o) =>
    t.db.query('UPDATE organizations SET name = $2 WHERE id = $1', [o.id, agency]),
  );
});
afterAll(async () => t?.close());

const good = [
  nip('1985-03-12', '2010-01', 1, 1),
  nip('1990-07-01', '2015-03', 2, 2),
  nip('1979-11-30', '2005-02', 1, 3),
];

function registryCsv(rows: string[][]): Buffer {
  const header =
    'NIP;Nama;Jenis ASN;OPD;Unit Kerja;Jabatan;Pangkat/Golongan;Kecamatan;Jenis Kelamin;Akun Media Sosial';
  return Buffer.from(`\ufeff${[header, ...rows.map((r) => r.join(';'))].join('\r\n')}\r\n`);
}

const csvRows = () => [
  [
    good[0]!,
    `Drs. H. Ahmad Fauzi ${unique}, M.Si.`,
    'PNS',
    agency,
    'SMPN 1',
    'Guru',
    'Penata / III-c',
    kecamatan,
    'L',
    `instagram:@ahmad_${unique}`,
  ],
  [
    good[1]!,
    `Siti Aminah ${unique}, S.Pd.`,
    'PPPK',
    agency,
    'SDN 2',
    'Guru',
    'IX',
    kecamatan,
    'Perempuan',
    '',
  ],
  ['19850312201001100', 'Tanpa NIP Benar', 'PNS', agency, '', '', '', kecamatan, 'L', ''], // 17 digits
  [good[2]!, `Budi ${unique}`, 'Honorer', agency, '', '', '', kecamatan, 'L', ''], // not an ASN type
  [nip('1988-02-30', '2012-01', 1, 4), 'Tanggal Salah', 'PNS', agency, '', '', '', kecamatan, 'L', ''], // 30 Feb
  [nip('1986-05-05', '2011-01', 1, 5), 'Kelamin Salah', 'PNS', agency, '', '', '', kecamatan, 'P', ''], // digit 15 says male
  [
    nip('1987-06-06', '2013-01', 2, 6),
    'Wilayah Salah',
    'PNS',
    agency,
    '',
    '',
    '',
    'Kecamatan Tidak Ada',
    'P',
    '',
  ],
];

async function upload(bytes: Buffer, name: string, regionCode = '14.03') {
  const body = fileUpload(bytes, name);
  return t.app.inject({
    method: 'POST',
    url: `/api/registry/imports?regionCode=${regionCode}`,
    headers: { ...manager.headers, ...body.headers },
    payload: body.payload,
  });
}

describe('registry import (CSV and XLSX)', () => {
  let firstImportId: string;

  it('imports the good rows of a CSV and reports each bad row with row, column and reason', async () => {
    const res = await upload(registryCsv(csvRows()), 'registri.csv');
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<Run>();
    firstImportId = run.id;
    const errors = (
      await t.app.inject({ url: `/api/registry/imports/${run.id}/errors`, headers: manager.headers })
    ).json<{ rowNumber: number; columnName: string; code: string; messageId: string; messageEn: string }[]>();
    expect(run, JSON.stringify(errors)).toMatchObject({
      status: 'done',
      processedRows: 7,
      insertedRows: 2,
      rejectedRows: 5,
    });
    const byRow = new Map(errors.map((e) => [e.rowNumber, e]));
    expect(byRow.get(3)).toMatchObject({ columnName: 'NIP', messageEn: 'The NIP must consist of 18 digits' });
    expect(byRow.get(4)).toMatchObject({
      columnName: 'Jenis ASN',
      messageId: 'Jenis ASN harus PNS atau PPPK',
    });
    expect(byRow.get(5)?.messageEn).toMatch(/birth date in the NIP/);
    expect(byRow.get(6)).toMatchObject({ columnName: 'Jenis Kelamin', code: 'gender_mismatch' });
    expect(byRow.get(7)).toMatchObject({ columnName: 'Kecamatan', code: 'region_invalid' });
    const people = await t.db.query<{
      nip: string;
      name_key: string;
      region_code: string;
      agency_organization_id: string | null;
    }>(
      `SELECT nip, name_key, region_code, agency_organization_id, gender FROM asn_people WHERE nip = ANY($1) ORDER BY nip`,
      [good],
    );
    expect(people.rows).toHaveLength(2);
    const ahmad = people.rows.find((r) => r.nip === good[0])!;
    expect(ahmad.name_key).toBe(`ahmad fauzi ${unique}`);
    expect(ahmad.region_code).toBe('14.03.12');
    expect(ahmad.agency_organization_id).not.toBeNull();
    const accounts = await t.db.query<{ platform: string; handle: string; source: string }>(
      `SELECT a.platform, a.handle, a.source FROM asn_accounts a JOIN asn_people p ON p.id = a.asn_id WHERE p.nip = $1`,
      [good[0]],
    );
    expect(accounts.rows).toEqual([{ platform: 'instagram', handle: `ahmad_${unique}`, source: 'registry' }]);
  });

  it('offers the error report as CSV with Indonesian and English reasons', async () => {
    const res = await t.app.inject({
      url: `/api/registry/imports/${firstImportId}/errors.csv`,
      headers: manager.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const rows = parse<Record<string, string>>(res.body, { bom: true, columns: true });
    expect(rows.length).toBe(5);
    expect(rows[0]).toMatchObject({ baris: '3', kolom: 'NIP', alasan: 'NIP harus terdiri dari 18 angka' });
  });

  it('re-importing the same file changes nothing; a changed row is updated, never duplicated', async () => {
    const again = (await upload(registryCsv(csvRows()), 'registri.csv')).json<Run>();
    expect(again).toMatchObject({ insertedRows: 0, updatedRows: 0, unchangedRows: 2, rejectedRows: 5 });
    const changed = csvRows();
    changed[1]![5] = 'Kepala Sekolah';
    const third = (await upload(registryCsv(changed), 'registri-2.csv')).json<Run>();
    expect(third).toMatchObject({ insertedRows: 0, updatedRows: 1, unchangedRows: 1 });
    const count = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM asn_people WHERE nip = ANY($1)`,
      [good],
    );
    expect(count.rows[0]!.n).toBe(2);
    const pos = await t.db.query<{ position: string }>(`SELECT position FROM asn_people WHERE nip = $1`, [
      good[1],
    ]);
    expect(pos.rows[0]!.position).toBe('Kepala Sekolah');
  });

  it('imports an XLSX workbook (streamed) and flags a NIP stored as a number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data ASN');
    ws.addRow(['NIP', 'Nama', 'Status', 'Instansi', 'Jabatan', 'Pangkat', 'Kode Wilayah']);
    const x1 = nip('1992-01-15', '2019-04', 2, 11);
    const x2 = nip('1980-09-09', '2008-12', 1, 12);
    ws.addRow([x1, `Nur Hasanah ${unique}, S.E.`, 'PPPK', 'Dinas Kesehatan', 'Perawat', 'VII', '14.03.12']);
    ws.addRow([x2, `Rahmat Hidayat ${unique}`, 'PNS', 'Dinas Kesehatan', 'Analis', 'III/b', '14.03']);
    ws.addRow([198001012005011000, 'Angka Rusak', 'PNS', 'Dinas Kesehatan', '', '', '14.03']);
    ws.addRow([
      nip('1981-01-01', '2006-01', 1, 13),
      'Di Luar Wilayah',
      'PNS',
      'Dinas Kesehatan',
      '',
      '',
      '14.06',
    ]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(bytes, 'registri.xlsx');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Run>()).toMatchObject({ processedRows: 4, insertedRows: 2, rejectedRows: 2 });
    const errors = (
      await t.app.inject({
        url: `/api/registry/imports/${res.json<Run>().id}/errors`,
        headers: manager.headers,
      })
    ).json<{ rowNumber: number; columnName: string; code: string }[]>();
    // Spreadsheet row numbers as the user sees them (header is row 1).
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rowNumber: 4, columnName: 'NIP', code: 'nip_as_number' }),
        expect.objectContaining({ rowNumber: 5, columnName: 'Kode Wilayah', code: 'region_invalid' }),
      ]),
    );
  });

  it('refuses a file without the required columns, naming them', async () => {
    const res = await upload(Buffer.from('Nama,Jabatan\nA,B\n'), 'salah.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json<Err>().error.code).toBe('registry.missing_columns');
  });
});

describe('registry search, record and audited accounts', () => {
  it('finds by name without titles (trigram), by NIP prefix and by agency', async () => {
    const byName = await t.app.inject({
      url: `/api/registry/asn?q=${encodeURIComponent(`H. Ahmad Fauzi ${unique}`)}`,
      headers: manager.headers,
    });
    expect(byName.json<Search>().items[0]).toMatchObject({ nip: good[0], asnType: 'PNS' });
    const byNip = await t.app.inject({
      url: `/api/registry/asn?q=${good[1]!.slice(0, 12)}`,
      headers: manager.headers,
    });
    expect(byNip.json<Search>().items.map((i) => i.nip)).toContain(good[1]);
    const byAgency = await t.app.inject({
      url: `/api/registry/asn?agency=${encodeURIComponent(agency)}&pageSize=10`,
      headers: manager.headers,
    });
    expect(byAgency.json<Search>().total).toBe(2);
  });

  it('audits every view of linked accounts; agency HR and outside supervisors see nothing', async () => {
    const id = (await t.db.query<{ id: string }>(`SELECT id FROM asn_people WHERE nip = $1`, [good[0]]))
      .rows[0]!.id;
    const supervisor = await sessionAs(t, 'field_supervisor', '14.03.12');
    const res = await t.app.inject({ url: `/api/registry/asn/${id}/accounts`, headers: supervisor.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ platform: string; handle: string }[]>()[0]).toMatchObject({
      platform: 'instagram',
      handle: `ahmad_${unique}`,
    });
    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'asn.accounts_viewed' AND entity_id = $1 AND actor_user_id = $2`,
      [id, supervisor.userId],
    );
    expect(audit.rows[0]!.n).toBe(1);
    const hr = await sessionAs(t, 'agency_hr', '14.03');
    expect(
      (await t.app.inject({ url: `/api/registry/asn/${id}/accounts`, headers: hr.headers })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: `/api/registry/asn?q=ahmad`, headers: hr.headers })).statusCode).toBe(
      403,
    );
    const outside = await sessionAs(t, 'field_supervisor', '14.06');
    expect(
      (await t.app.inject({ url: `/api/registry/asn/${id}`, headers: outside.headers })).statusCode,
    ).toBe(403);
    const list = await t.app.inject({ url: `/api/registry/asn?q=${good[0]}`, headers: outside.headers });
    expect(list.json<Search>().total).toBe(0);
  });
});
