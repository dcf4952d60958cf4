import type { CaseState } from '@netra/rules';
import type { Queryable } from '../../db/database';

export type OverdueForwardingRow = {
  id: string;
  case_id: string;
  kind: string;
  recipient_organization_id: string;
  recipient_name: string;
  letter_number: string | null;
  forwarded_at: Date;
  register_number: string | null;
  region_code: string;
  region_name: string;
  time_zone: CaseState['timeZone'];
};

export const followUpEscalationRepository = {
  /**
   * Forwardings made on or before `forwardedBefore` whose disposition has no recorded follow-up
   * from any recipient (the same rule as the flag on the case page), a page at a time in id order.
   * Public facts of the case only: never the reporter, never the reported party.
   */
  async overdue(
    db: Queryable,
    forwardedBefore: Date,
    afterId: string | null,
    limit: number,
  ): Promise<OverdueForwardingRow[]> {
    const result = await db.query<OverdueForwardingRow>(
      `SELECT f.id, f.case_id, f.kind, f.recipient_organization_id, o.name AS recipient_name, f.letter_number,
              f.forwarded_at, c.register_number, c.region_code, r.name AS region_name,
              COALESCE(c.state ->> 'timeZone', 'Asia/Jakarta') AS time_zone
       FROM case_forwardings f
       JOIN organizations o ON o.id = f.recipient_organization_id
       JOIN cases c ON c.id = f.case_id
       JOIN regions r ON r.code = c.region_code
       WHERE f.forwarded_at <= $1
         AND NOT EXISTS (SELECT 1 FROM case_forwardings d
                         WHERE d.disposition_id = f.disposition_id AND d.recorded_at IS NOT NULL)
         AND ($2::uuid IS NULL OR f.id > $2)
       ORDER BY f.id LIMIT $3`,
      [forwardedBefore, afterId, limit],
    );
    return result.rows;
  },

  /** The receiving organisation's people who record follow-ups (agency HR, police liaison). */
  async recipientUsers(db: Queryable, organizationId: string): Promise<string[]> {
    const result = await db.query<{ email: string }>(
      `SELECT DISTINCT u.email FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.organization_id = $1 AND m.role IN ('agency_hr', 'police_liaison')
       ORDER BY u.email`,
      [organizationId],
    );
    return result.rows.map((r) => r.email);
  },
};
