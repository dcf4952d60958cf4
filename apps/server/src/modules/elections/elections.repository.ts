import type { Queryable } from '../../db/database';

export type ElectionRow = {
  id: string;
  name: string;
  profile_id: string;
  region_code: string;
  definition: unknown;
  updated_at: Date;
};
export type HolidayRow = {
  id: string;
  date: string;
  kind: string;
  name_id: string;
  name_en: string;
  region_code: string | null;
};

export const electionsRepository = {
  async list(db: Queryable): Promise<ElectionRow[]> {
    // Elections are few (one per region and cycle); a regency sees a handful, the nation ~545 per cycle.
    return (await db.query<ElectionRow>('SELECT * FROM elections ORDER BY region_code, id LIMIT 1000')).rows;
  },
  async findById(db: Queryable, id: string): Promise<ElectionRow | undefined> {
    return (await db.query<ElectionRow>('SELECT * FROM elections WHERE id = $1', [id])).rows[0];
  },
  /** The election of the region or its nearest ancestor, for the public rule check. */
  async findCoveringRegion(db: Queryable, regionCode: string): Promise<ElectionRow | undefined> {
    const result = await db.query<ElectionRow>(
      `SELECT * FROM elections WHERE $1 = region_code OR $1 LIKE region_code || '.%'
       ORDER BY length(region_code) DESC, updated_at DESC LIMIT 1`,
      [regionCode],
    );
    return result.rows[0];
  },
  async upsert(
    tx: Queryable,
    row: { id: string; name: string; profileId: string; regionCode: string; definition: unknown },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO elections (id, name, profile_id, region_code, definition) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, profile_id = EXCLUDED.profile_id,
         region_code = EXCLUDED.region_code, definition = EXCLUDED.definition, updated_at = now()`,
      [row.id, row.name, row.profileId, row.regionCode, JSON.stringify(row.definition)],
    );
  },
  async delete(tx: Queryable, id: string): Promise<void> {
    await tx.query('DELETE FROM elections WHERE id = $1', [id]);
  },

  async listHolidays(db: Queryable, filter: { year: number; regionCode?: string }): Promise<HolidayRow[]> {
    const result = await db.query<HolidayRow>(
      `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, kind, name_id, name_en, region_code FROM holidays
       WHERE date >= make_date($1, 1, 1) AND date < make_date($1 + 1, 1, 1)
         AND (region_code IS NULL OR $2::text IS NULL OR $2 = region_code OR $2 LIKE region_code || '.%')
       ORDER BY date`,
      [filter.year, filter.regionCode ?? null],
    );
    return result.rows;
  },
  /** Holidays applying to a region within a span, for deadline computation. */
  async listHolidaysBetween(
    db: Queryable,
    from: string,
    to: string,
    regionCode: string,
  ): Promise<HolidayRow[]> {
    const result = await db.query<HolidayRow>(
      `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, kind, name_id, name_en, region_code FROM holidays
       WHERE date BETWEEN $1::date AND $2::date AND (region_code IS NULL OR $3 = region_code OR $3 LIKE region_code || '.%')`,
      [from, to, regionCode],
    );
    return result.rows;
  },
  async findHoliday(db: Queryable, id: string): Promise<HolidayRow | undefined> {
    return (
      await db.query<HolidayRow>(
        `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, kind, name_id, name_en, region_code FROM holidays WHERE id = $1`,
        [id],
      )
    ).rows[0];
  },
  async insertHoliday(
    tx: Queryable,
    row: {
      date: string;
      kind: string;
      nameId: string;
      nameEn: string;
      regionCode: string | null;
      createdBy: string;
    },
  ): Promise<string | undefined> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO holidays (date, kind, name_id, name_en, region_code, created_by) VALUES ($1,$2,$3,$4,$5,$6)
       ON CONFLICT DO NOTHING RETURNING id`,
      [row.date, row.kind, row.nameId, row.nameEn, row.regionCode, row.createdBy],
    );
    return result.rows[0]?.id;
  },
  async deleteHoliday(tx: Queryable, id: string): Promise<void> {
    await tx.query('DELETE FROM holidays WHERE id = $1', [id]);
  },
};
