import { randomBytes } from 'node:crypto';
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

// Likely duplicates (kemungkinan duplikat): the same reported NIP, or the same sub-district, a close
// date and a similar summary; staff link them or mark them as not duplicates — never deleting.
let t: TestApp;
let village: string;
const s: Record<'staff' | 'viewer', Session> = {} as never;

beforeAll(async () => {
  t = await createTestApp({ NETRA_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
  village = await villageIn(t.db, '14.03.09');
  const home = await createOrganization(t.db, '14.03');
  s.staff = await signIn(t.app, (await createUser(t.db, home.id, 'handling_staff')).email);
  s.viewer = await signIn(t.app, (await createUser(t.db, home.id, 'viewer')).email);
});
afterAll(() => t.close());

type Candidates = { items: { id: string; reasons: string[]; relation: string | null; similarity: number }[] };
const candidates = async (id: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/cases/${id}/duplicates`, headers: s.staff.headers })
  ).json<Candidates>();
const party = (nip: string, name = 'Rudi Hartono') => ({
  reportedParty: { type: 'asn', name, agency: 'Dinas Kesehatan', position: 'Perawat', nip },
});

describe('duplicate detection', () => {
  it('finds a report about the same NIP and one with a similar summary nearby, but not an unrelated one', async () => {
    const nip = '198803122010011003';
    const first = await caseIdOf(
      t.db,
      (
        await submitReport(t.app, village, {
          summary: 'Perawat ASN membagikan stiker pasangan calon',
          ...party(nip),
        })
      ).receiptCode,
    );
    const sameNip = await caseIdOf(
      t.db,
      (
        await submitReport(t.app, village, {
          summary: 'Unggahan dukungan di media sosial',
          ...party(nip, 'Rudi H.'),
        })
      ).receiptCode,
    );
    const similar = await caseIdOf(
      t.db,
      (
        await submitReport(t.app, village, {
          summary: 'Perawat ASN membagikan stiker pasangan calon di pasar',
          ...party('199203142015032004', 'Orang Lain'),
        })
      ).receiptCode,
    );
    const unrelated = await caseIdOf(
      t.db,
      (
        await submitReport(t.app, village, {
          summary: 'Kepala desa memasang baliho',
          ...party('197001011990031001', 'Pak Kades'),
        })
      ).receiptCode,
    );
    const found = await candidates(first);
    const byId = new Map(found.items.map((c) => [c.id, c]));
    expect(byId.get(sameNip)?.reasons).toContain('same_reported_nip');
    expect(byId.get(similar)?.reasons).toEqual(['similar_summary']);
    expect(byId.get(similar)!.similarity).toBeGreaterThanOrEqual(0.3);
    expect(byId.has(unrelated)).toBe(false);
    // The later report sees the earlier one too.
    expect((await candidates(similar)).items.map((c) => c.id)).toContain(first);

    // Not a duplicate: kept as a relation, shown as such; linking: the same incident, audited.
    const mark = (other: string, relation: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/cases/${first}/duplicates`,
        headers: s.staff.headers,
        payload: { otherCaseId: other, relation },
      });
    expect((await mark(similar, 'not_duplicate')).statusCode).toBe(200);
    const linked = await mark(sameNip, 'linked');
    expect(linked.statusCode).toBe(200);
    const after = linked.json<Candidates>();
    expect(after.items.find((c) => c.id === similar)?.relation).toBe('not_duplicate');
    expect(after.items[0]).toMatchObject({ id: sameNip, relation: 'linked' });
    expect((await candidates(sameNip)).items.find((c) => c.id === first)?.relation).toBe('linked');
    const stillThere = await t.db.query('SELECT count(*)::int AS n FROM cases WHERE id = ANY($1)', [
      [first, sameNip, similar],
    ]);
    expect(stillThere.rows[0]).toEqual({ n: 3 });
    const audit = await t.db.query<{ after: { relation: string } }>(
      `SELECT after FROM audit_events WHERE action = 'case.duplicate_marked' AND entity_id = $1 ORDER BY id`,
      [first],
    );
    expect(audit.rows.map((r) => r.after.relation)).toEqual(['not_duplicate', 'linked']);
  });

  it('refuses linking a case to itself and marking by a role that cannot handle cases', async () => {
    const id = await caseIdOf(t.db, (await submitReport(t.app, village)).receiptCode);
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/duplicates`,
      headers: s.staff.headers,
      payload: { otherCaseId: id, relation: 'linked' },
    });
    expect(self.statusCode).toBe(400);
    const viewer = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/duplicates`,
      headers: s.viewer.headers,
      payload: { otherCaseId: id, relation: 'linked' },
    });
    expect(viewer.statusCode).toBe(403);
  });
});
