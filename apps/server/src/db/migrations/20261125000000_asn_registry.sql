-- The ASN registry, shared by prevention (appeal targets, acknowledgments) and monitoring (identity
-- linkage). One row per NIP; re-imports update in place (row_hash detects unchanged rows).
-- Generic import runs with per-row errors serve every file import (registry, events, attendance).

CREATE TABLE import_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 'asn_registry', 'events', 'attendance', 'candidates', ... (one per importer)
  kind text NOT NULL,
  file_name text,
  -- Content hash of the uploaded file: the same file imported twice is recognised.
  file_sha256 text,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
  region_code text REFERENCES regions (code),
  -- Rows read so far: a resumed run skips this many data rows.
  processed_rows integer NOT NULL DEFAULT 0,
  inserted_rows integer NOT NULL DEFAULT 0,
  updated_rows integer NOT NULL DEFAULT 0,
  unchanged_rows integer NOT NULL DEFAULT 0,
  rejected_rows integer NOT NULL DEFAULT 0,
  -- Importer-specific extra figures (duplicates skipped, leads made, ...).
  details jsonb NOT NULL DEFAULT '{}',
  failure_reason text,
  created_by uuid REFERENCES users ("id"),
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX import_runs__kind_created ON import_runs (kind, created_at DESC);

-- One row per rejected field; row_number counts data rows from 1 (the header is row 0 for CSV,
-- spreadsheet row numbers are kept as the user sees them in the sheet).
CREATE TABLE import_errors (
  id bigserial PRIMARY KEY,
  import_id uuid NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  column_name text,
  code text NOT NULL,
  message_id text NOT NULL,
  message_en text NOT NULL
);
CREATE INDEX import_errors__import_row ON import_errors (import_id, row_number);

CREATE TABLE asn_people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  nip text NOT NULL UNIQUE CHECK (nip ~ '^[0-9]{18}$'),
  -- As in the source, with academic titles; name_key is normalised (lower, no titles, no accents)
  -- for search and for the engine's blocking.
  full_name text NOT NULL,
  name_key text NOT NULL,
  asn_type text NOT NULL CHECK (asn_type IN ('PNS', 'PPPK')),
  agency_name text NOT NULL,
  -- The agency as an organisation (type opd/bkpsdm/...), when one with that name exists.
  agency_organization_id uuid REFERENCES organizations (id),
  unit text,
  position text,
  rank text,
  region_code text NOT NULL REFERENCES regions (code),
  birth_date date,
  gender text CHECK (gender IN ('L', 'P')),
  -- md5 of the imported fields: a re-import of an identical row changes nothing.
  row_hash text NOT NULL,
  last_import_id uuid REFERENCES import_runs (id),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX asn_people__region_code ON asn_people (region_code text_pattern_ops);
CREATE INDEX asn_people__agency ON asn_people (agency_organization_id);
CREATE INDEX asn_people__agency_name ON asn_people (lower(agency_name));
CREATE INDEX asn_people__name_trgm ON asn_people USING gin (name_key gin_trgm_ops);

-- Known social-media accounts of an ASN: declared in the registry file, or confirmed by a
-- supervisor on the triage desk (source 'confirmed_link').
CREATE TABLE asn_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  asn_id uuid NOT NULL REFERENCES asn_people (id) ON DELETE CASCADE,
  platform text NOT NULL,
  -- Lower-case handle without '@'.
  handle text NOT NULL,
  display_name text,
  profile_url text,
  source text NOT NULL CHECK (source IN ('registry', 'confirmed_link', 'self_declared')),
  confirmed_by uuid REFERENCES users ("id"),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (platform, handle, asn_id)
);
CREATE INDEX asn_accounts__asn ON asn_accounts (asn_id);
