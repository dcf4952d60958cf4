import { inRegionScopes } from '../../lib/sql';
import type { Queryable } from '../../db/database';

export type ActivityRow = {
  id: string;
  title: string;
  kind: string;
  topics: string[];
  status: string;
  starts_at: Date;
  local_start: string;
  local_end: string | null;
  time_zone: string;
  village_code: string;
  village_name: string;
  district_name: string;
  organizer_id: string;
  organizer_name: string;
  attendance_count: number | null;
  attendance_list: string[];
  address: string | null;
  notes: string | null;
  photo_count: number;
  version: number;
};

export type ActivityWrite = {
  title: string;
  kind: string;
  topics: string[];
  organizerId: string;
  villageCode: string;
  address: string | null;
  startsAt: string;
  endsAt: string | null;
  status: string;
  attendanceCount: number | null;
  attendanceList: string[];
  notes: string | null;
};

/** Region subtree test for a list of scopes ('ID' is everything); `$n` is a text[] parameter. */

const LOCAL = (column: string) => `to_char(${column} AT TIME ZONE v.time_zone, 'YYYY-MM-DD"T"HH24:MI')`;

const SELECT = `SELECT a.id, a.title, a.kind, a.topics, a.status, a.starts_at, ${LOCAL('a.starts_at')} AS local_start,
  CASE WHEN a.ends_at IS NULL THEN NULL ELSE ${LOCAL('a.ends_at')} END AS local_end, v.time_zone,
  a.village_code, v.name AS village_name, d.name AS district_name, a.organizer_id, o.name AS organizer_name,
  a.attendance_count, a.attendance_list, a.address, a.notes, a.version,
  (SELECT count(*)::int FROM outreach_photos p WHERE p.activity_id = a.id) AS photo_count
  FROM outreach_activities a
  JOIN regions v ON v.code = a.village_code
  JOIN regions d ON d.code = a.district_code
  JOIN organizations o ON o.id = a.organizer_id`;

