-- Full-text search of the staff work list (issue 4 §11), Indonesian stemming. The expressions are
-- the ones in modules/cases/case-filters.ts, word for word, so the planner can use these indexes.
CREATE INDEX cases__summary_search ON cases USING gin (to_tsvector('indonesian'::regconfig, summary));
CREATE INDEX reports__text_search ON reports USING gin (
  to_tsvector('indonesian'::regconfig, what_happened || ' ' || COALESCE(reported_party ->> 'name', ''))
);
-- The agency filter is a case-insensitive substring match; it stays a scan within the jurisdiction.
