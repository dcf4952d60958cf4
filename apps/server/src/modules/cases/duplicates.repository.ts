import type { Queryable } from '../../db/database';

export type DuplicateCandidateRow = {
  id: string;
  kind: string;
  status: string;
  register_number: string | null;
  summary: string;
  region_code: string;
  region_name: string;
  created_at: Date;
  same_nip: boolean;
  similarity: number;
  relation: 'linked' | 'not_duplicate' | null;
};

export const duplicatesRepository = {
  /**
   * Other cases in the given scopes that look like the same incident: the same reported NIP, or the
   * same sub-district with a conduct date close by and a similar summary (pg_trgm), plus every case
   * staff already linked. Never reads reporter identity.
   */
  async candidates(
    db: Queryable,
    caseId: string,
    o: { scopes: string[]; windowDays: number; minSimilarity: number; limit: number },
  ): Promise<DuplicateCandidateRow[]> {
    const result = await db.query<DuplicateCandidateRow>(
      `WITH me AS (
         SELECT c.id, c.region_code, c.summary, (c.state ->> 'knownOn')::date AS known_on,
                NULLIF(rp.reported_party ->> 'nip', '') AS nip
         FROM cases c LEFT JOIN reports rp ON rp.case_id = c.id WHERE c.id = $1)
       SELECT * FROM (
         SELECT o.id, o.kind, o.status, o.register_number, o.summary, o.region_code, r.name AS region_name, o.created_at,
                (me.nip IS NOT NULL AND orp.reported_party ->> 'nip' = me.nip) AS same_nip,
                similarity(o.summary, me.summary)::float8 AS similarity,
                l.relation
         FROM me
         JOIN cases o ON o.id <> me.id
         JOIN regions r ON r.code = o.region_code
         LEFT JOIN reports orp ON orp.case_id = o.id
         LEFT JOIN case_links l ON l.case_id = LEAST(me.id, o.id) AND l.other_case_id = GREATEST(me.id, o.id)
         WHERE ('ID' = ANY($2::text[]) OR EXISTS (SELECT 1 FROM unnest($2::text[]) s WHERE o.region_code = s OR o.region_code LIKE s || '.%'))
           AND (
             (me.nip IS NOT NULL AND orp.reported_party ->> 'nip' = me.nip)
             OR (left(o.region_code, 8) = left(me.region_code, 8)
                 AND abs((o.state ->> 'knownOn')::date - me.known_on) <= $3
                 AND similarity(o.summary, me.summary) >= $4)
             OR l.relation IS NOT NULL)
       ) x
       ORDER BY (relation = 'linked') DESC NULLS LAST, same_nip DESC, similarity DESC, created_at DESC
       LIMIT $5`,
      [caseId, o.scopes, o.windowDays, o.minSimilarity, o.limit],
    );
    return result.rows;
  },

  async upsertLink(
    tx: Queryable,
    l: { a: string; b: string; relation: 'linked' | 'not_duplicate'; note: string | null; userId: string },
  ): Promise<string | null> {
    const [first, second] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
    const before = await tx.query<{ relation: string }>(
      'SELECT relation FROM case_links WHERE case_id = $1 AND other_case_id = $2 FOR UPDATE',
      [first, second],
    );
    await tx.query(
      `INSERT INTO case_links (case_id, other_case_id, relation, note, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, other_case_id) DO UPDATE
         SET relation = EXCLUDED.relation, note = EXCLUDED.note, created_by = EXCLUDED.created_by, created_at = now()`,
      [first, second, l.relation, l.note, l.userId],
    );
    return before.rows[0]?.relation ?? null;
  },
};
