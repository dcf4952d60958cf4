import type { Queryable } from '../../db/database';

// Coverage tables are computed in SQL: they are aggregates (counts per area, topic, audience,
// agency, village) over every activity of a period, and a national deployment has far too many
// activities to load into memory and count in JavaScript. Only finished ('done') activities count
// as outreach that took place; planned ones are in the calendar, not in coverage.

/** Done activities under `$1` (a region code; 'ID' is everything) whose local date is in [$2, $3]. */
const ACTS = `acts AS (
  SELECT a.id, a.village_code, a.topics FROM outreach_activities a JOIN regions v ON v.code = a.village_code
  WHERE a.status = 'done' AND ($1 = 'ID' OR a.village_code LIKE $1 || '.%' OR a.village_code = $1)
    AND a.starts_at >= $2::date - 1 AND a.starts_at < $3::date + 2
    AND (a.starts_at AT TIME ZONE v.time_zone)::date BETWEEN $2::date AND $3::date)`;

/** Length of the code of a child region for a region code of each level (14 → 14.03 …). */
const CHILD_CODE_LENGTH = [2, 5, 8, 13, 13];

export type VillageCoverageRow = {
  code: string;
  name: string;
  district_name: string;
  activities: number;
  topics: string[];
  last_on: string | null;
  days_since: number | null;
  total: number;
};

const AGENCY_TYPES = ['opd', 'bkpsdm', 'pemda_sekda'];

