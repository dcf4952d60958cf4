import { randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import { createFileEvidenceStorage } from '../../../src/modules/cases/evidence-storage';
import type { Case, FeatureCases, Target } from './matrix-types';

/**
 * Monitoring desk routes: leads, captures and the network view. Each request gets its own lead
 * (or capture) in the target's region, written straight into the tables, so that actions that
 * change a lead never see one another's changes.
 */
export const monitoringCases: FeatureCases = ({ app }) => {
  /** A lead in `regionCode`: with an ASN (identity lead) or without one (content lead). */
  async function leadIn(regionCode: string, withAsn = true): Promise<string> {
    const { db } = app();
    const suffix = randomUUID();
    let asnId: string | null = null;
    if (withAsn) {
      const nip = `19900105${String(randomInt(1000000000, 9999999999))}`;
      asnId = (
        await db.query<{ id: string }>(
          `INSERT INTO asn_people (nip, full_name, name_key, asn_type, agency_name, region_code, row_hash)
           VALUES ($1, 'ASN Matriks', 'asn matriks', 'PNS', 'Dinas Matriks', $2, md5($1)) RETURNING id`,
          [nip, regionCode],
        )
      ).rows[0]!.id;
    }
    await db.query(
      `INSERT INTO events (id, type, platform, actor_account_id, target_account_id, url, occurred_at, source)
       VALUES ($1, 'like', 'x', $2, 'paslon', 'https://x.example/status/1', now(), 'api')`,
      [`matrix-${suffix}`, `actor-${suffix}`],
    );
    return (
      await db.query<{ id: string }>(
        `INSERT INTO leads (kind, rule_id, catalogue_entry_id, score, band, region_code, asn_id, platform, account_id,
           account_handle, event_id, occurred_at, evidence, dedupe_key)
         VALUES ($1, 'asn.interaction.candidate_account', 'uu-10-2016-pasal-71-ayat-1', 0.9, $2, $3, $4, 'x', $5, $5,
           $6, now(), '{"url":"https://x.example/status/1"}', $6)
         RETURNING id`,
        [
          withAsn ? 'asn_interaction' : 'content',
          withAsn ? 'auto_flag' : null,
          regionCode,
          asnId,
          `actor-${suffix}`,
          `matrix-${suffix}`,
        ],
      )
    ).rows[0]!.id;
  }

  /** A finished capture in `regionCode` whose screenshot and HTML are really stored. */
  async function captureIn(regionCode: string): Promise<string> {
    const t = app();
    const storage = createFileEvidenceStorage(path.join(t.services.config.db.dataDir, 'evidence'));
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    const html = Buffer.from(`<p>${regionCode}</p>`);
    return (
      await t.db.query<{ id: string }>(
        `INSERT INTO captures (requested_url, region_code, status, limits, screenshot_sha256, screenshot_bytes, html_sha256, html_bytes)
         VALUES ('https://x.example/status/1', $1, 'done', '{"timeoutMs":1000,"maxRedirects":1,"maxBytes":1000}', $2, $3, $4, $5)
         RETURNING id`,
        [regionCode, await storage.put(png), png.length, await storage.put(html), html.length],
      )
    ).rows[0]!.id;
  }

  const leadAction = (name: string, body: (target: Target) => unknown): Case => ({
    method: 'POST',
    route: `/api/monitoring/leads/:id/${name}`,
    action: 'monitoring.handle',
    scoped: true,
    request: async (target) => ({
      url: `/api/monitoring/leads/${await leadIn(target.regionCode)}/${name}`,
      payload: body(target),
    }),
  });

  return [
    {
      method: 'GET',
      route: '/api/monitoring/leads',
      action: 'monitoring.read',
      scoped: false,
      request: async () => ({ url: '/api/monitoring/leads?pageSize=100' }),
    },
    {
      method: 'GET',
      route: '/api/monitoring/leads/:id',
      action: 'monitoring.read',
      scoped: true,
      request: async (target) => ({ url: `/api/monitoring/leads/${await leadIn(target.regionCode)}` }),
    },
    leadAction('confirm', () => ({ expectedStatus: 'open' })),
    leadAction('reject', () => ({ expectedStatus: 'open', reason: 'Bukan akun ASN ini' })),
    leadAction('dismiss', () => ({ expectedStatus: 'open', reason: 'Bukan pelanggaran' })),
    leadAction('captures', () => ({})),
    {
      method: 'POST',
      route: '/api/monitoring/leads/:id/promote',
      // Needs monitoring.handle too; every role with cases.handle has it.
      action: 'cases.handle',
      scoped: true,
      request: async (target) => ({
        url: `/api/monitoring/leads/${await leadIn(target.regionCode, false)}/promote`,
        payload: {
          expectedStatus: 'open',
          foundOn: new Date().toISOString().slice(0, 10),
          assignmentLetterNumber: '01/ST/2026',
          officerPosition: 'Staf penanganan',
          summary: 'Temuan dari pemantauan',
          narrative: 'Narasi temuan dari prospek pemantauan matriks.',
          captureIds: [],
        },
      }),
    },
    {
      method: 'GET',
      route: '/api/monitoring/network',
      // Shows which accounts belong to which ASN: needs asn.read_accounts (and monitoring.read).
      action: 'asn.read_accounts',
      scoped: false,
      request: async () => ({ url: '/api/monitoring/network' }),
    },
    {
      method: 'POST',
      route: '/api/monitoring/captures',
      action: 'monitoring.handle',
      scoped: true,
      request: async (target) => ({
        url: '/api/monitoring/captures',
        payload: { url: 'https://x.example/status/2', regionCode: target.regionCode },
      }),
    },
    {
      method: 'GET',
      route: '/api/monitoring/captures',
      action: 'monitoring.read',
      scoped: false,
      request: async () => ({ url: '/api/monitoring/captures' }),
    },
    {
      method: 'GET',
      route: '/api/monitoring/captures/:id',
      action: 'monitoring.read',
      scoped: true,
      request: async (target) => ({ url: `/api/monitoring/captures/${await captureIn(target.regionCode)}` }),
    },
    {
      method: 'GET',
      route: '/api/monitoring/captures/:id/files/:file',
      action: 'monitoring.read',
      scoped: true,
      request: async (target) => ({
        url: `/api/monitoring/captures/${await captureIn(target.regionCode)}/files/screenshot`,
      }),
    },
  ];
};
