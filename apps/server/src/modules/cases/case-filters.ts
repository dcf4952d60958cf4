import type { CaseFilters } from '@netra/contracts';

/**
 * The work-list filters as one SQL condition over `cases c LEFT JOIN reports rp`, shared by the
 * paged list and the streamed export so both always select the same cases. Jurisdiction (`scopes`)
 * is always applied; `regionCode` only narrows inside it.
 *
 * The two full-text expressions must stay word for word the same as the GIN expression indexes of
 * migration 20261125060000_case_search.sql, or PostgreSQL cannot use them.
 */
export const CASE_SUMMARY_TSV = `to_tsvector('indonesian'::regconfig, c.summary)`;
export const REPORT_TSV = `to_tsvector('indonesian'::regconfig, rs.what_happened || ' ' || COALESCE(rs.reported_party ->> 'name', ''))`;

export type CaseFilterInput = CaseFilters & { scopes: string[]; now: Date };

/** `%` and `_` in the user's text are literal, not wildcards. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * The WHERE condition and its parameters, numbered from `$${first}`. Callers append their own
 * parameters (paging, cursor) after `params`.
 */
export function caseFilterSql(f: CaseFilterInput, first = 1): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  const scopes = p(f.scopes);
  const conditions = [
    `('ID' = ANY(${scopes}::text[]) OR EXISTS (SELECT 1 FROM unnest(${scopes}::text[]) s WHERE c.region_code = s OR c.region_code LIKE s || '.%'))`,
  ];
  if (f.status) conditions.push(`c.status = ${p(f.status)}`);
  if (f.kind) conditions.push(`c.kind = ${p(f.kind)}`);
  if (f.regionCode && f.regionCode !== 'ID') {
    const region = p(f.regionCode);
    conditions.push(`(c.region_code = ${region} OR c.region_code LIKE ${region} || '.%')`);
  }
  if (f.due === 'overdue') conditions.push(`c.next_due_at < ${p(f.now)}`);
  else if (f.due) {
    const now = p(f.now);
    conditions.push(
      `c.next_due_at >= ${now} AND c.next_due_at < ${now}::timestamptz + make_interval(days => ${p(Number(f.due))})`,
    );
  }
  if (f.agency)
    conditions.push(`rp.reported_party ->> 'agency' ILIKE '%' || ${p(likeLiteral(f.agency))} || '%'`);
  if (f.profileId) conditions.push(`c.profile_id = ${p(f.profileId)}`);
  if (f.q) {
    const query = `websearch_to_tsquery('indonesian'::regconfig, ${p(f.q)})`;
    // The report side as a sub-select, so its matches come from its own index (a hashed subplan).
    conditions.push(
      `(${CASE_SUMMARY_TSV} @@ ${query} OR c.id IN (SELECT rs.case_id FROM reports rs WHERE ${REPORT_TSV} @@ ${query}))`,
    );
  }
  return { where: conditions.join('\n AND '), params };
}

/** Only the filter fields of a request (no paging, no export options). */
export function filtersOf(q: CaseFilters): CaseFilters {
  const { q: text, status, kind, regionCode, due, agency, profileId } = q;
  return { q: text, status, kind, regionCode, due, agency, profileId };
}
