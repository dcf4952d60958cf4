import type { Queryable } from '../../db/database';

export type RegionRow = {
  code: string;
  parent_code: string | null;
  level: number;
  kind: string;
  name: string;
  time_zone: string;
};

export const regionsRepository = {
  async insertMany(db: Queryable, rows: RegionRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const result = await db.query(
      `INSERT INTO regions (code, parent_code, level, kind, name, time_zone)
       SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (code) DO NOTHING`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.parent_code),
        rows.map((r) => r.level),
        rows.map((r) => r.kind),
        rows.map((r) => r.name),
        rows.map((r) => r.time_zone),
      ],
    );
    return result.rowCount ?? 0;
  },

  async count(db: Queryable): Promise<number> {
    const result = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM regions');
    return result.rows[0]!.n;
  },

  async findByCode(db: Queryable, code: string): Promise<RegionRow | undefined> {
    const result = await db.query<RegionRow>('SELECT * FROM regions WHERE code = $1', [code]);
    return result.rows[0];
  },

  async listChildren(
    db: Queryable,
    parentCode: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: RegionRow[]; total: number }> {
    const result = await db.query<RegionRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM regions WHERE parent_code = $1 ORDER BY code LIMIT $2 OFFSET $3`,
      [parentCode, limit, offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  /** The chain from the national root down to `code`, for breadcrumbs. */
  async listAncestors(db: Queryable, code: string): Promise<RegionRow[]> {
    const result = await db.query<RegionRow>(
      `WITH RECURSIVE chain AS (
         SELECT * FROM regions WHERE code = $1
         UNION ALL SELECT r.* FROM regions r JOIN chain c ON r.code = c.parent_code)
       SELECT * FROM chain ORDER BY level`,
      [code],
    );
    return result.rows;
  },

  /**
   * Villages and sub-districts by name or code for the public forms: only public facts (code,
   * name, level, the parent's name). Names that start with the query come first.
   */
  async searchPublic(
    db: Queryable,
    query: string,
    limit: number,
  ): Promise<{ code: string; name: string; level: number; parent_name: string | null }[]> {
    const result = await db.query<{ code: string; name: string; level: number; parent_name: string | null }>(
      `SELECT r.code, r.name, r.level, p.name AS parent_name
       FROM regions r LEFT JOIN regions p ON p.code = r.parent_code
       WHERE r.level IN (3, 4) AND (lower(r.name) LIKE '%' || lower($1) || '%' OR r.code LIKE $1 || '%')
       ORDER BY (lower(r.name) LIKE lower($1) || '%') DESC, r.level DESC, r.name, r.code LIMIT $2`,
      [query, limit],
    );
    return result.rows;
  },

  async search(db: Queryable, query: string, withinScopes: string[], limit: number): Promise<RegionRow[]> {
    const result = await db.query<RegionRow>(
      `SELECT * FROM regions
       WHERE (lower(name) LIKE '%' || lower($1) || '%' OR code LIKE $1 || '%')
         AND ('ID' = ANY($2::text[]) OR EXISTS (SELECT 1 FROM unnest($2::text[]) s WHERE code = s OR code LIKE s || '.%'))
       ORDER BY level, code LIMIT $3`,
      [query, withinScopes, limit],
    );
    return result.rows;
  },
};
