-- Monitoring: candidate pairs with their registered accounts and lexicon, ingested interaction
-- events, the social-media accounts seen in them, and the leads the screening jobs derive from
-- them (triaged on the leads desk). Registry tables (asn_people, asn_accounts, import_runs,
-- import_errors) are in 20261125000000_asn_registry.sql.

-- A candidate pair (pasangan calon) of one election, identified by its ballot number.
CREATE TABLE candidates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  election_id text NOT NULL REFERENCES elections (id),
  -- Copy of the election's region, for jurisdiction filters without a join.
  region_code text NOT NULL REFERENCES regions (code),
  ballot_number integer NOT NULL CHECK (ballot_number BETWEEN 1 AND 99),
  -- Head of region candidate and running mate, as on the ballot (with titles).
  name text NOT NULL,
  running_mate_name text,
  nicknames text[] NOT NULL DEFAULT '{}',
  -- Party or coalition names as registered; empty for an independent pair.
  parties text[] NOT NULL DEFAULT '{}',
  coalition_name text,
  -- Optional photo, content-addressed like evidence files.
  photo_sha256 text CHECK (photo_sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (election_id, ballot_number)
);
CREATE INDEX candidates__region_code ON candidates (region_code text_pattern_ops);
COMMENT ON TABLE candidates IS 'Candidate pairs of an election (ballot number, names, parties); the screening matches interactions with their accounts and mentions of their lexicon.';

-- Official and campaign-team accounts registered with the KPU (at most 20 per platform per
-- candidate pair: enforced by the candidates service), plus groups/pages run for the pair.
CREATE TABLE candidate_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  platform text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('official', 'campaign_team', 'group')),
  -- Lower-case handle without '@' (for groups: the group's slug or id).
  handle text NOT NULL,
  -- The platform's stable account id when known (X user id, TikTok user id); events name accounts
  -- by it, so the screening matches on account_id when present and on the handle otherwise.
  account_id text,
  display_name text,
  profile_url text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (platform, handle)
);
CREATE INDEX candidate_accounts__candidate ON candidate_accounts (candidate_id, platform);
COMMENT ON TABLE candidate_accounts IS 'Registered official and campaign-team accounts (max 20 per platform per candidate pair, KPU rule) and groups of a candidate pair.';

