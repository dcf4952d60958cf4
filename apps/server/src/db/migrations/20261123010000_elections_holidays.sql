-- Elections with dated stages (validated by the rules core's election schema) and the holidays that
-- administrators add to the built-in national calendar (national when region_code is NULL).
CREATE TABLE elections (
  id text PRIMARY KEY,
  name text NOT NULL,
  profile_id text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  definition jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elections__region_code ON elections (region_code text_pattern_ops);

CREATE TABLE holidays (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  date date NOT NULL,
  kind text NOT NULL,
  name_id text NOT NULL,
  name_en text NOT NULL,
  region_code text REFERENCES regions (code),
  created_by uuid REFERENCES users ("id"),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE NULLS NOT DISTINCT (date, region_code)
);
CREATE INDEX holidays__date ON holidays (date);
