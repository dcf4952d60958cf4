import { bengkalis2024Election } from '@netra/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electionsRepository } from '../../src/modules/elections/elections.repository';
import { seedDemoMonitoringData } from '../../src/modules/ingestion/demo-monitoring';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await electionsRepository.upsert(t.db, { ...bengkalis2024Election, definition: bengkalis2024Election });
  await t.db.query(`DELETE FROM candidates WHERE election_id = $1 AND ballot_number <= 3`, [
    bengkalis2024Election.id,
  ]);
});
afterAll(async () => t?.close());

describe('monitoring demo data', () => {
  it('seeds the fictional registry, candidates and events, and leads exist at once', async () => {
    const out = await seedDemoMonitoringData(t.db);
    expect(out.people).toBe(300);
    expect(out.events).toBe(170);
    const byRule = await t.db.query<{ rule_id: string; n: number; with_asn: number }>(
      `SELECT l.rule_id, count(*)::int AS n, count(l.asn_id)::int AS with_asn FROM leads l
       JOIN events e ON e.id = l.event_id WHERE e.id LIKE 'demo-%' GROUP BY l.rule_id ORDER BY l.rule_id`,
    );
    const rules = Object.fromEntries(byRule.rows.map((r) => [r.rule_id, r]));
    // Eight declared accounts interacting with candidate accounts, three ASN posts naming candidates.
    expect(rules['asn.interaction.candidate_account']?.n).toBeGreaterThanOrEqual(8);
    expect(rules['asn.post.mentions_candidate']?.n).toBeGreaterThanOrEqual(3);
    expect(rules['any.post.vote_buying']?.n).toBe(3);
    // The public's background interactions make no ASN lead.
    const noise = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM leads WHERE account_handle LIKE 'warga_bks_%'`,
    );
    expect(noise.rows[0]!.n).toBe(0);
    const sources = await t.db.query<{ source: string; band: string; n: number }>(
      `SELECT explanation->>'source' AS source, band, count(*)::int AS n FROM leads WHERE event_id LIKE 'demo-%' AND asn_id IS NOT NULL GROUP BY 1, 2`,
    );
    // Undeclared accounts are linked by the engine's model (name, bio naming the unit, place).
    const linked = sources.rows.filter((r) => r.source === 'linkage').reduce((a, r) => a + r.n, 0);
    expect(linked).toBeGreaterThanOrEqual(6);
    const runs = await t.db.query(
      `SELECT kind, rejected_rows FROM import_runs WHERE file_name IN ('bengkalis-asn-registry.csv', 'bengkalis-events.ndjson') ORDER BY kind`,
    );
    expect(runs.rows).toEqual([
      { kind: 'asn_registry', rejected_rows: 2 },
      { kind: 'events', rejected_rows: 2 },
    ]);
  });
});