CREATE TABLE candidate_lexicon (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('name', 'nickname', 'slogan', 'hashtag', 'number_phrase')),
  term text NOT NULL CHECK (length(term) BETWEEN 2 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX candidate_lexicon__unique ON candidate_lexicon (candidate_id, kind, lower(term));
COMMENT ON TABLE candidate_lexicon IS 'Terms that identify a candidate pair in text (names, nicknames, slogans, hashtags, number phrases); ballot-number phrases from the engine are added at screening time.';

-- Social-media accounts seen as actors of ingested events, with the profile fields the identity
-- linkage compares (display name, handle, bio). Keyed by the platform's account id.
CREATE TABLE social_accounts (
  platform text NOT NULL,
  account_id text NOT NULL,
  -- Lower-case handle without '@', when the source gives one.
  handle text,
  display_name text,
  bio text,
  location text,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (platform, account_id)
);
CREATE INDEX social_accounts__handle ON social_accounts (platform, handle);
COMMENT ON TABLE social_accounts IS 'Actor accounts seen in ingested events (profile fields for identity linkage); personal data: never shown on public pages.';

-- Interaction events in the documented schema (docs/monitoring.md, event.schema.json). The id is
-- the idempotency key: the same event from a file, the batch API or JetStream is stored once.
CREATE TABLE events (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('like', 'comment', 'share', 'follow', 'join_group', 'post', 'mention')),
  platform text NOT NULL,
  actor_account_id text NOT NULL,
  target_account_id text,
  target_post_id text,
  group_id text,
  text text,
  url text,
  occurred_at timestamptz NOT NULL,
  -- Region the event was collected for (the import's region); leads fall back to it when neither an
  -- ASN nor a candidate gives one.
  region_code text REFERENCES regions (code),
  source text NOT NULL CHECK (source IN ('file', 'api', 'jetstream', 'demo')),
  import_id uuid REFERENCES import_runs (id),
  received_at timestamptz NOT NULL DEFAULT now(),
  -- NULL until the screening job has run over the event; the replay job ignores it.
  screened_at timestamptz
);
CREATE INDEX events__unscreened ON events (received_at) WHERE screened_at IS NULL;
CREATE INDEX events__actor ON events (platform, actor_account_id);
CREATE INDEX events__occurred ON events (occurred_at);
CREATE INDEX events__import ON events (import_id);
COMMENT ON TABLE events IS 'Ingested social-media interaction events (file, batch API, JetStream); id is unique so redelivery never stores twice.';

-- Leads: what the screening proposes for a supervisor to triage. One lead per (rule, event,
-- ASN): dedupe_key makes re-screening and replay idempotent (an existing lead keeps its status).
CREATE TABLE leads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 'asn_interaction' (an ASN-linked account liked/commented/followed/... a candidate account, group
  -- or post), 'asn_post' (an ASN-linked account's own text mentions a candidate), 'content'
  -- (vote-buying or hate/hoax wording, whoever wrote it).
  kind text NOT NULL CHECK (kind IN ('asn_interaction', 'asn_post', 'content')),
  -- The engine's rule id (e.g. 'asn.interaction.candidate_account') and the rules catalogue entry it
  -- points to (prefill of a finding's conduct).
  rule_id text NOT NULL,
  catalogue_entry_id text NOT NULL,
  score real NOT NULL CHECK (score >= 0 AND score <= 1),
  -- The identity link's band from the engine; NULL for content leads without an ASN link.
  band text CHECK (band IN ('auto_flag', 'review')),
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'confirmed', 'rejected', 'dismissed', 'promoted')),
  status_reason text,
  status_changed_by uuid REFERENCES users ("id"),
  status_changed_at timestamptz,
  -- Jurisdiction: the ASN's region, else the candidate's, else the event's, else 'ID'.
  region_code text NOT NULL REFERENCES regions (code),
  asn_id uuid REFERENCES asn_people (id),
  -- The acting account as seen in the event. account_handle is the lower-case handle, or the
  -- platform account id when the source gave no handle (rejected pairs use the same key).
  platform text NOT NULL,
  account_id text NOT NULL,
  account_handle text NOT NULL,
  account_display_name text,
  -- First matched candidate pair; all matched pairs in candidate_ids.
  candidate_id uuid REFERENCES candidates (id) ON DELETE SET NULL,
  candidate_ids uuid[] NOT NULL DEFAULT '{}',
  event_id text NOT NULL REFERENCES events (id),
  occurred_at timestamptz NOT NULL,
  -- Election stage at the time of the event and whether the conduct is a violation then.
  stage text,
  stage_makes_violation boolean NOT NULL DEFAULT true,
  -- { identity: { nip, probability, band, explanation: [{code,id,en}] } | null,
  --   matchedTerms: [...], source: 'registry_account' | 'linkage' }
  explanation jsonb NOT NULL DEFAULT '{}',
  -- The engine's evidence record: { url, text, contentHash, matchedTerms, occurredAt, platform }.
  evidence jsonb NOT NULL DEFAULT '{}',
  -- Set by the promote action (m2) when a finding is opened from this lead.
  case_id uuid REFERENCES cases (id),
  dedupe_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX leads__rank ON leads (status, score DESC, created_at DESC);
CREATE INDEX leads__region_code ON leads (region_code text_pattern_ops);
CREATE INDEX leads__asn ON leads (asn_id);
CREATE INDEX leads__candidate ON leads (candidate_id);
CREATE INDEX leads__rule ON leads (rule_id);
CREATE INDEX leads__occurred ON leads (occurred_at);
CREATE INDEX leads__account ON leads (platform, account_handle);
COMMENT ON TABLE leads IS 'Screening leads for triage (personal data: ASN identity links); never shown on public pages. dedupe_key = rule_id|event_id|asn_id keeps re-screening idempotent.';

-- Identity pairs a supervisor rejected on the triage desk: the screening never proposes this
-- account as this ASN again (the account can still be proposed as someone else).
CREATE TABLE rejected_identity_pairs (
  platform text NOT NULL,
  -- Same key as leads.account_handle.
  handle text NOT NULL,
  asn_id uuid NOT NULL REFERENCES asn_people (id) ON DELETE CASCADE,
  reason text,
  rejected_by uuid REFERENCES users ("id"),
  lead_id uuid REFERENCES leads (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (platform, handle, asn_id)
);
COMMENT ON TABLE rejected_identity_pairs IS 'Account/ASN pairs rejected by a supervisor; the screening never links them again.';
