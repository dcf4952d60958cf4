import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database';
import type { NetraApp } from '../../src/http/netra-app';
import { TEST_ORIGIN } from '../helpers/test-app';

// Shared by the case suites and the authorisation matrix: a valid public report, and the calls
// that a browser makes to submit one (CSRF cookie + header, as the public form does).

export const NIK_WOMAN_1990 = '1403124501900001'; // Riau, born 5 Jan 1990 (+40: woman)
export const NIP_VALID = '199001052015012001';
export const REPORTER_NAME = 'Siti Rahmawati Uji';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export async function villageIn(db: Database, regionCode: string): Promise<string> {
  const row = await db.query<{ code: string }>(
    `SELECT code FROM regions WHERE level = 4 AND code LIKE $1 || '.%' ORDER BY code LIMIT 1`,
    [regionCode],
  );
  return row.rows[0]!.code;
}

export function reportBody(villageCode: string, overrides: Record<string, unknown> = {}) {
  return {
    reporter: {
      name: REPORTER_NAME,
      nik: NIK_WOMAN_1990,
      address: 'Jl. Uji Coba No. 1, Bengkalis',
      phone: '081234567890',
      email: 'pelapor@test.netra.example',
      category: 'voter',
    },
    reportedParty: {
      type: 'asn',
      name: 'Budi Terlapor',
      agency: 'Dinas Pendidikan',
      position: 'Guru',
      nip: NIP_VALID,
    },
    summary: 'ASN ikut kampanye pasangan calon',
    whatHappened: 'Seorang guru ASN terlihat berorasi pada kampanye terbuka pasangan calon bupati.',
    regionCode: villageCode,
    place: 'Lapangan desa',
    occurredOn: daysAgo(2),
    knownOn: daysAgo(1),
    witnesses: [{ name: 'Saksi Satu' }],
    statements: { truthful: true, awareOfConfrontation: true },
    ...overrides,
  };
}

/** The public form's headers: the CSRF cookie from /api/csrf echoed in the header. */
export async function publicHeaders(app: NetraApp): Promise<Record<string, string>> {
  const csrf = await app.inject({ method: 'GET', url: '/api/csrf' });
  const token = csrf.json<{ token: string }>().token;
  return { cookie: `netra_csrf=${token}`, 'x-csrf-token': token, origin: TEST_ORIGIN };
}

export async function submitReport(
  app: NetraApp,
  villageCode: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/public/reports',
    headers: await publicHeaders(app),
    payload: reportBody(villageCode, overrides),
  });
  if (response.statusCode >= 300) throw new Error(`report failed: ${response.statusCode} ${response.body}`);
  return response.json<{ receiptCode: string; trackingSecret: string }>();
}

export async function caseIdOf(db: Database, receiptCode: string): Promise<string> {
  const row = await db.query<{ case_id: string }>('SELECT case_id FROM reports WHERE receipt_code = $1', [
    receiptCode,
  ]);
  return row.rows[0]!.case_id;
}

export async function submitTip(app: NetraApp, regionCode: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/public/tips',
    headers: await publicHeaders(app),
    payload: {
      whatHappened: `Tangkapan layar unggahan ASN mendukung calon ${randomUUID().slice(0, 6)}`,
      regionCode,
      links: ['https://example.org/post/1'],
    },
  });
  if (response.statusCode >= 300) throw new Error(`tip failed: ${response.statusCode} ${response.body}`);
  return response.json<{ receiptCode: string; trackingSecret: string }>();
}
