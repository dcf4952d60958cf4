import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../src/lib/field-crypto';
import { seedDemoCases } from '../../src/modules/cases/demo-cases';
import { createOrganization, createTestApp, createUser, type TestApp } from '../helpers/test-app';
import { villageIn } from './cases-helpers';

// The demo cases go through the real services, so a change in the rules core that breaks them
// shows up here rather than on a fresh installation.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo cases', () => {
  it('creates Bengkalis cases in several states, a tip and a promoted Form A result', async () => {
    const kabupaten = await createOrganization(t.db, '14.03');
    const pkd = await createOrganization(t.db, await villageIn(t.db, '14.03.12'), 'pkd');
    const staff = await createUser(t.db, kabupaten.id, 'handling_staff');
    const commissioner = await createUser(t.db, kabupaten.id, 'commissioner');
    const supervisor = await createUser(t.db, pkd.id, 'field_supervisor');
    await seedDemoCases(t.db, {
      cipher: createFieldCipher(randomBytes(32).toString('hex')),
      handlingEmail: staff.email,
      commissionerEmail: commissioner.email,
      supervisorEmail: supervisor.email,
    });
    // Other suites write cases concurrently: pick ours by the seed's request id in the audit trail.
    const made = await t.db.query<{ kind: string; status: string }>(
      `SELECT kind, status FROM cases WHERE id::text IN (SELECT entity_id FROM audit_events
         WHERE request_id = 'demo-seed' AND action IN ('report.submitted', 'finding.created')) ORDER BY kind, status`,
    );
    expect(made.rows).toEqual([
      { kind: 'laporan', status: 'clarification' },
      { kind: 'laporan', status: 'forwarding' },
      { kind: 'laporan', status: 'not_registered' },
      { kind: 'laporan', status: 'received' },
      { kind: 'temuan', status: 'received' },
    ]);
    const tips = await t.db.query(
      `SELECT 1 FROM audit_events WHERE request_id = 'demo-seed' AND action = 'tip.submitted'`,
    );
    expect(tips.rowCount).toBe(1);
  });
});
