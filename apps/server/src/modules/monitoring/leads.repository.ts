import { inRegionScopes } from '../../lib/sql';
import type { LeadListQuery, LeadStatus } from '@netra/contracts';
import type { Queryable } from '../../db/database';

export type LeadRow = {
  id: string;
  kind: 'asn_interaction' | 'asn_post' | 'content';
  rule_id: string;
  catalogue_entry_id: string;
  score: number;
  band: 'auto_flag' | 'review' | null;
  status: LeadStatus;
  status_reason: string | null;
  status_changed_at: Date | null;
  region_code: string;
  region_name: string | null;
  asn_id: string | null;
  asn_full_name: string | null;
  asn_agency_name: string | null;
  asn_position: string | null;
  platform: string;
  account_id: string;
  account_handle: string;
  account_display_name: string | null;
  candidate_id: string | null;
  candidate_ballot_number: number | null;
  candidate_name: string | null;
  event_id: string;
  occurred_at: Date;
  stage: string | null;
  stage_makes_violation: boolean;
  explanation: Record<string, unknown>;
  evidence: Record<string, unknown>;
  case_id: string | null;
  updated_at: Date;
};

const SELECT = `SELECT l.id, l.kind, l.rule_id, l.catalogue_entry_id, l.score, l.band, l.status, l.status_reason,
  l.status_changed_at, l.region_code, r.name AS region_name, l.asn_id, a.full_name AS asn_full_name,
  a.agency_name AS asn_agency_name, a.position AS asn_position, l.platform, l.account_id, l.account_handle,
  l.account_display_name, l.candidate_id, c.ballot_number AS candidate_ballot_number, c.name AS candidate_name,
  l.event_id, l.occurred_at, l.stage, l.stage_makes_violation, l.explanation, l.evidence, l.case_id, l.updated_at
  FROM leads l
  LEFT JOIN regions r ON r.code = l.region_code
  LEFT JOIN asn_people a ON a.id = l.asn_id
  LEFT JOIN candidates c ON c.id = l.candidate_id`;

/** Rows whose region lies in one of the scopes ('ID' is the whole country). */

