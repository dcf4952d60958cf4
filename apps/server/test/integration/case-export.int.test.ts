import { randomBytes } from 'node:crypto';
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
import { NIK_WOMAN_1990, REPORTER_NAME, caseIdOf, submitReport, villageIn } from './cases-helpers';
import { walkCase } from './case-documents-helpers';

// The staff case list as CSV and XLSX: same filters and jurisdiction as GET /api/cases, opened
// back with exceljs; never the reporter's identity; the ASN's name only on request; audited.
let t: TestApp;
const s: Record<'staff' | 'viewer' | 'outsider', Session> = {} as never;
let inside: string[] = [];
let outsideId: string;

beforeAll(async () => {
  t = await createTestApp({ NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
  const home = await createOrganization(t.db, '14.03.16', 'panwaslu_kecamatan');
  const away = await createOrganization(t.db, '14.06');
  const sign = async (orgId: string, role: Parameters<typeof createUser>[2]) =>
    signIn(t.app, (await createUser(t.db, orgId, role)).email);
  s.staff = await sign(home.id, 'handling_staff');
  s.viewer = await sign(home.id, 'viewer');
  s.outsider = await sign(away.id, 'handling_staff');
  const village = await villageIn(t.db, '14.03.16');
  inside = [];
  for (let i = 0; i < 3; i++)
    inside.push(
      await caseIdOf(
        t.db,
        (await submitReport(t.app, village, { summary: `ASN kampanye nomor ${i}` })).receiptCode,
      ),
    );
  await walkCase(t, s.staff, inside[0]!, 'start_initial_study');
  outsideId = await caseIdOf(t.db, (await submitReport(t.app, await villageIn(t.db, '14.06'))).receiptCode);
});
afterAll(() => t.close());

const exportAs = (who: Session, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/cases/export?${query}`, headers: who.headers });

async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Perkara')!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      values.map((v) =>
        v instanceof Date
          ? v.toISOString()
          : v === null || v === undefined
            ? ''
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v as string | number | boolean),
      ),
    );
  });
  return rows;
}

describe('case export', () => {
  it('writes an XLSX of the jurisdiction’s cases without reporter identity or the ASN’s name', async () => {
    const response = await exportAs(s.staff, 'format=xlsx');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="perkara-.*\.xlsx"/);
    const rows = await sheetRows(response.rawPayload);
    expect(rows[0]).toEqual([
      'Nomor registrasi',
      'Jenis',
      'Status',
      'Kode wilayah',
      'Wilayah',
      'Ringkasan',
      'Diterima',
      'Batas waktu berikutnya',
      'Lewat batas waktu',
      'Jenis pelanggaran',
      'Instansi terlapor',
      'Jabatan terlapor',
    ]);
    const summaries = rows.slice(1).map((r) => r[5]);
    expect(summaries.sort()).toEqual([
      'ASN kampanye nomor 0',
      'ASN kampanye nomor 1',
      'ASN kampanye nomor 2',
    ]);
    expect(rows.find((r) => r[5] === 'ASN kampanye nomor 0')!.slice(1, 3)).toEqual([
      'Laporan',
      'dalam kajian awal',
    ]);
    expect(rows.find((r) => r[5] === 'ASN kampanye nomor 1')![10]).toBe('Dinas Pendidikan');
    const everything = JSON.stringify(rows);
    expect(everything).not.toContain(REPORTER_NAME);
    expect(everything).not.toContain(NIK_WOMAN_1990);
    expect(everything).not.toContain('Budi Terlapor');
    expect(everything).not.toContain(outsideId);

    const audit = await t.db.query<{ after: object; fields_read: string[] | null }>(
      `SELECT after, fields_read FROM audit_events WHERE action = 'cases.exported' AND request_id = $1`,
      [response.headers['x-request-id']],
    );
    expect(audit.rows).toEqual([
      { after: { format: 'xlsx', status: null, kind: null, includeReportedName: false }, fields_read: null },
    ]);
  });

  it('applies the list’s filters and writes CSV; the ASN’s name only on request, recorded as read', async () => {
    const response = await exportAs(s.staff, 'format=csv&status=initial_study&includeReportedName=true');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Nama terlapor (data pribadi ASN)');
    expect(lines[1]).toContain('ASN kampanye nomor 0');
    expect(lines[1]).toContain('Budi Terlapor');
    expect(response.body).not.toContain(REPORTER_NAME);
    const audit = await t.db.query<{ fields_read: string[] }>(
      `SELECT fields_read FROM audit_events WHERE action = 'cases.exported' AND request_id = $1`,
      [response.headers['x-request-id']],
    );
    expect(audit.rows).toEqual([{ fields_read: ['reported_party.name'] }]);
  });

  it('pages through more rows than one database page', async () => {
    // 520 synthetic cases in another sub-district, inserted directly: the export reads 500 at a time.
    const region = await villageIn(t.db, '14.03.13');
    await t.db.query(
      `INSERT INTO cases (id, kind, status, region_code, profile_id, summary, state, created_at)
       SELECT gen_random_uuid(), 'temuan', 'received', $1, 'pilkada', 'Temuan massal ' || g,
              jsonb_build_object('violationKinds', '[]'::jsonb), now() - (g || ' seconds')::interval
       FROM generate_series(1, 520) g`,
      [region],
    );
    const org = await createOrganization(t.db, '14.03.13', 'panwaslu_kecamatan');
    const staff = await signIn(t.app, (await createUser(t.db, org.id, 'handling_staff')).email);
    const response = await exportAs(staff, 'format=csv&kind=temuan');
    const lines = response.body.trim().split('\r\n');
    expect(lines).toHaveLength(521);
    expect(new Set(lines.slice(1)).size).toBe(520);
  });

  it('refuses roles without case access', async () => {
    const response = await exportAs(s.viewer, 'format=xlsx');
    expect(response.statusCode).toBe(403);
  });
});
