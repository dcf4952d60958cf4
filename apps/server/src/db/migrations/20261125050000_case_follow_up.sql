-- Follow-up of forwarded cases (issue 4 §6) and the receipt-code lock-out of public tracking.

-- One row per forwarding (a disposition of the rules core's state) and receiving organisation: an
-- ASN-neutrality disposition goes to BKN and to the PPK's agency (BKPSDM), a criminal one to the
-- police through Sentra Gakkumdu. The receiving organisation's agency HR / police liaison sees only
-- its own rows. The outcome itself is also written into the case state by record_follow_up.
CREATE TABLE case_forwardings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  disposition_id text NOT NULL,
  kind text NOT NULL,
  target text NOT NULL,
  recipient_organization_id uuid NOT NULL REFERENCES organizations (id),
  letter_number text,
  letter_date date,
  recommended_sanction text,
  forwarded_at timestamptz NOT NULL,
  decision text CHECK (decision IN ('sanctioned', 'not_sanctioned', 'prosecuted', 'dismissed', 'other')),
  sanction_level text,
  reason text,
  decision_letter_number text,
  decision_letter_date date,
  document_sha256 text,
  document_media_type text,
  document_size_bytes bigint,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz,
  -- Execution of an imposed sanction (the decree handed over, the deduction started, …) and the
  -- evidence of it: the case closes only once a sanction is carried out, not merely decided.
  executed_on date,
  execution_summary text,
  execution_sha256 text,
  execution_media_type text,
  execution_size_bytes bigint,
  execution_recorded_by uuid REFERENCES users (id),
  execution_recorded_at timestamptz,
  UNIQUE (disposition_id, recipient_organization_id)
);
CREATE INDEX case_forwardings__recipient ON case_forwardings (recipient_organization_id, forwarded_at);
CREATE INDEX case_forwardings__case ON case_forwardings (case_id);

-- Wrong tracking secrets per receipt code (reports and tips share the code space: LP-/IA-).
CREATE TABLE tracking_failures (
  receipt_code text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tracking_failures__code ON tracking_failures (receipt_code, failed_at);

CREATE TABLE tracking_lockouts (
  receipt_code text PRIMARY KEY,
  locked_until timestamptz NOT NULL
);
