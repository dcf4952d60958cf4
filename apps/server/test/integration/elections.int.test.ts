import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bengkalis2024Election } from '@netra/rules';
import { createOrganization, createTestApp, createUser, signIn, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  const org = await createOrganization(t.db, '14.03');
  admin = (await signIn(t.app, (await createUser(t.db, org.id, 'administrator')).email)).headers;
});
afterAll(() => t.close());

describe('elections, stages and holidays edited by administrators', () => {
  it('rejects an election without a designation stage, field by field, and stores nothing', async () => {
    const id = 'uji-tanpa-penetapan';
    const stages = bengkalis2024Election.stages.filter((s) => s.kind !== 'candidate_designation');
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/elections/${id}`,
      headers: admin,
      payload: { ...bengkalis2024Election, id, stages },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response.json<{ error: { code: string; details: { fields: { field: string }[] } } }>().error.details
        .fields[0]!.field,
    ).toContain('stages');
    expect((await t.app.inject({ method: 'GET', url: `/api/public/elections/${id}` })).statusCode).toBe(404);
  });

  it('saves an edited stage and the public rule check uses it', async () => {
    const id = 'pilbup-uji-stage';
    // Move the campaign so that 2024-10-10 falls before designation in this test election for Siak Kecil.
    const stages = bengkalis2024Election.stages.map((s) =>
      s.kind === 'candidate_designation'
        ? { ...s, start: '2024-10-20', end: '2024-10-20' }
        : s.kind === 'campaign'
          ? { ...s, start: '2024-10-21' }
          : s,
    );
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/elections/${id}`,
      headers: admin,
      payload: { ...bengkalis2024Election, id, regionCode: '14.03.12', stages },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const audit = await t.db.query(
      `SELECT action FROM audit_events WHERE entity_type = 'election' AND entity_id = $1`,
      [id],
    );
    expect(audit.rows).toEqual([{ action: 'election.created' }]);
    const stored = await t.services.elections.current('14.03.12.2001');
    expect(stored.id).toBe(id);
    expect(stored.stages.find((s) => s.kind === 'candidate_designation')!.start).toBe('2024-10-20');
  });

  it('publishes the built-in national calendar with each date’s status', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/holidays/built-in?year=2024' });
    const items = response.json<{ items: { date: string; status: string }[] }>().items;
    expect(items.some((h) => h.date === '2024-08-17')).toBe(true);
    expect(
      items.every((h) => h.date.startsWith('2024-') && ['verified', 'unverified'].includes(h.status)),
    ).toBe(true);
  });

  it('adds a regional holiday that the legal clock skips, and refuses a duplicate', async () => {
    const payload = {
      date: '2026-03-02',
      kind: 'special',
      nameId: 'Hari jadi uji',
      nameEn: 'Test anniversary',
      regionCode: '14.03',
    };
    const added = await t.app.inject({ method: 'POST', url: '/api/holidays', headers: admin, payload });
    expect(added.statusCode, added.body).toBe(201);
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/holidays', headers: admin, payload });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<{ error: { code: string } }>().error.code).toBe('holidays.duplicate');
    // Friday 2026-02-27 + 1 working day: Monday 2 March is now a holiday in Bengkalis, so Tuesday.
    const deadline = (regionCode?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/public/deadline?start=2026-02-27T09:00:00%2B07:00&length=1&unit=working_days${regionCode ? `&regionCode=${regionCode}` : ''}`,
      });
    expect((await deadline('14.03.12')).json<{ lastDay: string }>().lastDay).toBe('2026-03-03');
    expect((await deadline('14.06')).json<{ lastDay: string }>().lastDay).toBe('2026-03-02');
  });
});
