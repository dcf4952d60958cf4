import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inTransaction } from '../../src/db/database';
import { recordAudit, verifyAuditChain } from '../../src/modules/audit/audit.service';
import { createOrganization, createTestApp, createUser, signIn, type TestApp } from '../helpers/test-app';

const run = promisify(execFile);
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Runs the real CLI against the test database. */
async function netraAuditVerify(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'apps/cli/src/index.ts', 'audit', 'verify', '--json'],
      {
        env: { ...process.env, DATABASE_URL: inject('databaseUrl'), NETRA_DATA_DIR: '/tmp/netra-test-cli' },
      },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('audit trail', () => {
  it('writes the event in the same transaction as the change: a rolled-back change leaves no event', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    await expect(
      inTransaction(t.db, async (tx) => {
        await recordAudit(tx, { action: 'test.rolled_back', entityType: 'test' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const events = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'test.rolled_back'`);
    expect(events.rowCount).toBe(0);
    expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events')).rows[0]!.n).toBe(
      before.rows[0]!.n,
    );
  });

  it('records who changed what, where, with before and after', async () => {
    const org = await createOrganization(t.db, '14.03');
    const admin = await createUser(t.db, org.id, 'administrator');
    const { headers } = await signIn(t.app, admin.email);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/organizations/${org.id}`,
      headers,
      payload: { name: 'Nama Sesudah', parentId: null },
    });
    expect(response.statusCode).toBe(200);
    const row = await t.db.query(
      `SELECT actor_user_id, organization_id, region_code, before, after FROM audit_events WHERE action = 'organization.updated' AND entity_id = $1`,
      [org.id],
    );
    expect(row.rows).toEqual([
      {
        actor_user_id: admin.userId,
        organization_id: org.id,
        region_code: '14.03',
        before: { name: org.name, parentId: null },
        after: { name: 'Nama Sesudah', parentId: null },
      },
    ]);
  });

  it('refuses UPDATE and DELETE from the application', async () => {
    await expect(
      t.db.query(`UPDATE audit_events SET action = 'x' WHERE id = (SELECT min(id) FROM audit_events)`),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it('`netra audit verify` passes on an intact chain and names the first altered event', async () => {
    for (let i = 0; i < 3; i++)
      await recordAudit(t.db, {
        action: 'test.filler',
        entityType: 'test',
        after: { i, nested: { b: 2, a: [1, 'x'] } },
      });
    const intact = await netraAuditVerify();
    expect(intact.code).toBe(0);
    expect(JSON.parse(intact.stdout.trim().split('\n').pop()!)).toMatchObject({ ok: true });

    // Someone with database rights edits a row directly in SQL.
    const victim = await t.db.query<{ id: string }>(
      `SELECT id FROM audit_events WHERE action = 'test.filler' ORDER BY id LIMIT 1 OFFSET 1`,
    );
    const id = victim.rows[0]!.id;
    const client = await t.db.connect();
    try {
      await client.query(`SET netra.allow_audit_rewrite = 'on'`);
      await client.query(`UPDATE audit_events SET after = '{"i": 99}' WHERE id = $1`, [id]);
      await client.query(`RESET netra.allow_audit_rewrite`);
    } finally {
      client.release();
    }
    const broken = await netraAuditVerify();
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenEventId: id });
    expect(broken.stdout).toContain(id);
    expect(broken.code).toBe(3);
    expect(JSON.parse(broken.stdout.trim().split('\n').pop()!)).toMatchObject({
      ok: false,
      brokenEventId: id,
      reason: 'hash_mismatch',
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenEventId: id });

    // Restore so that other test files sharing the database see an intact chain again.
    const restore = await t.db.connect();
    try {
      await restore.query(`SET netra.allow_audit_rewrite = 'on'`);
      await restore.query(
        `UPDATE audit_events SET after = '{"i": 1, "nested": {"a": [1, "x"], "b": 2}}' WHERE id = $1`,
        [id],
      );
      await restore.query(`RESET netra.allow_audit_rewrite`);
    } finally {
      restore.release();
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
