import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAppeals } from '../../src/modules/appeals/demo-appeals';
import { createOrganization, createTestApp, type TestApp } from '../helpers/test-app';

// The demo appeal: issued, sent to two agencies, with some acknowledgments and pledges; public page and PDF.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ NETRA_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'netra-appeals-demo-')) });
  for (const [name, type] of [
    ['Bawaslu Kabupaten Bengkalis', 'bawaslu_kabupaten_kota'],
    ['Dinas Pendidikan Kabupaten Bengkalis', 'opd'],
    ['Dinas Kesehatan Kabupaten Bengkalis', 'opd'],
  ] as const) {
    const org = await createOrganization(t.db, '14.03', type);
    await t.db.query('UPDATE organizations SET name = $2 WHERE id = $1', [org.id, name]);
  }
});
afterAll(() => t.close());

describe('demo appeals', () => {
  it('seeds one issued appeal to two agencies with acknowledgments and pledges, shown publicly', async () => {
    await seedDemoAppeals(t.db);
    await seedDemoAppeals(t.db); // a second run adds nothing
    const appeals = await t.db.query<{ id: string; status: string }>(
      `SELECT id, status FROM appeals WHERE number = '045/PM.00.02/K.RI-03/11/2026'`,
    );
    expect(appeals.rows).toHaveLength(1);
    const id = appeals.rows[0]!.id;
    const coverage = await t.services.appealDistribution.coverageOf(id, {
      by: 'agency',
      page: 1,
      pageSize: 25,
    });
    expect(coverage.items).toHaveLength(2);
    expect(coverage.totals.acknowledged).toBeGreaterThan(0);
    expect(coverage.totals.pledged).toBeGreaterThan(0);
    expect(coverage.totals.acknowledged).toBeLessThan(coverage.totals.sent);
    const pdf = await t.app.inject({ method: 'GET', url: `/api/public/appeals/${id}/letter.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
