import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileEvidenceStorage } from '../../src/modules/cases/evidence-storage';
import { seedDemoOutreach } from '../../src/modules/outreach/demo-outreach';
import { createOrganization, createTestApp, type TestApp } from '../helpers/test-app';

// The demo outreach data goes through the same repositories and photo pipeline as real data.
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-outreach-demo-'));
  t = await createTestApp({ NETRA_DATA_DIR: dataDir });
  for (const [name, region, type] of [
    ['Bawaslu Kabupaten Bengkalis', '14.03', 'bawaslu_kabupaten_kota'],
    ['Panwaslu Kecamatan Siak Kecil', '14.03.12', 'panwaslu_kecamatan'],
    ['Polsek Siak Kecil', '14.03.12', 'polsek'],
  ] as const) {
    const org = await createOrganization(t.db, region, type);
    await t.db.query('UPDATE organizations SET name = $2 WHERE id = $1', [org.id, name]);
  }
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('demo outreach', () => {
  it('seeds planned and done activities in real Bengkalis villages and published articles with photos', async () => {
    await seedDemoOutreach(t.db, { storage: createFileEvidenceStorage(path.join(dataDir, 'evidence')) });
    const activities = await t.db.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM outreach_activities a JOIN organizations o ON o.id = a.organizer_id
       WHERE o.name IN ('Bawaslu Kabupaten Bengkalis', 'Panwaslu Kecamatan Siak Kecil', 'Polsek Siak Kecil')
       GROUP BY status ORDER BY status`,
    );
    expect(activities.rows).toEqual([
      { status: 'done', n: 5 },
      { status: 'planned', n: 3 },
    ]);
    const feed = await new Parser().parseString(
      (await t.app.inject({ method: 'GET', url: '/api/public/news/feed.xml' })).body,
    );
    const titles = feed.items.map((i) => i.title);
    expect(titles).toContain('Panwaslu Siak Kecil ajak petani sawit tolak politik uang');
    expect(titles).not.toContain('Draf: rencana pelatihan KPPS di Bantan');
    const photos = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outreach_photos');
    expect(photos.rows[0]!.n).toBeGreaterThanOrEqual(5);
  });
});
