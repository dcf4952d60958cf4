import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadDetail, LeadSummary, Network } from '@netra/contracts';
import { createOrganization, createTestApp, createUser, signIn, type TestApp } from '../helpers/test-app';
import { likeEvents, plantLead } from './triage-fixtures';

let t: TestApp;
let supervisor: Record<string, string>;
let supervisorId: string;

beforeAll(async () => {
  t = await createTestApp({ NETRA_CAPTURE_DISPATCH: 'inline' });
  const org = await createOrganization(t.db, '14.03');
  const user = await createUser(t.db, org.id, 'field_supervisor');
  supervisorId = user.userId;
  supervisor = (await signIn(t.app, user.email)).headers;
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers = supervisor) =>
  t.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });
const get = (url: string, headers = supervisor) => t.app.inject({ method: 'GET', url, headers });
const auditActions = async (entityId: string) =>
  (
    await t.db.query<{ action: string; fields_read: string[] | null }>(
      'SELECT action, fields_read FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, id',
      [entityId],
    )
  ).rows;

describe('triage desk', () => {
  it('lists leads ranked by score within the jurisdiction, filtered by agency, candidate, rule, band and date', async () => {
    const here = await plantLead(t, '14.03.12', 'Dinas Kesehatan');
    const elsewhere = await plantLead(t, '14.71.01', 'Dinas Kesehatan');
    const response = await get(`/api/monitoring/leads?candidateId=${here.candidateId}&pageSize=100`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<{ items: LeadSummary[]; total: number }>();
    expect(page.items.map((l) => l.id)).toContain(here.leadId);
    const scores = page.items.map((l) => l.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Outside 14.03: never listed, never opened.
    const all = await get(`/api/monitoring/leads?candidateId=${elsewhere.candidateId}`);
    expect(all.json<{ total: number }>().total).toBe(0);
    expect((await get(`/api/monitoring/leads/${elsewhere.leadId}`)).statusCode).toBe(403);

    const lead = page.items.find((l) => l.id === here.leadId)!;
    expect(lead.asn?.agencyName).toContain('Dinas Kesehatan');
    expect(lead.candidate?.id).toBe(here.candidateId);
    const filters = [
      `agency=${encodeURIComponent(lead.asn!.agencyName)}`,
      `ruleId=${lead.ruleId}`,
      `band=${lead.band ?? 'none'}`,
      'from=2024-10-10&to=2024-10-10',
      'regionCode=14.03.12',
      'status=open',
    ];
    for (const filter of filters) {
      const filtered = await get(
        `/api/monitoring/leads?${filter}&candidateId=${here.candidateId}&pageSize=100`,
      );
      expect(
        filtered.json<{ items: LeadSummary[] }>().items.map((l) => l.id),
        filter,
      ).toContain(here.leadId);
    }
    for (const filter of [
      'from=2024-10-11',
      'to=2024-10-09',
      'agency=Inspektorat',
      'regionCode=14.03.01',
      'status=dismissed',
    ]) {
      const filtered = await get(`/api/monitoring/leads?${filter}&candidateId=${here.candidateId}`);
      expect(
        filtered.json<{ items: LeadSummary[] }>().items.map((l) => l.id),
        filter,
      ).not.toContain(here.leadId);
    }
  });

  it('shows the lead with the ASN record and linked accounts, and audits the look', async () => {
    const planted = await plantLead(t);
    const response = await get(`/api/monitoring/leads/${planted.leadId}`);
    expect(response.statusCode).toBe(200);
    const lead = response.json<LeadDetail>();
    expect(lead.asnRecord?.nip).toBe(planted.nip);
    expect(lead.linkedAccounts).toEqual([
      expect.objectContaining({ platform: 'x', handle: planted.handle, source: 'registry' }),
    ]);
    expect(lead.catalogueEntry?.id).toBe(lead.catalogueEntryId);
    expect(lead.prefill.narrative).toContain(planted.nip);
    const audit = await auditActions(planted.leadId);
    expect(audit[0]).toMatchObject({ action: 'lead.viewed' });
    expect(audit[0]!.fields_read).toContain('asn.linked_accounts');
  });

  it('confirms an identity link: the account becomes a confirmed account of the ASN, once', async () => {
    const planted = await plantLead(t);
    await t.db.query('DELETE FROM asn_accounts WHERE asn_id = $1', [planted.asnId]);
    const ok = await post(`/api/monitoring/leads/${planted.leadId}/confirm`, { expectedStatus: 'open' });
    expect(ok.statusCode, ok.body).toBe(200);
    const account = await t.db.query<{ source: string; confirmed_by: string }>(
      'SELECT source, confirmed_by FROM asn_accounts WHERE asn_id = $1 AND platform = $2 AND handle = $3',
      [planted.asnId, planted.platform, planted.handle],
    );
    expect(account.rows).toEqual([{ source: 'confirmed_link', confirmed_by: supervisorId }]);
    // A second supervisor acting on the status they saw earlier is refused and changes nothing.
    const again = await post(`/api/monitoring/leads/${planted.leadId}/confirm`, { expectedStatus: 'open' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('leads.status_changed');
    expect((await auditActions(planted.leadId)).map((a) => a.action)).toEqual(['lead.identity_confirmed']);
  });

  it('rejects an identity link: its open leads go, and the screening never proposes the pair again', async () => {
    const planted = await plantLead(t);
    const before = await t.db.query<{ id: string }>(
      "SELECT id FROM leads WHERE asn_id = $1 AND status = 'open'",
      [planted.asnId],
    );
    expect(before.rows.length).toBeGreaterThanOrEqual(3);
    const response = await post(`/api/monitoring/leads/${planted.leadId}/reject`, {
      expectedStatus: 'open',
      reason: 'Akun milik orang lain dengan nama sama',
    });
    expect(response.statusCode, response.body).toBe(200);
    const open = await t.db.query("SELECT 1 FROM leads WHERE asn_id = $1 AND status = 'open'", [
      planted.asnId,
    ]);
    expect(open.rowCount).toBe(0);
    const pair = await t.db.query(
      'SELECT reason FROM rejected_identity_pairs WHERE platform = $1 AND handle = $2 AND asn_id = $3',
      [planted.platform, planted.handle, planted.asnId],
    );
    expect(pair.rows).toEqual([{ reason: 'Akun milik orang lain dengan nama sama' }]);

    // New interactions of the same account, screened by the real screening service.
    const actor = await t.db.query<{ account_id: string }>(
      'SELECT account_id FROM social_accounts WHERE platform = $1 AND handle = $2',
      [planted.platform, planted.handle],
    );
    const newEvents = await likeEvents(t, {
      platform: planted.platform,
      actorId: actor.rows[0]!.account_id,
      targetId: planted.candidateAccountId,
      count: 2,
      day: '2024-10-12',
    });
    const proposed = await t.db.query('SELECT 1 FROM leads WHERE event_id = ANY($1) AND asn_id = $2', [
      newEvents,
      planted.asnId,
    ]);
    expect(proposed.rowCount).toBe(0);
    expect((await auditActions(planted.leadId)).map((a) => a.action)).toContain('lead.identity_rejected');
  });

  it('dismisses a lead with a reason; a reason is required', async () => {
    const planted = await plantLead(t);
    const missing = await post(`/api/monitoring/leads/${planted.leadId}/dismiss`, { expectedStatus: 'open' });
    expect(missing.statusCode).toBe(400);
    const ok = await post(`/api/monitoring/leads/${planted.leadId}/dismiss`, {
      expectedStatus: 'open',
      reason: 'Interaksi sebelum masa kampanye',
    });
    expect(ok.statusCode).toBe(200);
    const row = await t.db.query('SELECT status, status_reason FROM leads WHERE id = $1', [planted.leadId]);
    expect(row.rows[0]).toEqual({ status: 'dismissed', status_reason: 'Interaksi sebelum masa kampanye' });
  });

  it('promotes a confirmed lead to a finding with the capture as case evidence, only once, by handling staff', async () => {
    const planted = await plantLead(t);
    const handlingOrg = await createOrganization(t.db, '14.03');
    const handling = (await signIn(t.app, (await createUser(t.db, handlingOrg.id, 'handling_staff')).email))
      .headers;
    // A field supervisor triages, but opening a finding is for handling staff (as from a tip).
    await post(`/api/monitoring/leads/${planted.leadId}/confirm`, { expectedStatus: 'open' });
    const bySupervisor = await post(
      `/api/monitoring/leads/${planted.leadId}/promote`,
      promoteBody('confirmed', []),
    );
    expect(bySupervisor.statusCode).toBe(403);
    const reopened = await t.db.query("UPDATE leads SET status = 'open' WHERE id = $1", [planted.leadId]);
    expect(reopened.rowCount).toBe(1);
    // Without a known account (registry or confirmed), the ASN cannot be named in a finding.
    await t.db.query('DELETE FROM asn_accounts WHERE asn_id = $1', [planted.asnId]);
    const unconfirmed = await post(
      `/api/monitoring/leads/${planted.leadId}/promote`,
      promoteBody('open', []),
      handling,
    );
    expect(unconfirmed.statusCode).toBe(422);
    await post(`/api/monitoring/leads/${planted.leadId}/confirm`, { expectedStatus: 'open' }, handling);
    // A capture that is not done cannot be attached.
    const capture = await t.db.query<{ id: string }>(
      `INSERT INTO captures (requested_url, region_code, lead_id, status, limits, screenshot_sha256, screenshot_bytes, html_sha256, html_bytes)
       VALUES ('https://x.example/p/1', '14.03.12', $1, 'done', '{"timeoutMs":1,"maxRedirects":1,"maxBytes":1}', $2, 10, $3, 20) RETURNING id`,
      [planted.leadId, 'a'.repeat(64), 'b'.repeat(64)],
    );
    const captureId = capture.rows[0]!.id;
    // The desk pre-fills the finding from the lead: reported ASN (NIP), conduct, catalogue entry.
    const { prefill } = (await get(`/api/monitoring/leads/${planted.leadId}`, handling)).json<LeadDetail>();
    const response = await post(
      `/api/monitoring/leads/${planted.leadId}/promote`,
      { ...promoteBody('confirmed', [captureId]), ...prefill },
      handling,
    );
    expect(response.statusCode, response.body).toBe(201);
    const { caseId } = response.json<{ caseId: string }>();
    const kase = await get(`/api/cases/${caseId}`, handling);
    expect(kase.statusCode).toBe(200);
    const body = kase.json<{
      kind: string;
      summary: string;
      source: { type: string; narrative: string; evidence: { mediaType: string }[] };
    }>();
    expect(body.kind).toBe('temuan');
    expect(body.source.type).toBe('supervision_result');
    expect(body.source.narrative).toContain(planted.nip);
    // The case page lists the capture's files as the finding's evidence.
    expect(body.source.evidence.map((e) => e.mediaType).sort()).toEqual(['image/png', 'text/html']);
    const evidence = await t.db.query<{ media_type: string; capture_id: string }>(
      `SELECT e.media_type, e.capture_id FROM evidence_files e JOIN supervision_results s ON s.id = e.supervision_result_id
       WHERE s.finding_case_id = $1 ORDER BY e.media_type`,
      [caseId],
    );
    expect(evidence.rows).toEqual([
      { media_type: 'image/png', capture_id: captureId },
      { media_type: 'text/html', capture_id: captureId },
    ]);
    const detail = (await get(`/api/monitoring/leads/${planted.leadId}`)).json<LeadDetail>();
    expect(detail.status).toBe('promoted');
    expect(detail.caseId).toBe(caseId);
    expect(detail.caseEvidence).toHaveLength(2);
    const twice = await post(
      `/api/monitoring/leads/${planted.leadId}/promote`,
      promoteBody('confirmed', [captureId]),
      handling,
    );
    expect(twice.statusCode).toBe(409);
    const cases = await t.db.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'finding.created' AND after->>'leadId' = $1",
      [planted.leadId],
    );
    expect(cases.rows[0]).toEqual({ n: 1 });
  });

  it('shows the network of ASN accounts and candidate accounts with interaction counts, audited', async () => {
    const planted = await plantLead(t);
    const response = await get(`/api/monitoring/network?regionCode=14.03&candidateId=${planted.candidateId}`);
    expect(response.statusCode, response.body).toBe(200);
    const network = response.json<Network>();
    expect(network.edges).toEqual([
      expect.objectContaining({
        target: `candidate:${network.nodes.find((n) => n.type === 'candidate_account')!.id.slice(10)}`,
        interactions: 3,
        types: { like: 3 },
      }),
    ]);
    expect(network.nodes.find((n) => n.type === 'asn_account')?.label).toBe(`@${planted.handle}`);
    const audit = await t.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'monitoring.network_viewed' AND actor_user_id = $1",
      [supervisorId],
    );
    expect(audit.rowCount).toBeGreaterThan(0);
  });

  it('shows agency HR nothing of monitoring', async () => {
    const planted = await plantLead(t);
    const org = await createOrganization(t.db, '14.03', 'opd');
    const hr = (await signIn(t.app, (await createUser(t.db, org.id, 'agency_hr')).email)).headers;
    for (const url of [
      '/api/monitoring/leads',
      `/api/monitoring/leads/${planted.leadId}`,
      '/api/monitoring/network',
      '/api/monitoring/captures',
    ])
      expect((await get(url, hr)).statusCode, url).toBe(403);
  });
});

function promoteBody(expectedStatus: string, captureIds: string[]) {
  return {
    expectedStatus,
    foundOn: '2024-10-11',
    assignmentLetterNumber: 'ST-01/PM.00/K.RI-14.03/10/2024',
    officerPosition: 'Pengawas Kecamatan',
    summary: 'ASN menyukai unggahan akun resmi pasangan calon',
    narrative: 'Narasi temuan dari pemantauan media sosial, lengkap dengan tautan.',
    captureIds,
  };
}
