import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSubmissionSchema, ROLES, type Role } from '@netra/contracts';
import { bengkalis2024Election } from '@netra/rules';
import { ROLE_GRANTS } from '../../src/modules/access/access.policy';
import { reportBody, villageIn } from './cases-helpers';
import type { Case, Target } from './matrix/matrix-types';
import { FEATURE_CASES } from './matrix/feature-cases';
import {
  createOrganization,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../helpers/test-app';

// Every route × every role × inside/outside the jurisdiction. The actor's organisation covers
// Kabupaten Bengkalis (14.03); "inside" targets lie in Kecamatan Siak Kecil (14.03.12), "outside"
// targets in Kabupaten Kampar (14.06).
const HOME = '14.03';
const INSIDE = '14.03.12';
const OUTSIDE = '14.06';

let t: TestApp;
let homeOrgId = '';
let dayCounter = 0;
/** A date no other case uses (each test run has its own database), so holiday inserts never collide. */
const randomDate = () =>
  new Date(Date.UTC(2030, 0, 1) + dayCounter++ * 86_400_000).toISOString().slice(0, 10);
const sessions = new Map<Role, Session>();
let inside: () => Promise<Target>;
let outside: () => Promise<Target>;
const seen: { method: string | string[]; url: string; isPublic: boolean }[] = [];

async function makeTarget(regionCode: string): Promise<Target> {
  const org = await createOrganization(t.db, regionCode, 'panwaslu_kecamatan');
  const user = await createUser(t.db, org.id, 'viewer');
  const membership = await t.db.query<{ id: string }>('SELECT id FROM memberships WHERE user_id = $1', [
    user.userId,
  ]);
  const invitation = await t.db.query<{ id: string }>(
    `INSERT INTO invitations (email, name, organization_id, role, token_hash, expires_at)
     VALUES ($1, 'Calon', $2, 'viewer', md5(random()::text), now() + interval '1 day') RETURNING id`,
    [`undang-${user.userId}@test.netra.example`, org.id],
  );
  return {
    orgId: org.id,
    userId: user.userId,
    membershipId: membership.rows[0]!.id,
    invitationId: invitation.rows[0]!.id,
    regionCode,
  };
}

/** A fresh report-based case in a village of `regionCode`, made through the intake service. */
async function caseIn(regionCode: string): Promise<string> {
  const receipt = await t.services.publicIntake.submitReport(
    ReportSubmissionSchema.parse(reportBody(await villageIn(t.db, regionCode))),
    { requestId: 'matrix' },
  );
  const row = await t.db.query<{ case_id: string }>('SELECT case_id FROM reports WHERE receipt_code = $1', [
    receipt.receiptCode,
  ]);
  return row.rows[0]!.case_id;
}

const supervisionPayload = (regionCode: string) => ({
  regionCode,
  officerPosition: 'PKD',
  assignmentLetterNumber: '01/ST/2026',
  stageSupervised: 'Kampanye',
  supervised: 'Kampanye terbuka',
  narrative: 'Narasi pengawasan matriks',
  supervisedOn: new Date().toISOString().slice(0, 10),
});

// Routes on the actor's own data (no region): every role, tested in accounts.int.test.ts
// ("own sessions" for every role, and never another user's session).
const SELF_ROUTES = ['GET /api/sessions', 'DELETE /api/sessions/:id'];

const CORE_CASES: Case[] = [
  {
    method: 'GET',
    route: '/api/organizations',
    action: 'organizations.read',
    scoped: false,
    request: async () => ({ url: '/api/organizations?pageSize=200' }),
  },
  {
    method: 'GET',
    route: '/api/organizations/:id',
    action: 'organizations.read',
    scoped: true,
    request: async (x) => ({ url: `/api/organizations/${x.orgId}` }),
  },
  {
    method: 'POST',
    route: '/api/organizations',
    action: 'organizations.manage',
    scoped: true,
    request: async (x) => ({
      url: '/api/organizations',
      payload: { type: 'pkd', name: 'PKD Matriks', regionCode: x.regionCode, parentId: null },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/organizations/:id',
    action: 'organizations.manage',
    scoped: true,
    request: async (x) => ({
      url: `/api/organizations/${x.orgId}`,
      payload: { name: 'Nama Baru Matriks', parentId: null },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/organizations/:id',
    action: 'organizations.manage',
    scoped: true,
    request: async (x) => ({
      url: `/api/organizations/${(await createOrganization(t.db, x.regionCode, 'pkd')).id}`,
    }),
  },
  {
    method: 'GET',
    route: '/api/users',
    action: 'users.read',
    scoped: false,
    request: async () => ({ url: '/api/users?pageSize=200' }),
  },
  {
    method: 'POST',
    route: '/api/users/:id/memberships',
    action: 'users.manage',
    scoped: true,
    request: async (x) => ({
      url: `/api/users/${x.userId}/memberships`,
      payload: { organizationId: x.orgId, role: 'humas' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/memberships/:id',
    action: 'users.manage',
    scoped: true,
    request: async (x) => ({ url: `/api/memberships/${x.membershipId}` }),
  },
  {
    method: 'GET',
    route: '/api/invitations',
    action: 'invitations.manage',
    scoped: false,
    request: async () => ({ url: '/api/invitations?pageSize=200' }),
  },
  {
    method: 'POST',
    route: '/api/invitations',
    action: 'invitations.manage',
    scoped: true,
    request: async (x) => ({
      url: '/api/invitations',
      payload: {
        email: `baru-${Math.random().toString(36).slice(2)}@test.netra.example`,
        name: 'Calon Anggota',
        organizationId: x.orgId,
        role: 'viewer',
      },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/invitations/:id',
    action: 'invitations.manage',
    scoped: true,
    request: async (x) => ({ url: `/api/invitations/${x.invitationId}` }),
  },
  {
    method: 'GET',
    route: '/api/regions',
    action: 'regions.read',
    scoped: false,
    request: async () => ({ url: '/api/regions?q=siak' }),
  },
  {
    method: 'GET',
    route: '/api/regions/:code',
    action: 'regions.read',
    scoped: false,
    request: async (x) => ({ url: `/api/regions/${x.regionCode}` }),
  },
  {
    method: 'GET',
    route: '/api/regions/:code/children',
    action: 'regions.read',
    scoped: false,
    request: async (x) => ({ url: `/api/regions/${x.regionCode}/children` }),
  },
  {
    method: 'GET',
    route: '/api/audit',
    action: 'audit.read',
    scoped: false,
    request: async () => ({ url: '/api/audit?limit=200' }),
  },
  {
    method: 'PUT',
    route: '/api/elections/:id',
    action: 'elections.manage',
    scoped: true,
    request: async (x) => {
      const id = `uji-${Math.random().toString(36).slice(2, 10)}`;
      return {
        url: `/api/elections/${id}`,
        payload: { ...bengkalis2024Election, id, regionCode: x.regionCode },
      };
    },
  },
  {
    method: 'DELETE',
    route: '/api/elections/:id',
    action: 'elections.manage',
    scoped: true,
    request: async (x) => {
      const id = `uji-${Math.random().toString(36).slice(2, 10)}`;
      const election = { ...bengkalis2024Election, id, regionCode: x.regionCode };
      await t.db.query(
        `INSERT INTO elections (id, name, profile_id, region_code, definition) VALUES ($1, $2, 'pilkada', $3, $4)`,
        [id, election.name, x.regionCode, JSON.stringify(election)],
      );
      return { url: `/api/elections/${id}` };
    },
  },
  {
    method: 'POST',
    route: '/api/holidays',
    action: 'elections.manage',
    scoped: true,
    request: async (x) => ({
      url: '/api/holidays',
      payload: {
        date: randomDate(),
        kind: 'special',
        nameId: 'Libur daerah uji',
        nameEn: 'Test regional holiday',
        regionCode: x.regionCode,
      },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/holidays/:id',
    action: 'elections.manage',
    scoped: true,
    request: async (x) => {
      const row = await t.db.query<{ id: string }>(
        `INSERT INTO holidays (date, kind, name_id, name_en, region_code) VALUES ($1, 'special', 'Libur uji', 'Test holiday', $2) RETURNING id`,
        [randomDate(), x.regionCode],
      );
      return { url: `/api/holidays/${row.rows[0]!.id}` };
    },
  },
  {
    method: 'GET',
    route: '/api/cases',
    action: 'cases.read',
    scoped: false,
    request: async () => ({ url: '/api/cases?pageSize=200' }),
  },
  {
    method: 'GET',
    route: '/api/cases/:id',
    action: 'cases.read',
    scoped: true,
    request: async (x) => ({ url: `/api/cases/${await caseIn(x.regionCode)}` }),
  },
  {
    method: 'GET',
    route: '/api/cases/:id/reporter',
    action: 'cases.read_reporter',
    scoped: true,
    request: async (x) => ({ url: `/api/cases/${await caseIn(x.regionCode)}/reporter?reason=Uji%20matriks` }),
  },
  {
    method: 'GET',
    route: '/api/cases/:id/evidence/:evidenceId',
    action: 'cases.read',
    scoped: true,
    request: async (x) => {
      const caseId = await caseIn(x.regionCode);
      const report = await t.db.query<{ id: string; region_code: string }>(
        'SELECT id, region_code FROM reports WHERE case_id = $1',
        [caseId],
      );
      const pdf = Buffer.from(`%PDF-1.4\n% matriks ${caseId}\n`);
      const stored = await t.services.evidence.add(
        { reportId: report.rows[0]!.id },
        { bytes: pdf, filename: 'bukti.pdf' },
        {
          regionCode: report.rows[0]!.region_code,
          actor: { userId: null, label: 'public' },
          requestId: 'matrix',
        },
      );
      return { url: `/api/cases/${caseId}/evidence/${stored.id}` };
    },
  },
  {
    method: 'POST',
    route: '/api/cases/:id/transitions/:name',
    action: 'cases.handle',
    scoped: true,
    request: async (x) => ({
      url: `/api/cases/${await caseIn(x.regionCode)}/transitions/start_initial_study`,
      payload: { expectedVersion: 0, input: {} },
    }),
  },
  {
    method: 'POST',
    route: '/api/supervision-results',
    action: 'supervision.file',
    scoped: true,
    request: async (x) => ({ url: '/api/supervision-results', payload: supervisionPayload(x.regionCode) }),
  },
  {
    method: 'POST',
    route: '/api/supervision-results/:id/promote',
    action: 'cases.handle',
    scoped: true,
    request: async (x) => {
      const row = await t.db.query<{ id: string }>(
        `INSERT INTO supervision_results (organization_id, region_code, officer_user_id, officer_name, officer_position,
           assignment_letter_number, stage_supervised, supervised, narrative, supervised_on, suspected_violation)
         VALUES ($1, $2, $3, 'Pengawas', 'PKD', '01/ST', 'Kampanye', 'Kampanye', 'Narasi matriks', CURRENT_DATE, true)
         RETURNING id`,
        [x.orgId, x.regionCode, x.userId],
      );
      return {
        url: `/api/supervision-results/${row.rows[0]!.id}/promote`,
        payload: { plenaryHeldOn: new Date().toISOString().slice(0, 10) },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/supervision-results/:id/evidence',
    action: 'supervision.file',
    scoped: true,
    request: async (x) => {
      const row = await t.db.query<{ id: string }>(
        `INSERT INTO supervision_results (organization_id, region_code, officer_user_id, officer_name, officer_position,
           assignment_letter_number, stage_supervised, supervised, narrative, supervised_on)
         VALUES ($1, $2, $3, 'Pengawas', 'PKD', '01/ST', 'Kampanye', 'Kampanye', 'Narasi matriks', CURRENT_DATE)
         RETURNING id`,
        [x.orgId, x.regionCode, x.userId],
      );
      const boundary = 'matriksBatas';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        Buffer.from(`%PDF-1.4\n% ${row.rows[0]!.id}\n`),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return {
        url: `/api/supervision-results/${row.rows[0]!.id}/evidence`,
        payload,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      };
    },
  },
  {
    method: 'GET',
    route: '/api/tips',
    action: 'cases.read',
    scoped: false,
    request: async () => ({ url: '/api/tips?pageSize=200' }),
  },
  {
    method: 'POST',
    route: '/api/tips/:id/finding',
    action: 'cases.handle',
    scoped: true,
    request: async (x) => {
      const row = await t.db.query<{ id: string }>(
        `INSERT INTO tips (receipt_code, tracking_secret_hash, region_code, what_happened)
         VALUES ('IA-' || upper(substr(md5(random()::text), 1, 4)) || '-' || upper(substr(md5(random()::text), 1, 4)),
           md5(random()::text), $1, 'Informasi awal matriks') RETURNING id`,
        [x.regionCode],
      );
      return {
        url: `/api/tips/${row.rows[0]!.id}/finding`,
        payload: { foundOn: new Date().toISOString().slice(0, 10), note: 'Temuan dari matriks' },
      };
    },
  },
  {
    method: 'GET',
    route: '/api/me',
    action: 'regions.read',
    scoped: false,
    request: async () => ({ url: '/api/me' }),
  },
];

beforeAll(async () => {
  t = await createTestApp(
    {
      NETRA_ENCRYPTION_KEY: 'ab'.repeat(32),
      NETRA_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'netra-matrix-')),
    },
    (route) => seen.push(route),
  );
  const home = await createOrganization(t.db, HOME);
  homeOrgId = home.id;
  for (const role of ROLES) {
    const user = await createUser(t.db, home.id, role);
    sessions.set(role, await signIn(t.app, user.email));
  }
  inside = () => makeTarget(INSIDE);
  outside = () => makeTarget(OUTSIDE);
});
afterAll(() => t.close());

const CASES: Case[] = [
  ...CORE_CASES,
  ...FEATURE_CASES.flatMap((make) => make({ app: () => t, homeOrgId: () => homeOrgId })),
];

describe('authorisation matrix', () => {
  it('covers every non-public route of the app', () => {
    const covered = new Set([...CASES.map((c) => `${c.method} ${c.route}`), ...SELF_ROUTES]);
    const missing = seen
      .filter((r) => !r.isPublic && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))
      .flatMap((r) =>
        (Array.isArray(r.method) ? r.method : [r.method])
          .filter((m) => m !== 'HEAD')
          .map((m) => `${m} ${r.url}`),
      )
      .filter((key) => !covered.has(key));
    expect(missing).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.method} ${c.route}: anonymous → 401`, async () => {
      const { url, payload } = await c.request(await inside());
      const response = await t.app.inject({ method: c.method, url, payload: payload as object });
      // Mutations without the CSRF token are refused before authentication.
      expect([401, 403]).toContain(response.statusCode);
      expect(response.json<{ error: { code: string } }>().error.code).toMatch(
        /auth.unauthenticated|common.csrf_failed/,
      );
    });

    for (const role of ROLES) {
      const granted = ROLE_GRANTS[role].includes(c.action) || c.route === '/api/me';
      it(`${c.method} ${c.route} as ${role}: inside ${granted ? 'allowed' : 'denied'}, outside ${granted && !c.scoped ? 'filtered' : 'denied'}`, async () => {
        const session = sessions.get(role)!;
        const insideTarget = await inside();
        const outsideTarget = await outside();
        const inReq = await c.request(insideTarget);
        const inRes = await t.app.inject({
          method: c.method,
          url: inReq.url,
          payload: inReq.payload as object,
          headers: { ...session.headers, ...inReq.headers },
        });
        if (granted) expect(inRes.statusCode, inRes.body).toBeLessThan(300);
        else {
          expect(inRes.statusCode).toBe(403);
          expect(inRes.json<{ error: { code: string } }>().error.code).toBe('auth.forbidden');
        }

        const outReq = await c.request(outsideTarget);
        const outRes = await t.app.inject({
          method: c.method,
          url: outReq.url,
          payload: outReq.payload as object,
          headers: { ...session.headers, ...outReq.headers },
        });
        if (!granted) expect(outRes.statusCode).toBe(403);
        else if (c.scoped) {
          expect(outRes.statusCode).toBe(403);
          expect(outRes.json<{ error: { code: string } }>().error.code).toBe('auth.outside_jurisdiction');
        } else {
          expect(outRes.statusCode).toBe(200);
          // Lists never contain anything from outside the jurisdiction.
          const body = outRes.body;
          if (c.route === '/api/organizations') expect(body).not.toContain(outsideTarget.orgId);
          if (c.route === '/api/users') expect(body).not.toContain(outsideTarget.userId);
          if (c.route === '/api/invitations') expect(body).not.toContain(outsideTarget.invitationId);
          if (
            c.route === '/api/organizations' ||
            c.route === '/api/users' ||
            c.route === '/api/invitations'
          ) {
            expect(inRes.body).toContain(
              c.route === '/api/organizations'
                ? insideTarget.orgId
                : c.route === '/api/users'
                  ? insideTarget.userId
                  : insideTarget.invitationId,
            );
          }
        }
      });
    }
  }

  it('audits a request outside the jurisdiction, and changes nothing', async () => {
    const target = await outside();
    const before = await t.db.query('SELECT name FROM organizations WHERE id = $1', [target.orgId]);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/organizations/${target.orgId}`,
      payload: { name: 'Diubah dari luar', parentId: null },
      headers: sessions.get('administrator')!.headers,
    });
    expect(response.statusCode).toBe(403);
    const after = await t.db.query('SELECT name FROM organizations WHERE id = $1', [target.orgId]);
    expect(after.rows).toEqual(before.rows);
    const audit = await t.db.query(
      `SELECT outcome, region_code, after FROM audit_events WHERE action = 'access.denied' AND request_id = $1`,
      [response.headers['x-request-id']],
    );
    expect(audit.rows).toEqual([
      { outcome: 'denied', region_code: OUTSIDE, after: { reason: 'outside_jurisdiction' } },
    ]);
  });
});
