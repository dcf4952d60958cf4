-- Appeals (imbauan): the letter through draft → submitted → approved → issued (or returned),
-- its attachments, the organisations it was sent to, every targeted ASN with personal link and
-- acknowledgment/pledge times, and the reminders already sent (one per appeal, agency and day).

CREATE TABLE appeals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The issuing Bawaslu office; its region is the appeal's jurisdiction.
  organization_id uuid NOT NULL REFERENCES organizations (id),
  region_code text NOT NULL REFERENCES regions (code),
  number text NOT NULL,
  letter_date date NOT NULL,
  nature text NOT NULL DEFAULT 'Penting',
  subject text NOT NULL,
  addressees text[] NOT NULL,
  -- Markdown-like text (paragraphs, **bold**, *italic*, "- " and "1. " lists); HTML is stripped on save.
  body text NOT NULL,
  legal_reference_ids text[] NOT NULL DEFAULT '{}',
  signatory_name text NOT NULL,
  signatory_position text NOT NULL,
  pledge_text text NOT NULL,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'returned', 'approved', 'issued')),
  return_note text,
  -- Short public code printed on the letter; ASN acknowledge with it and their NIP. Set on issue.
  code text UNIQUE,
  pdf_sha256 text,
  reminder_threshold_percent integer NOT NULL DEFAULT 80,
  created_by uuid REFERENCES users ("id"),
  submitted_at timestamptz,
  approved_by uuid REFERENCES users ("id"),
  approved_at timestamptz,
  issued_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organization_id, number)
);
CREATE INDEX appeals__region_code ON appeals (region_code text_pattern_ops);
CREATE INDEX appeals__issued ON appeals (issued_at DESC) WHERE status = 'issued';

CREATE TABLE appeal_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appeal_id uuid NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
  sha256 text NOT NULL,
  media_type text NOT NULL,
  size_bytes bigint NOT NULL,
  original_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX appeal_attachments__appeal ON appeal_attachments (appeal_id);

-- Organisations the letter was sent to (Bupati/Sekda, each OPD, BKPSDM).
CREATE TABLE appeal_recipients (
  appeal_id uuid NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (appeal_id, organization_id)
);

-- One row per targeted ASN. Agency, type and region are copied at distribution time so that
-- coverage stays as it was sent even when the registry changes later.
CREATE TABLE appeal_targets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appeal_id uuid NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
  asn_id uuid NOT NULL REFERENCES asn_people (id),
  agency_organization_id uuid REFERENCES organizations (id),
  agency_name text NOT NULL,
  asn_type text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  -- SHA-256 of the personal link token; the token itself is only ever in the message sent.
  token_hash text NOT NULL UNIQUE,
  token_expires_at timestamptz NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  opened_at timestamptz,
  acknowledged_at timestamptz,
  acknowledged_via text CHECK (acknowledged_via IN ('link', 'code', 'attendance')),
  attendance_import_id uuid REFERENCES import_runs (id),
  pledged_at timestamptz,
  pledge_name text,
  UNIQUE (appeal_id, asn_id)
);
CREATE INDEX appeal_targets__appeal_agency ON appeal_targets (appeal_id, agency_organization_id);
CREATE INDEX appeal_targets__appeal_region ON appeal_targets (appeal_id, region_code);

-- Reminder e-mails already sent: the job and the manual action both insert here first, so a
-- second run on the same day sends nothing.
CREATE TABLE appeal_reminders (
  appeal_id uuid NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
  agency_organization_id uuid NOT NULL REFERENCES organizations (id),
  reminder_day date NOT NULL,
  acknowledged_percent integer NOT NULL,
  recipients integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (appeal_id, agency_organization_id, reminder_day)
);
