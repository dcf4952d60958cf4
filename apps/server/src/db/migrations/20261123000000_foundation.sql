-- Foundation: regions, organisations, accounts (better-auth tables), invitations, audit trail.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Administrative regions. 'ID' is the national root; codes nest as 14 / 14.03 / 14.03.12 / 14.03.12.2001,
-- so a subtree is `code = X OR code LIKE X || '.%'` (served by the text_pattern_ops index).
CREATE TABLE regions (
  code text PRIMARY KEY,
  parent_code text REFERENCES regions (code),
  level smallint NOT NULL CHECK (level BETWEEN 0 AND 4),
  kind text NOT NULL,
  name text NOT NULL,
  time_zone text NOT NULL
);
CREATE INDEX regions__parent_code ON regions (parent_code);
CREATE INDEX regions__code_pattern ON regions (code text_pattern_ops);
CREATE INDEX regions__name_trgm ON regions USING gin (lower(name) gin_trgm_ops);

CREATE TABLE organizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type text NOT NULL,
  name text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  parent_id uuid REFERENCES organizations (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organizations__region_code ON organizations (region_code text_pattern_ops);
CREATE INDEX organizations__parent_id ON organizations (parent_id);

-- better-auth tables (names mapped in modules/auth/auth-instance.ts; columns are the library's).
CREATE TABLE users (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "name" text NOT NULL,
  "email" text NOT NULL UNIQUE,
  "emailVerified" boolean NOT NULL,
  "image" text,
  "createdAt" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "twoFactorEnabled" boolean,
  "locale" text
);
CREATE TABLE sessions (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "expiresAt" timestamptz NOT NULL,
  "token" text NOT NULL UNIQUE,
  "createdAt" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" timestamptz NOT NULL,
  "ipAddress" text,
  "userAgent" text,
  "userId" uuid NOT NULL REFERENCES users ("id") ON DELETE CASCADE
);
CREATE INDEX sessions__user_id ON sessions ("userId");
CREATE TABLE accounts (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "accountId" text NOT NULL,
  "providerId" text NOT NULL,
  "userId" uuid NOT NULL REFERENCES users ("id") ON DELETE CASCADE,
  "accessToken" text,
  "refreshToken" text,
  "idToken" text,
  "accessTokenExpiresAt" timestamptz,
  "refreshTokenExpiresAt" timestamptz,
  "scope" text,
  "password" text,
  "createdAt" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" timestamptz NOT NULL
);
CREATE INDEX accounts__user_id ON accounts ("userId");
CREATE TABLE verifications (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "identifier" text NOT NULL,
  "value" text NOT NULL,
  "expiresAt" timestamptz NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX verifications__identifier ON verifications ("identifier");
CREATE TABLE two_factors (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "secret" text NOT NULL,
  "backupCodes" text NOT NULL,
  "userId" uuid NOT NULL REFERENCES users ("id") ON DELETE CASCADE,
  "verified" boolean,
  "failedVerificationCount" integer,
  "lockedUntil" timestamptz
);
CREATE INDEX two_factors__secret ON two_factors ("secret");
CREATE INDEX two_factors__user_id ON two_factors ("userId");

CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users ("id") ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  role text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, organization_id, role)
);
CREATE INDEX memberships__organization_id ON memberships (organization_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  role text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  invited_by uuid REFERENCES users ("id"),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invitations__organization_id ON invitations (organization_id);

-- Failed sign-ins per e-mail (hashed, so the table holds no addresses) for lockout.
CREATE TABLE login_failures (
  email_hash text PRIMARY KEY,
  failed_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  error text
);

-- The audit trail. Each row's hash covers its content and the previous row's hash; rows are only
-- ever inserted (a trigger forbids UPDATE and DELETE for the application, not for a superuser).
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_label text,
  organization_id uuid,
  region_code text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  outcome text NOT NULL DEFAULT 'success',
  before jsonb,
  after jsonb,
  fields_read text[],
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_events__occurred_at ON audit_events (occurred_at DESC);
CREATE INDEX audit_events__entity ON audit_events (entity_type, entity_id);
CREATE INDEX audit_events__actor ON audit_events (actor_user_id);
CREATE INDEX audit_events__region_code ON audit_events (region_code text_pattern_ops);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('netra.allow_audit_rewrite', true) = 'on' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END $$;
CREATE TRIGGER audit_events__append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
