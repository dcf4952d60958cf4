import type { Queryable } from '../../db/database';

export type LeadInsert = {
  kind: 'asn_interaction' | 'asn_post' | 'content';
  ruleId: string;
  catalogueEntryId: string;
  score: number;
  band: 'auto_flag' | 'review' | null;
  regionCode: string;
  asnId: string | null;
  platform: string;
  accountId: string;
  accountHandle: string;
  accountDisplayName: string | null;
  candidateIds: string[];
  eventId: string;
  occurredAt: string;
  stage: string;
  stageMakesViolation: boolean;
  explanation: unknown;
  evidence: unknown;
  dedupeKey: string;
};

export type RegistryPerson = {
  id: string;
  nip: string;
  full_name: string;
  agency_name: string;
  unit: string | null;
  position: string | null;
  region_code: string;
  region_name: string | null;
};

export const screeningRepository = {
  async registry(q: Queryable): Promise<RegistryPerson[]> {
    const { rows } = await q.query<RegistryPerson>(
      `SELECT p.id, p.nip, p.full_name, p.agency_name, p.unit, p.position, p.region_code, r.name AS region_name
       FROM asn_people p LEFT JOIN regions r ON r.code = p.region_code WHERE p.active`,
    );
    return rows;
  },

  /** Declared (registry) and confirmed accounts: platform + handle → ASN id. */
  async knownAccounts(q: Queryable) {
    const { rows } = await q.query<{ platform: string; handle: string; asn_id: string; source: string }>(
      `SELECT a.platform, a.handle, a.asn_id, a.source FROM asn_accounts a JOIN asn_people p ON p.id = a.asn_id
       WHERE p.active`,
    );
    return rows;
  },

  async rejectedPairs(q: Queryable) {
    const { rows } = await q.query<{ platform: string; handle: string; asn_id: string }>(
      'SELECT platform, handle, asn_id FROM rejected_identity_pairs',
    );
    return rows;
  },

  async socialAccounts(q: Queryable, keys: { platform: string; accountId: string }[]) {
    if (keys.length === 0) return [];
    const { rows } = await q.query<{
      platform: string;
      account_id: string;
      handle: string | null;
      display_name: string | null;
      bio: string | null;
      location: string | null;
    }>(
      `SELECT s.platform, s.account_id, s.handle, s.display_name, s.bio, s.location FROM social_accounts s
       JOIN jsonb_to_recordset($1::jsonb) AS k(platform text, "accountId" text)
         ON k.platform = s.platform AND k."accountId" = s.account_id`,
      [JSON.stringify(keys)],
    );
    return rows;
  },

  /** Accounts for estimating the link model (EM needs a sample of accounts, not labels). */
  async accountSample(q: Queryable, limit: number) {
    const { rows } = await q.query<{
      platform: string;
      account_id: string;
      handle: string | null;
      display_name: string | null;
      bio: string | null;
      location: string | null;
    }>(
      `SELECT platform, account_id, handle, display_name, bio, location FROM social_accounts
       WHERE display_name IS NOT NULL ORDER BY last_seen_at DESC LIMIT $1`,
      [limit],
    );
    return rows;
  },

  /**
   * Upserts leads by dedupe key. An open lead is refreshed with the new score and explanation; a
   * lead a supervisor already handled keeps its status and content. Returns how many were new.
   */
  async upsertLeads(q: Queryable, leads: readonly LeadInsert[]): Promise<number> {
    if (leads.length === 0) return 0;
    const { rows } = await q.query<{ inserted: boolean }>(
      `INSERT INTO leads AS l (kind, rule_id, catalogue_entry_id, score, band, region_code, asn_id, platform,
         account_id, account_handle, account_display_name, candidate_id, candidate_ids, event_id, occurred_at,
         stage, stage_makes_violation, explanation, evidence, dedupe_key)
       SELECT x.kind, x."ruleId", x."catalogueEntryId", x.score, x.band, x."regionCode", x."asnId", x.platform,
         x."accountId", x."accountHandle", x."accountDisplayName", x."candidateIds"[1], x."candidateIds",
         x."eventId", x."occurredAt"::timestamptz, x.stage, x."stageMakesViolation", x.explanation, x.evidence,
         x."dedupeKey"
       FROM jsonb_to_recordset($1::jsonb) AS x(kind text, "ruleId" text, "catalogueEntryId" text, score real,
         band text, "regionCode" text, "asnId" uuid, platform text, "accountId" text, "accountHandle" text,
         "accountDisplayName" text, "candidateIds" uuid[], "eventId" text, "occurredAt" text, stage text,
         "stageMakesViolation" boolean, explanation jsonb, evidence jsonb, "dedupeKey" text)
       -- Checked here as well as in the (cached) screening context: a pair rejected a moment ago, or
       -- in another process, is never proposed again.
       WHERE x."asnId" IS NULL OR NOT EXISTS (
         SELECT 1 FROM rejected_identity_pairs r
         WHERE r.platform = x.platform AND r.handle = lower(x."accountHandle") AND r.asn_id = x."asnId")
       ON CONFLICT (dedupe_key) DO UPDATE SET score = EXCLUDED.score, band = EXCLUDED.band,
         explanation = EXCLUDED.explanation, evidence = EXCLUDED.evidence, candidate_id = EXCLUDED.candidate_id,
         candidate_ids = EXCLUDED.candidate_ids, stage = EXCLUDED.stage,
         stage_makes_violation = EXCLUDED.stage_makes_violation, updated_at = now()
       WHERE l.status = 'open' AND (l.score, l.explanation) IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.explanation)
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(leads)],
    );
    return rows.filter((r) => r.inserted).length;
  },

  /** Never propose this account as this ASN again (written by the triage desk's reject action). */
  async addRejectedPair(
    q: Queryable,
    p: {
      platform: string;
      handle: string;
      asnId: string;
      reason?: string | null;
      rejectedBy?: string | null;
      leadId?: string | null;
    },
  ): Promise<void> {
    await q.query(
      `INSERT INTO rejected_identity_pairs (platform, handle, asn_id, reason, rejected_by, lead_id)
       VALUES ($1, lower($2), $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [p.platform, p.handle, p.asnId, p.reason ?? null, p.rejectedBy ?? null, p.leadId ?? null],
    );
  },

  /** Open leads of a rejected pair are closed as rejected (the pair is no longer proposed). */
  async closeLeadsOfPair(
    q: Queryable,
    p: { platform: string; handle: string; asnId: string; userId: string | null },
  ) {
    await q.query(
      `UPDATE leads SET status = 'rejected', status_changed_by = $4, status_changed_at = now(), updated_at = now(),
         status_reason = coalesce(status_reason, 'identity rejected')
       WHERE platform = $1 AND account_handle = lower($2) AND asn_id = $3 AND status = 'open'`,
      [p.platform, p.handle, p.asnId, p.userId],
    );
  },
};
