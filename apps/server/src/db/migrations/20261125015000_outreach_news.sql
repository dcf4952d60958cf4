-- Outreach activities (sosialisasi, door to door, apel, sambang, …), their managed audiences,
-- photos, per-organisation iCalendar feed tokens, and public news articles.

-- The managed list of audiences. `organization_id` set means "ASN of that agency".
CREATE TABLE outreach_audiences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  organization_id uuid REFERENCES organizations (id),
  created_by uuid REFERENCES users ("id"),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX outreach_audiences__name_org
  ON outreach_audiences (lower(name), COALESCE(organization_id, '00000000-0000-0000-0000-000000000000'::uuid));

INSERT INTO outreach_audiences (name) VALUES
  ('Petani sawit'),
  ('Petani cabai'),
  ('Penyuluh pertanian'),
  ('Ibu-ibu posyandu'),
  ('KPPS'),
  ('Tokoh agama'),
  ('Tokoh masyarakat'),
  ('Pemuda'),
  ('Pelajar/mahasiswa'),
  ('Perangkat desa'),
  ('Nelayan');

CREATE TABLE outreach_activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organizer_id uuid NOT NULL REFERENCES organizations (id),
  kind text NOT NULL CHECK (kind IN
    ('sosialisasi', 'door_to_door', 'apel', 'kunjungan', 'rapat_koordinasi', 'pelatihan', 'cooling_system')),
  title text NOT NULL,
  topics text[] NOT NULL CHECK (cardinality(topics) > 0),
  -- The village where it took place and, copied for grouping, its kecamatan.
  village_code text NOT NULL REFERENCES regions (code),
  district_code text NOT NULL REFERENCES regions (code),
  address text,
  -- Instants; entered and shown in the village's time zone (regions.time_zone).
  starts_at timestamptz NOT NULL,
  ends_at timestamptz,
  status text NOT NULL CHECK (status IN ('planned', 'done')),
  attendance_count integer CHECK (attendance_count >= 0),
  -- Names of attendees: personal data, never in feeds, exports or public pages.
  attendance_list jsonb NOT NULL DEFAULT '[]',
  notes text,
  -- Optimistic concurrency: an edit names the version it was made from and bumps it by one.
  version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  created_by uuid REFERENCES users ("id"),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX outreach_activities__village ON outreach_activities (village_code text_pattern_ops, starts_at);
CREATE INDEX outreach_activities__starts_at ON outreach_activities (starts_at);
CREATE INDEX outreach_activities__organizer ON outreach_activities (organizer_id, starts_at);

CREATE TABLE outreach_activity_audiences (
  activity_id uuid NOT NULL REFERENCES outreach_activities (id) ON DELETE CASCADE,
  audience_id uuid NOT NULL REFERENCES outreach_audiences (id),
  PRIMARY KEY (activity_id, audience_id)
);
CREATE INDEX outreach_activity_audiences__audience ON outreach_activity_audiences (audience_id);

CREATE TABLE outreach_activity_partners (
  activity_id uuid NOT NULL REFERENCES outreach_activities (id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  PRIMARY KEY (activity_id, organization_id)
);

-- Photos of activities and articles: the original (with its EXIF, kept as record) and a public
-- copy without metadata; both content-addressed in the evidence store.
CREATE TABLE outreach_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid REFERENCES outreach_activities (id) ON DELETE CASCADE,
  article_id uuid,
  original_sha256 text NOT NULL,
  public_sha256 text NOT NULL,
  media_type text NOT NULL,
  size_bytes bigint NOT NULL,
  caption text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users ("id"),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((activity_id IS NULL) <> (article_id IS NULL))
);
CREATE INDEX outreach_photos__activity ON outreach_photos (activity_id, created_at);
CREATE INDEX outreach_photos__article ON outreach_photos (article_id, created_at);

-- Secret iCalendar feed addresses: only the SHA-256 of the token is kept; rotating replaces it.
CREATE TABLE outreach_calendar_feeds (
  organization_id uuid PRIMARY KEY REFERENCES organizations (id),
  token_hash text NOT NULL UNIQUE,
  created_by uuid REFERENCES users ("id"),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE news_articles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  region_code text NOT NULL REFERENCES regions (code),
  title text NOT NULL,
  lead text NOT NULL,
  -- Sanitised on the server before it is stored (sanitize-html, a safe subset).
  body_html text NOT NULL,
  author_name text NOT NULL,
  photographer_name text,
  tags text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at timestamptz,
  created_by uuid REFERENCES users ("id"),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'draft' OR published_at IS NOT NULL)
);
CREATE INDEX news_articles__published ON news_articles (published_at DESC) WHERE status = 'published';
CREATE INDEX news_articles__region ON news_articles (region_code text_pattern_ops, updated_at DESC);

ALTER TABLE outreach_photos
  ADD CONSTRAINT outreach_photos__article_fk FOREIGN KEY (article_id) REFERENCES news_articles (id) ON DELETE CASCADE;

-- Related activities of an article; an activity's "news article" is read from here too.
CREATE TABLE news_article_activities (
  article_id uuid NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
  activity_id uuid NOT NULL REFERENCES outreach_activities (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, activity_id)
);
CREATE INDEX news_article_activities__activity ON news_article_activities (activity_id);
