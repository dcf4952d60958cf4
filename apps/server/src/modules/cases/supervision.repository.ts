import type { Queryable } from '../../db/database';

export type SupervisionRow = {
  id: string;
  organization_id: string;
  region_code: string;
  officer_user_id: string;
  officer_name: string;
  officer_position: string;
  assignment_letter_number: string;
  stage_supervised: string;
  supervised: string;
  narrative: string;
  supervised_on: string;
  suspected_violation: boolean;
  finding_case_id: string | null;
  created_at: Date;
};

const COLUMNS = `id, organization_id, region_code, officer_user_id, officer_name, officer_position, assignment_letter_number,
  stage_supervised, supervised, narrative, supervised_on::text, suspected_violation, finding_case_id, created_at`;

export const supervisionRepository = {
  async insert(
    tx: Queryable,
    r: Omit<SupervisionRow, 'id' | 'finding_case_id' | 'created_at'>,
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO supervision_results (organization_id, region_code, officer_user_id, officer_name, officer_position,
         assignment_letter_number, stage_supervised, supervised, narrative, supervised_on, suspected_violation)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
      [
        r.organization_id,
        r.region_code,
        r.officer_user_id,
        r.officer_name,
        r.officer_position,
        r.assignment_letter_number,
        r.stage_supervised,
        r.supervised,
        r.narrative,
        r.supervised_on,
        r.suspected_violation,
      ],
    );
    return result.rows[0]!.id;
  },

  async findById(db: Queryable, id: string): Promise<SupervisionRow | undefined> {
    return (await db.query<SupervisionRow>(`SELECT ${COLUMNS} FROM supervision_results WHERE id = $1`, [id]))
      .rows[0];
  },

  async findByCaseId(db: Queryable, caseId: string): Promise<SupervisionRow | undefined> {
    return (
      await db.query<SupervisionRow>(
        `SELECT ${COLUMNS} FROM supervision_results WHERE finding_case_id = $1`,
        [caseId],
      )
    ).rows[0];
  },

  /** Form A results in the given region scopes, newest first, for the staff page. */
  async list(db: Queryable, filter: { scopes: string[]; limit: number; offset: number }) {
    const result = await db.query<SupervisionRow & { total: number }>(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM supervision_results
       WHERE 'ID' = ANY($1::text[]) OR EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE region_code = s OR region_code LIKE s || '.%')
       ORDER BY created_at DESC LIMIT $2 OFFSET $3`,
      [filter.scopes, filter.limit, filter.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  async markPromoted(tx: Queryable, id: string, caseId: string): Promise<boolean> {
    const result = await tx.query(
      'UPDATE supervision_results SET finding_case_id = $2 WHERE id = $1 AND finding_case_id IS NULL',
      [id, caseId],
    );
    return result.rowCount === 1;
  },
};
