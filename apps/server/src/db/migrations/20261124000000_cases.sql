-- Cases (laporan and temuan) hold the rules core's CaseState as jsonb; the columns beside it are
-- copies for filtering and sorting, rewritten with the state in the same statement. Reporter
-- identity lives only in reports.reporter_identity_encrypted (AES-256-GCM, lib/field-crypto.ts).
CREATE TABLE cases (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('laporan', 'temuan')),
  status text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  profile_id text NOT NULL,
  register_number text UNIQUE,
  -- Short description of the reported conduct, shown in lists and public announcements.
  summary text NOT NULL,
  next_due_at timestamptz,
  state jsonb NOT NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases__region_code ON cases (region_code text_pattern_ops);
CREATE INDEX cases__urgency ON cases (next_due_at NULLS LAST, created_at);

-- Register numbers count per numbering scope (level + office region) and year.
CREATE TABLE register_sequences (
  scope text NOT NULL,
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (scope, year)
);

CREATE TABLE reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  receipt_code text NOT NULL UNIQUE,
  tracking_secret_hash text NOT NULL,
  idempotency_key_hash text UNIQUE,
  reporter_identity_encrypted text NOT NULL,
  reporter_category text NOT NULL,
  reported_party jsonb NOT NULL,
  summary text NOT NULL,
  what_happened text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  place text NOT NULL,
  occurred_on date NOT NULL,
  known_on date NOT NULL,
  witnesses jsonb NOT NULL DEFAULT '[]',
  statements jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Informasi awal: never identity, never a formal report; staff may raise a finding from it.
CREATE TABLE tips (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  receipt_code text NOT NULL UNIQUE,
  tracking_secret_hash text NOT NULL,
  idempotency_key_hash text UNIQUE,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'finding_raised', 'closed')),
  region_code text NOT NULL REFERENCES regions (code),
  place text,
  what_happened text NOT NULL,
  occurred_on date,
  links jsonb NOT NULL DEFAULT '[]',
  finding_case_id uuid REFERENCES cases (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tips__region_code ON tips (region_code text_pattern_ops);

-- Form A (laporan hasil pengawasan) filed by field supervisors.
CREATE TABLE supervision_results (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  region_code text NOT NULL REFERENCES regions (code),
  officer_user_id uuid NOT NULL REFERENCES users ("id"),
  officer_name text NOT NULL,
  officer_position text NOT NULL,
  assignment_letter_number text NOT NULL,
  stage_supervised text NOT NULL,
  supervised text NOT NULL,
  narrative text NOT NULL,
  supervised_on date NOT NULL,
  suspected_violation boolean NOT NULL DEFAULT false,
  finding_case_id uuid REFERENCES cases (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX supervision_results__region_code ON supervision_results (region_code text_pattern_ops);

-- Content-addressed files: the bytes live under NETRA_DATA_DIR/evidence/<sha[0:2]>/<sha>; a row
-- links one file to one report, tip or supervision result.
CREATE TABLE evidence_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text NOT NULL,
  size_bytes bigint NOT NULL,
  original_name text,
  report_id uuid REFERENCES reports (id),
  tip_id uuid REFERENCES tips (id),
  supervision_result_id uuid REFERENCES supervision_results (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(report_id, tip_id, supervision_result_id) = 1)
);
CREATE INDEX evidence_files__report ON evidence_files (report_id);
CREATE INDEX evidence_files__tip ON evidence_files (tip_id);
CREATE INDEX evidence_files__supervision ON evidence_files (supervision_result_id);
