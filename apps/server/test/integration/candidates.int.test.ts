import { bengkalis2024Election } from '@netra/rules';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, type Queryable } from '../../src/db/database';
import { candidatesRepository } from '../../src/modules/candidates/candidates.repository';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { sessionAs } from './registry-helpers';

// Who may read a candidate pair: the pairs of an election whose region contains the reader's region
// (a Panwaslu Kecamatan and its regency's Pilkada Bupati) or lies inside it (the province above),
// the same for the list and the single read; never another regency's.
type Err = { error: { code: string } };
type Pair = { id: string; name: string; regionCode: string };

let t: TestApp;
let electionId = '';
let candidateId = '';
const name = `Calon Bupati ${randomUUID().slice(0, 6)}`;

/** A fresh election with a valid definition (the elections table is shared by every test file). */
async function electionIn(regionCode: string, q: Queryable = t.db) {
  const id = `uji-calon-${randomUUID().slice(0, 8)}`;
  const definition = { ...bengkalis2024Election, id, name: 'Pemilihan uji calon', regionCode };
  await q.query(
    `INSERT INTO elections (id, name, profile_id, region_code, definition) VALUES ($1, 'Pemilihan uji calon', $2, $3, $4)`,
    [id, definition.profileId, regionCode, JSON.stringify(definition)],
  );
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  electionId = await electionIn('14.03');
  // Created through the API by the regency's commissioner, as in real use.
  const commissioner = await sessionAs(t, 'commissioner', '14.03');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/candidates',
    headers: commissioner.headers,
    payload: { electionId, ballotNumber: 3, name, nicknames: [], parties: ['Partai Uji'] },
  });
  expect(created.statusCode, created.body).toBe(201);
  candidateId = created.json<Pair>().id;
});
afterAll(async () => t?.close());

const read = (headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: `/api/candidates/${candidateId}`, headers });
const list = async (headers: Record<string, string>) =>
  (await t.app.inject({ method: 'GET', url: `/api/candidates?electionId=${electionId}`, headers })).json<
    Pair[]
  >();

describe('reading candidate pairs across region levels', () => {
  it('a Panwaslu Kecamatan reads the pairs of its regency election, in the list and one by one', async () => {
    const panwascam = await sessionAs(t, 'field_supervisor', '14.03.12');
    const one = await read(panwascam.headers);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json<Pair>()).toMatchObject({ id: candidateId, name, regionCode: '14.03' });
    expect((await list(panwascam.headers)).map((c) => c.id)).toEqual([candidateId]);
  });

  it('the province above reads the regency pairs (the election lies inside its region)', async () => {
    const province = await sessionAs(t, 'handling_staff', '14');
    const one = await read(province.headers);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json<Pair>().id).toBe(candidateId);
    expect((await list(province.headers)).map((c) => c.id)).toEqual([candidateId]);
  });

  it("another regency's supervisor is refused (outside the jurisdiction, audited) and lists nothing", async () => {
    const kampar = await sessionAs(t, 'field_supervisor', '14.06');
    const one = await read(kampar.headers);
    expect(one.statusCode).toBe(403);
    expect(one.json<Err>().error.code).toBe('auth.outside_jurisdiction');
    expect(await list(kampar.headers)).toEqual([]);
    const denied = await t.db.query<{ entity_id: string; region_code: string }>(
      `SELECT entity_id, region_code FROM audit_events WHERE actor_user_id = $1 AND action = 'access.denied'`,
      [kampar.userId],
    );
    expect(denied.rows).toEqual([{ entity_id: 'monitoring.read', region_code: '14.03' }]);
  });

  it('a sub-district of another regency is refused too (the regency election does not contain it)', async () => {
    const otherPanwascam = await sessionAs(t, 'field_supervisor', '14.06.01');
    const one = await read(otherPanwascam.headers);
    expect(one.statusCode).toBe(403);
    expect(one.json<Err>().error.code).toBe('auth.outside_jurisdiction');
  });

  it('the list includes a national election pair for every scope (checked in a rolled-back transaction)', async () => {
    // A national election would cover every region of the shared test database, so it never commits.
    const rollback = new Error('rollback');
    await expect(
      inTransaction(t.db, async (tx) => {
        const national = await electionIn('ID', tx);
        const row = await candidatesRepository.insert(
          tx,
          { electionId: national, ballotNumber: 1, name: 'Calon Nasional', nicknames: [], parties: [] },
          'ID',
        );
        const ids = (await candidatesRepository.list(tx, ['14.03.12'], national)).map((c) => c.id);
        expect(ids).toEqual([row.id]);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
