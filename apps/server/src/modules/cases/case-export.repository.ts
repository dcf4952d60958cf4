import type { Queryable } from '../../db/database';
import { caseFilterSql, type CaseFilterInput } from './case-filters';

export type ExportRow = {
  id: string;
  kind: string;
  status: string;
  region_code: string;
  region_name: string;
  register_number: string | null;
  summary: string;
  next_due_at: Date | null;
  created_at: Date;
  /** created_at with its microseconds (a JS Date keeps only milliseconds): the keyset cursor. */
  cursor_at: string;
  violation_kinds: string[];
  reported_agency: string | null;
  reported_position: string | null;
  /** Personal data of the ASN: selected only when the export asks for it. */
  reported_name: string | null;
};

export type ExportFilter = CaseFilterInput & { includeReportedName: boolean };

export const caseExportRepository = {
  /**
   * One page of the export in (created_at, id) order after the cursor: keyset pagination, so a
   * national export never holds more than a page in memory and never skips a row. Reporter identity
   * is not selected at all.
   */
  async page(
    db: Queryable,
    f: ExportFilter,
    after: { cursorAt: string; id: string } | null,
    limit: number,
  ): Promise<ExportRow[]> {
    const { where, params } = caseFilterSql(f);
    const n = params.length;
    const result = await db.query<ExportRow>(
      `SELECT c.id, c.kind, c.status, c.region_code, r.name AS region_name, c.register_number, c.summary,
              c.next_due_at, c.created_at, c.created_at::text AS cursor_at, COALESCE(c.state -> 'violationKinds', '[]') AS violation_kinds,
              rp.reported_party ->> 'agency' AS reported_agency, rp.reported_party ->> 'position' AS reported_position,
              CASE WHEN $${n + 1}::boolean THEN rp.reported_party ->> 'name' END AS reported_name
       FROM cases c JOIN regions r ON r.code = c.region_code LEFT JOIN reports rp ON rp.case_id = c.id
       WHERE ${where}
         AND ($${n + 2}::timestamptz IS NULL OR (c.created_at, c.id) > ($${n + 2}::timestamptz, $${n + 3}::uuid))
       ORDER BY c.created_at, c.id
       LIMIT $${n + 4}`,
      [...params, f.includeReportedName, after?.cursorAt ?? null, after?.id ?? null, limit],
    );
    return result.rows;
  },
};
