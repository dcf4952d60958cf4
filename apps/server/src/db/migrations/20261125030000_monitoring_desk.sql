-- Monitoring desk: evidence captures of web pages (headless Chromium), kept content-addressed like
-- case evidence, and the link from a case's evidence file back to the capture it came from.
-- Leads and rejected identity pairs are in 20261125020000_monitoring_ingestion.sql.

CREATE TABLE captures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The URL as the supervisor pasted it (or the lead's post URL).
  requested_url text NOT NULL CHECK (length(requested_url) BETWEEN 8 AND 2000),
  -- Jurisdiction: the lead's region, or the requesting organisation's region for a pasted URL.
  region_code text NOT NULL REFERENCES regions (code),
  lead_id uuid REFERENCES leads (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  -- Why a capture stopped: a configured limit, or the page could not be loaded at all.
  failure_reason text CHECK (
    failure_reason IN ('timeout', 'too_many_redirects', 'too_large', 'navigation_failed', 'browser_failed')
  ),
  failure_detail text,
  final_url text,
  http_status integer,
  page_title text,
  -- Full-page PNG and the HTML as rendered, both content-addressed under NETRA_DATA_DIR/evidence.
  screenshot_sha256 text CHECK (screenshot_sha256 ~ '^[0-9a-f]{64}$'),
  screenshot_bytes bigint,
  html_sha256 text CHECK (html_sha256 ~ '^[0-9a-f]{64}$'),
  html_bytes bigint,
  redirect_count integer,
  -- Bytes received over the network for the whole page (document and sub-resources).
  bytes_received bigint,
  -- Address of the web server that answered the final navigation.
  server_address text,
  -- Limits in force for this capture: { timeoutMs, maxRedirects, maxBytes }.
  limits jsonb NOT NULL,
  -- Where the capture was taken from: { hostname, addresses[], userAgent, browserVersion }.
  captured_from jsonb,
  requested_by uuid REFERENCES users ("id"),
  requested_by_label text,
  organization_id uuid REFERENCES organizations (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  captured_at timestamptz,
  attempts integer NOT NULL DEFAULT 0
);
CREATE INDEX captures__region_code ON captures (region_code text_pattern_ops);
CREATE INDEX captures__lead ON captures (lead_id);
CREATE INDEX captures__requested ON captures (requested_at DESC);
COMMENT ON TABLE captures IS 'Evidence captures of web pages (screenshot + HTML with SHA-256, final URL, status, time, who and from where); personal data, never public.';

-- A case's evidence file can come from a capture (a lead promoted to a finding): the capture row
-- keeps the metadata (who, when, from where, final URL) that makes the file hold up as evidence.
ALTER TABLE evidence_files ADD COLUMN capture_id uuid REFERENCES captures (id);
CREATE INDEX evidence_files__capture ON evidence_files (capture_id);

-- Ranking and filters of the desk: open work by score, within a region subtree.
CREATE INDEX leads__desk ON leads (region_code text_pattern_ops, status, score DESC);
