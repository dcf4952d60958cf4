-- Official case documents, deadline reminders and duplicate links (issue 4, second slice).

-- One document-number sequence per office (organisation) and year, shared by every kind of letter.
CREATE TABLE document_sequences (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (organization_id, year)
);

-- A document keeps its number and date once issued; later downloads re-render the same letter
-- from current case data. `variant` tells apart letters of one kind (a party, a forwarding).
CREATE TABLE case_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL,
  variant text NOT NULL DEFAULT '',
  number text NOT NULL,
  issued_on date NOT NULL,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  issued_by uuid,
  last_sha256 text,
  last_format text,
  last_generated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, kind, variant)
);

-- One row per reminder or escalation sent: the primary key makes the job idempotent per case,
-- deadline, kind and local day.
CREATE TABLE case_reminders (
  case_id uuid NOT NULL REFERENCES cases (id),
  deadline_key text NOT NULL,
  due_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue', 'escalated')),
  sent_on date NOT NULL,
  recipients integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, deadline_key, kind, sent_on)
);

-- Staff decisions about possible duplicates: a relation between two cases, never a deletion.
-- The pair is stored once, smaller id first.
CREATE TABLE case_links (
  case_id uuid NOT NULL REFERENCES cases (id),
  other_case_id uuid NOT NULL REFERENCES cases (id),
  relation text NOT NULL CHECK (relation IN ('linked', 'not_duplicate')),
  note text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, other_case_id),
  CHECK (case_id < other_case_id)
);
CREATE INDEX case_links__other ON case_links (other_case_id);

CREATE INDEX cases__summary_trgm ON cases USING gin (summary gin_trgm_ops);
CREATE INDEX reports__reported_nip ON reports ((reported_party ->> 'nip'));
