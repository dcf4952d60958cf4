import type { Queryable } from '../../db/database';

export type OrganizationRow = {
  id: string;
  type: string;
  name: string;
  region_code: string;
  region_name: string;
  parent_id: string | null;
  parent_name: string | null;
  member_count: number;
  created_at: Date;
};

const SELECT = `SELECT o.id, o.type, o.name, o.region_code, r.name AS region_name, o.parent_id, p.name AS parent_name,
  (SELECT count(*)::int FROM memberships m WHERE m.organization_id = o.id) AS member_count, o.created_at
  FROM organizations o JOIN regions r ON r.code = o.region_code LEFT JOIN organizations p ON p.id = o.parent_id`;

export const organizationsRepository = {
  async findById(db: Queryable, id: string): Promise<OrganizationRow | undefined> {
    const result = await db.query<OrganizationRow>(`${SELECT} WHERE o.id = $1`, [id]);
    return result.rows[0];
  },

  async list(
    db: Queryable,
    filter: {
      scopes: string[];
      query?: string;
      type?: string;
      parentId?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: OrganizationRow[]; total: number }> {
    const result = await db.query<OrganizationRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT}
         WHERE ('ID' = ANY($1::text[]) OR EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE o.region_code = s OR o.region_code LIKE s || '.%'))
           AND ($2::text IS NULL OR o.name ILIKE '%' || $2 || '%')
           AND ($3::text IS NULL OR o.type = $3)
           AND ($4::uuid IS NULL OR o.parent_id = $4)) x
       ORDER BY region_code, name LIMIT $5 OFFSET $6`,
      [
        filter.scopes,
        filter.query ?? null,
        filter.type ?? null,
        filter.parentId ?? null,
        filter.limit,
        filter.offset,
      ],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  async insert(
    tx: Queryable,
    input: { type: string; name: string; regionCode: string; parentId: string | null },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      'INSERT INTO organizations (type, name, region_code, parent_id) VALUES ($1,$2,$3,$4) RETURNING id',
      [input.type, input.name, input.regionCode, input.parentId],
    );
    return result.rows[0]!.id;
  },

  async update(tx: Queryable, id: string, input: { name: string; parentId: string | null }): Promise<void> {
    await tx.query('UPDATE organizations SET name = $2, parent_id = $3, updated_at = now() WHERE id = $1', [
      id,
      input.name,
      input.parentId,
    ]);
  },

  async countDependants(db: Queryable, id: string): Promise<number> {
    const result = await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM organizations WHERE parent_id = $1) + (SELECT count(*) FROM memberships WHERE organization_id = $1)
         + (SELECT count(*) FROM invitations WHERE organization_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL) AS n`,
      [id],
    );
    return Number(result.rows[0]!.n);
  },

  async delete(tx: Queryable, id: string): Promise<void> {
    await tx.query('DELETE FROM invitations WHERE organization_id = $1', [id]);
    await tx.query('DELETE FROM organizations WHERE id = $1', [id]);
  },
};