export const coverageRepository = {
  async region(db: Queryable, code: string) {
    const result = await db.query<{ code: string; name: string; level: number }>(
      'SELECT code, name, level FROM regions WHERE code = $1',
      [code],
    );
    return result.rows[0];
  },

  async totals(db: Queryable, regionCode: string, from: string, to: string) {
    const result = await db.query<{ activities: number; villages: number; covered: number }>(
      `WITH ${ACTS}
       SELECT (SELECT count(*)::int FROM acts) AS activities,
         (SELECT count(*)::int FROM regions WHERE level = 4 AND ($1 = 'ID' OR code LIKE $1 || '.%' OR code = $1)) AS villages,
         (SELECT count(DISTINCT village_code)::int FROM acts) AS covered`,
      [regionCode, from, to],
    );
    return result.rows[0]!;
  },

  /** Child regions of the chosen one (kecamatan of a kabupaten …) with activity counts per topic. */
  async areas(db: Queryable, region: { code: string; level: number }, from: string, to: string) {
    const childLength = CHILD_CODE_LENGTH[region.level] ?? 13;
    const result = await db.query<{
      code: string;
      name: string;
      activities: number;
      topics: Record<string, number>;
    }>(
      `WITH ${ACTS},
       per_topic AS (SELECT left(x.village_code, $4) AS code, topic, count(*)::int AS n
                     FROM acts x CROSS JOIN LATERAL unnest(x.topics) AS topic GROUP BY 1, 2),
       per_area AS (SELECT left(village_code, $4) AS code, count(*)::int AS n FROM acts GROUP BY 1)
       SELECT c.code, c.name, COALESCE(pa.n, 0) AS activities,
         COALESCE((SELECT jsonb_object_agg(pt.topic, pt.n) FROM per_topic pt WHERE pt.code = c.code), '{}'::jsonb) AS topics
       FROM regions c LEFT JOIN per_area pa ON pa.code = c.code
       WHERE CASE WHEN $5 THEN c.code = $1 ELSE c.parent_code = $1 END
       ORDER BY c.name`,
      [region.code, from, to, childLength, region.level >= 4],
    );
    return result.rows;
  },

  /** Every audience relevant to the region with its number of activities (zero included). */
  async audiences(db: Queryable, regionCode: string, from: string, to: string) {
    const result = await db.query<{ id: string; name: string; activities: number }>(
      `WITH ${ACTS}
       SELECT au.id, au.name || COALESCE(' — ' || o.name, '') AS name, count(x.id)::int AS activities
       FROM outreach_audiences au
       LEFT JOIN organizations o ON o.id = au.organization_id
       LEFT JOIN outreach_activity_audiences aa ON aa.audience_id = au.id
       LEFT JOIN acts x ON x.id = aa.activity_id
       WHERE au.organization_id IS NULL OR $1 = 'ID' OR o.region_code LIKE $1 || '.%' OR o.region_code = $1
         OR $1 LIKE o.region_code || '.%'
       GROUP BY au.id, au.name, o.name
       ORDER BY count(x.id) ASC, au.name`,
      [regionCode, from, to],
    );
    return result.rows;
  },

  /** Government agencies around the region, with activities whose audience was their ASN. */
  async agencies(db: Queryable, regionCode: string, from: string, to: string) {
    const result = await db.query<{ id: string; name: string; activities: number; topics: string[] }>(
      `WITH ${ACTS}
       SELECT o.id, o.name, count(DISTINCT x.id)::int AS activities,
         COALESCE(array_agg(DISTINCT topic) FILTER (WHERE topic IS NOT NULL), '{}') AS topics
       FROM organizations o
       LEFT JOIN outreach_audiences au ON au.organization_id = o.id
       LEFT JOIN outreach_activity_audiences aa ON aa.audience_id = au.id
       LEFT JOIN acts x ON x.id = aa.activity_id
       LEFT JOIN LATERAL unnest(x.topics) AS topic ON true
       WHERE o.type = ANY($4::text[])
         AND ($1 = 'ID' OR o.region_code LIKE $1 || '.%' OR o.region_code = $1 OR $1 LIKE o.region_code || '.%')
       GROUP BY o.id, o.name ORDER BY count(DISTINCT x.id) ASC, o.name LIMIT 500`,
      [regionCode, from, to, AGENCY_TYPES],
    );
    return result.rows;
  },

  /**
   * Villages of the region with their activities in the period and the days since their last
   * finished activity (as of today), longest first; villages never reached come first.
   */
  async villages(
    db: Queryable,
    f: {
      regionCode: string;
      from: string;
      to: string;
      onlyUncovered: boolean;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: VillageCoverageRow[]; total: number }> {
    const result = await db.query<VillageCoverageRow>(
      `WITH ${ACTS},
       per_village AS (SELECT village_code, count(*)::int AS n FROM acts GROUP BY 1),
       village_topics AS (SELECT village_code, array_agg(DISTINCT topic ORDER BY topic) AS topics
                          FROM acts CROSS JOIN LATERAL unnest(topics) AS topic GROUP BY 1),
       last_done AS (SELECT a.village_code, max((a.starts_at AT TIME ZONE v.time_zone)::date) AS last_on
                     FROM outreach_activities a JOIN regions v ON v.code = a.village_code
                     WHERE a.status = 'done' AND a.starts_at <= now()
                       AND ($1 = 'ID' OR a.village_code LIKE $1 || '.%' OR a.village_code = $1)
                     GROUP BY 1)
       SELECT v.code, v.name, d.name AS district_name, COALESCE(pv.n, 0) AS activities,
         COALESCE(vt.topics, '{}') AS topics, to_char(l.last_on, 'YYYY-MM-DD') AS last_on,
         (CURRENT_DATE - l.last_on)::int AS days_since, count(*) OVER ()::int AS total
       FROM regions v JOIN regions d ON d.code = v.parent_code
       LEFT JOIN per_village pv ON pv.village_code = v.code
       LEFT JOIN village_topics vt ON vt.village_code = v.code
       LEFT JOIN last_done l ON l.village_code = v.code
       WHERE v.level = 4 AND ($1 = 'ID' OR v.code LIKE $1 || '.%' OR v.code = $1)
         AND (NOT $4 OR pv.n IS NULL)
       ORDER BY l.last_on ASC NULLS FIRST, d.name, v.name, v.code
       LIMIT $5 OFFSET $6`,
      [f.regionCode, f.from, f.to, f.onlyUncovered, f.limit, f.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },
};
