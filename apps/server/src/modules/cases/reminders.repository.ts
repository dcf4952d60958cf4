import type { CaseState } from '@netra/rules';
import type { Queryable } from '../../db/database';

export type DueCaseRow = {
  id: string;
  kind: string;
  region_code: string;
  region_name: string;
  register_number: string | null;
  state: CaseState;
};

export type StaffRow = { organization_id: string; region_code: string; role: string; email: string };

export const remindersRepository = {
  /** Open cases whose earliest running deadline is before `until`, a page at a time in id order. */
  async dueCases(db: Queryable, until: Date, afterId: string | null, limit: number): Promise<DueCaseRow[]> {
    const result = await db.query<DueCaseRow>(
      `SELECT c.id, c.kind, c.region_code, r.name AS region_name, c.register_number, c.state
       FROM cases c JOIN regions r ON r.code = c.region_code
       WHERE c.next_due_at IS NOT NULL AND c.next_due_at <= $1 AND c.status <> 'closed'
         AND ($2::uuid IS NULL OR c.id > $2)
       ORDER BY c.id LIMIT $3`,
      [until, afterId, limit],
    );
    return result.rows;
  },

  /** Handling staff and commissioners of every office whose region covers `regionCode`, nearest first. */
  async staffCovering(db: Queryable, regionCode: string): Promise<StaffRow[]> {
    const result = await db.query<StaffRow>(
      `SELECT o.id AS organization_id, o.region_code, m.role, u.email
       FROM organizations o
       JOIN memberships m ON m.organization_id = o.id
       JOIN users u ON u.id = m.user_id
       WHERE ($1 = o.region_code OR $1 LIKE o.region_code || '.%' OR o.region_code = 'ID')
         AND m.role IN ('handling_staff', 'commissioner')
       ORDER BY CASE WHEN o.region_code = 'ID' THEN 0 ELSE length(o.region_code) END DESC, o.id, u.email`,
      [regionCode],
    );
    return result.rows;
  },

  /** Records a reminder; false when one of this kind was already sent that day (the job's idempotency). */
  async claim(
    tx: Queryable,
    r: {
      caseId: string;
      deadlineKey: string;
      dueAt: string;
      kind: string;
      sentOn: string;
      recipients: number;
    },
  ): Promise<boolean> {
    const result = await tx.query(
      `INSERT INTO case_reminders (case_id, deadline_key, due_at, kind, sent_on, recipients)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [r.caseId, r.deadlineKey, r.dueAt, r.kind, r.sentOn, r.recipients],
    );
    return result.rowCount === 1;
  },
};