export const outreachRepository = {
  /** The village (level 4) with its kecamatan and time zone, or undefined. */
  async findVillage(db: Queryable, code: string) {
    const result = await db.query<{ code: string; parent_code: string; time_zone: string }>(
      'SELECT code, parent_code, time_zone FROM regions WHERE code = $1 AND level = 4',
      [code],
    );
    return result.rows[0];
  },

  async findOrganization(db: Queryable, id: string) {
    const result = await db.query<{ id: string; name: string; region_code: string; type: string }>(
      'SELECT id, name, region_code, type FROM organizations WHERE id = $1',
      [id],
    );
    return result.rows[0];
  },

  async countOrganizations(db: Queryable, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM organizations WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return result.rows[0]!.n;
  },

  async countAudiences(db: Queryable, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM outreach_audiences WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return result.rows[0]!.n;
  },

  /** Local wall-clock times are turned into instants in the village's own time zone, in SQL. */
  async insert(tx: Queryable, a: ActivityWrite, createdBy: string | null): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO outreach_activities (organizer_id, kind, title, topics, village_code, district_code, address,
         starts_at, ends_at, status, attendance_count, attendance_list, notes, created_by)
       SELECT $1, $2, $3, $4, v.code, v.parent_code, $6, $7::timestamp AT TIME ZONE v.time_zone,
         $8::timestamp AT TIME ZONE v.time_zone, $9, $10, $11, $12, $13
       FROM regions v WHERE v.code = $5
       RETURNING id`,
      [
        a.organizerId,
        a.kind,
        a.title,
        a.topics,
        a.villageCode,
        a.address,
        a.startsAt,
        a.endsAt,
        a.status,
        a.attendanceCount,
        JSON.stringify(a.attendanceList),
        a.notes,
        createdBy,
      ],
    );
    return result.rows[0]!.id;
  },

  /** Writes the edit only if nobody else saved since `expectedVersion`; false when stale. */
  async update(tx: Queryable, id: string, a: ActivityWrite, expectedVersion: number): Promise<boolean> {
    const result = await tx.query(
      `UPDATE outreach_activities x SET organizer_id = $2, kind = $3, title = $4, topics = $5, village_code = v.code,
         district_code = v.parent_code, address = $7, starts_at = $8::timestamp AT TIME ZONE v.time_zone,
         ends_at = $9::timestamp AT TIME ZONE v.time_zone, status = $10, attendance_count = $11,
         attendance_list = $12, notes = $13, version = x.version + 1, updated_at = now()
       FROM regions v WHERE v.code = $6 AND x.id = $1 AND x.version = $14`,
      [
        id,
        a.organizerId,
        a.kind,
        a.title,
        a.topics,
        a.villageCode,
        a.address,
        a.startsAt,
        a.endsAt,
        a.status,
        a.attendanceCount,
        JSON.stringify(a.attendanceList),
        a.notes,
        expectedVersion,
      ],
    );
    return result.rowCount === 1;
  },

  async replaceLinks(tx: Queryable, id: string, audienceIds: string[], partnerIds: string[]): Promise<void> {
    await tx.query('DELETE FROM outreach_activity_audiences WHERE activity_id = $1', [id]);
    await tx.query('DELETE FROM outreach_activity_partners WHERE activity_id = $1', [id]);
    await tx.query(
      `INSERT INTO outreach_activity_audiences (activity_id, audience_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [id, audienceIds],
    );
    await tx.query(
      `INSERT INTO outreach_activity_partners (activity_id, organization_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [id, partnerIds],
    );
  },

  async findById(db: Queryable, id: string): Promise<ActivityRow | undefined> {
    return (await db.query<ActivityRow>(`${SELECT} WHERE a.id = $1`, [id])).rows[0];
  },

  async list(
    db: Queryable,
    f: {
      scopes: string[];
      from?: string;
      to?: string;
      status?: string;
      organizerId?: string;
      q?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: ActivityRow[]; total: number }> {
    // The coarse UTC bounds let the starts_at index work; the exact test is on the local date.
    const result = await db.query<ActivityRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT}
         WHERE ${inRegionScopes('a.village_code', '$1')}
           AND ($2::date IS NULL OR (a.starts_at >= $2::date - 1 AND (a.starts_at AT TIME ZONE v.time_zone)::date >= $2::date))
           AND ($3::date IS NULL OR (a.starts_at < $3::date + 2 AND (a.starts_at AT TIME ZONE v.time_zone)::date <= $3::date))
           AND ($4::text IS NULL OR a.status = $4)
           AND ($5::uuid IS NULL OR a.organizer_id = $5)
           AND ($6::text IS NULL OR a.title ILIKE '%' || $6 || '%' OR v.name ILIKE '%' || $6 || '%')) x
       ORDER BY starts_at DESC, id LIMIT $7 OFFSET $8`,
      [
        f.scopes,
        f.from ?? null,
        f.to ?? null,
        f.status ?? null,
        f.organizerId ?? null,
        f.q ?? null,
        f.limit,
        f.offset,
      ],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  async audiencesOf(db: Queryable, id: string) {
    const result = await db.query<{ id: string; name: string }>(
      `SELECT au.id, au.name || COALESCE(' — ' || o.name, '') AS name FROM outreach_activity_audiences x
       JOIN outreach_audiences au ON au.id = x.audience_id LEFT JOIN organizations o ON o.id = au.organization_id
       WHERE x.activity_id = $1 ORDER BY au.name`,
      [id],
    );
    return result.rows;
  },

  async partnersOf(db: Queryable, id: string) {
    const result = await db.query<{ id: string; name: string }>(
      `SELECT o.id, o.name FROM outreach_activity_partners x JOIN organizations o ON o.id = x.organization_id
       WHERE x.activity_id = $1 ORDER BY o.name`,
      [id],
    );
    return result.rows;
  },

  async articlesOf(db: Queryable, id: string) {
    const result = await db.query<{ id: string; title: string; slug: string; status: string }>(
      `SELECT n.id, n.title, n.slug, n.status FROM news_article_activities x JOIN news_articles n ON n.id = x.article_id
       WHERE x.activity_id = $1 ORDER BY n.created_at`,
      [id],
    );
    return result.rows;
  },

  async listAudiences(db: Queryable) {
    const result = await db.query<{
      id: string;
      name: string;
      organization_id: string | null;
      organization_name: string | null;
    }>(
      `SELECT au.id, au.name, au.organization_id, o.name AS organization_name
       FROM outreach_audiences au LEFT JOIN organizations o ON o.id = au.organization_id
       ORDER BY au.organization_id IS NOT NULL, au.name, o.name`,
    );
    return result.rows;
  },

  /** Undefined when the same name (for the same agency) already exists. */
  async insertAudience(
    tx: Queryable,
    a: { name: string; organizationId: string | null; createdBy: string | null },
  ): Promise<string | undefined> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO outreach_audiences (name, organization_id, created_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING id`,
      [a.name, a.organizationId, a.createdBy],
    );
    return result.rows[0]?.id;
  },
};