export const leadsRepository = {
  async list(db: Queryable, filter: LeadListQuery & { scopes: string[]; timeZone: string }) {
    const result = await db.query<LeadRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT}
         WHERE ${inRegionScopes('l.region_code', '$1')}
           AND ($2::text IS NULL OR l.region_code = $2 OR l.region_code LIKE $2 || '.%')
           AND ($3::text IS NULL OR a.agency_name ILIKE '%' || $3 || '%')
           AND ($4::uuid IS NULL OR $4 = ANY(l.candidate_ids) OR l.candidate_id = $4)
           AND ($5::text IS NULL OR l.rule_id = $5)
           AND ($6::text IS NULL OR ($6 = 'none' AND l.band IS NULL) OR l.band = $6)
           AND ($7::text IS NULL OR l.status = $7)
           AND ($8::date IS NULL OR (l.occurred_at AT TIME ZONE $10)::date >= $8)
           AND ($9::date IS NULL OR (l.occurred_at AT TIME ZONE $10)::date <= $9)) x
       ORDER BY score DESC, occurred_at DESC, id LIMIT $11 OFFSET $12`,
      [
        filter.scopes,
        filter.regionCode ?? null,
        filter.agency ?? null,
        filter.candidateId ?? null,
        filter.ruleId ?? null,
        filter.band ?? null,
        filter.status ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.timeZone,
        filter.pageSize,
        (filter.page - 1) * filter.pageSize,
      ],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  async findById(db: Queryable, id: string): Promise<LeadRow | undefined> {
    return (await db.query<LeadRow>(`${SELECT} WHERE l.id = $1`, [id])).rows[0];
  },

  /** Moves a lead on only from the status the supervisor saw; false when someone else acted first. */
  async setStatus(
    tx: Queryable,
    id: string,
    change: { from: LeadStatus; to: LeadStatus; reason: string | null; userId: string; caseId?: string },
  ): Promise<boolean> {
    const result = await tx.query(
      `UPDATE leads SET status = $3, status_reason = $4, status_changed_by = $5, status_changed_at = now(),
         case_id = COALESCE($6, case_id), updated_at = now()
       WHERE id = $1 AND status = $2 AND case_id IS NULL`,
      [id, change.from, change.to, change.reason, change.userId, change.caseId ?? null],
    );
    return result.rowCount === 1;
  },

  /** Other open leads resting on a rejected account/ASN pair are withdrawn with it. */
  async rejectOpenLeadsOfPair(
    tx: Queryable,
    pair: { platform: string; handle: string; asnId: string; reason: string; userId: string },
  ): Promise<string[]> {
    const result = await tx.query<{ id: string }>(
      `UPDATE leads SET status = 'rejected', status_reason = $4, status_changed_by = $5, status_changed_at = now(), updated_at = now()
       WHERE platform = $1 AND account_handle = $2 AND asn_id = $3 AND status = 'open' RETURNING id`,
      [pair.platform, pair.handle, pair.asnId, pair.reason, pair.userId],
    );
    return result.rows.map((r) => r.id);
  },

  /** A confirmed link becomes one of the ASN's known accounts (source 'confirmed_link'). */
  async insertConfirmedAccount(
    tx: Queryable,
    a: { asnId: string; platform: string; handle: string; displayName: string | null; userId: string },
  ): Promise<string | null> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO asn_accounts (asn_id, platform, handle, display_name, source, confirmed_by)
       VALUES ($1,$2,$3,$4,'confirmed_link',$5) ON CONFLICT (platform, handle, asn_id) DO NOTHING RETURNING id`,
      [a.asnId, a.platform, a.handle, a.displayName, a.userId],
    );
    return result.rows[0]?.id ?? null;
  },

  async asnRecord(db: Queryable, asnId: string) {
    return (
      await db.query<{
        id: string;
        nip: string;
        full_name: string;
        asn_type: string;
        agency_name: string;
        unit: string | null;
        position: string | null;
        rank: string | null;
        region_code: string;
      }>(
        `SELECT id, nip, full_name, asn_type, agency_name, unit, position, rank, region_code FROM asn_people WHERE id = $1`,
        [asnId],
      )
    ).rows[0];
  },

  async linkedAccounts(db: Queryable, asnId: string) {
    return (
      await db.query<{ platform: string; handle: string; source: string; display_name: string | null }>(
        'SELECT platform, handle, source, display_name FROM asn_accounts WHERE asn_id = $1 ORDER BY platform, handle',
        [asnId],
      )
    ).rows;
  },

  /** Case evidence from a capture: linked to the Form A of the finding, and back to the capture. */
  async insertCaptureEvidence(
    tx: Queryable,
    e: {
      sha256: string;
      mediaType: string;
      sizeBytes: number;
      name: string;
      supervisionResultId: string;
      captureId: string;
    },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO evidence_files (sha256, media_type, size_bytes, original_name, supervision_result_id, capture_id)
       VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
      [e.sha256, e.mediaType, e.sizeBytes, e.name, e.supervisionResultId, e.captureId],
    );
    return result.rows[0]!.id;
  },

  async evidenceOfCase(db: Queryable, caseId: string) {
    return (
      await db.query<{
        id: string;
        sha256: string;
        media_type: string;
        size_bytes: string;
        capture_id: string | null;
      }>(
        `SELECT e.id, e.sha256, e.media_type, e.size_bytes::text, e.capture_id FROM evidence_files e
           JOIN supervision_results s ON s.id = e.supervision_result_id
         WHERE s.finding_case_id = $1 ORDER BY e.created_at, e.media_type`,
        [caseId],
      )
    ).rows;
  },

  /**
   * ASN-linked accounts × candidate accounts: interactions behind non-rejected leads, counted per
   * event type. Registry accounts and linkage proposals both appear (the lead carries the ASN).
   */
  async network(
    db: Queryable,
    f: { scopes: string[]; regionCode: string | null; candidateId: string | null; limit: number },
  ) {
    return (
      await db.query<{
        platform: string;
        account_handle: string;
        asn_id: string;
        asn_name: string;
        candidate_account_id: string;
        candidate_handle: string;
        candidate_id: string;
        ballot_number: number;
        candidate_name: string;
        types: Record<string, number>;
        interactions: number;
      }>(
        `WITH pairs AS (
           SELECT DISTINCT l.platform, l.account_handle, l.asn_id, a.full_name AS asn_name, e.id AS event_id, e.type,
             ca.id AS candidate_account_id, ca.handle AS candidate_handle, c.id AS candidate_id,
             c.ballot_number, c.name AS candidate_name
           FROM leads l
           JOIN asn_people a ON a.id = l.asn_id
           JOIN events e ON e.id = l.event_id
           JOIN candidate_accounts ca ON ca.platform = e.platform
             AND (ca.account_id = e.target_account_id OR ca.handle = lower(e.target_account_id) OR ca.handle = lower(e.group_id))
           JOIN candidates c ON c.id = ca.candidate_id
           WHERE l.status <> 'rejected' AND ${inRegionScopes('l.region_code', '$1')}
             AND ($2::text IS NULL OR l.region_code = $2 OR l.region_code LIKE $2 || '.%')
             AND ($3::uuid IS NULL OR c.id = $3)
         ), per_type AS (
           SELECT platform, account_handle, asn_id, asn_name, candidate_account_id, candidate_handle, candidate_id,
             ballot_number, candidate_name, type, count(*)::int AS n
           FROM pairs GROUP BY 1,2,3,4,5,6,7,8,9,10
         )
         SELECT platform, account_handle, asn_id, asn_name, candidate_account_id, candidate_handle, candidate_id,
           ballot_number, candidate_name, jsonb_object_agg(type, n) AS types, sum(n)::int AS interactions
         FROM per_type GROUP BY 1,2,3,4,5,6,7,8,9
         ORDER BY interactions DESC, account_handle LIMIT $4`,
        [f.scopes, f.regionCode, f.candidateId, f.limit + 1],
      )
    ).rows;
  },
};
