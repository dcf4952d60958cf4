import type { Queryable } from '../../db/database';

export type ForwardingRow = {
  id: string;
  case_id: string;
  disposition_id: string;
  kind: string;
  target: string;
  recipient_organization_id: string;
  recipient_name: string;
  letter_number: string | null;
  letter_date: string | null;
  recommended_sanction: string | null;
  forwarded_at: Date;
  decision: string | null;
  sanction_level: string | null;
  reason: string | null;
  decision_letter_number: string | null;
  decision_letter_date: string | null;
  document_sha256: string | null;
  document_media_type: string | null;
  document_size_bytes: string | null;
  recorded_at: Date | null;
  executed_on: string | null;
  execution_summary: string | null;
  execution_sha256: string | null;
  execution_media_type: string | null;
  execution_size_bytes: string | null;
  execution_recorded_at: Date | null;
  /** Some recipient of the same disposition recorded its follow-up (BKN or the PPK's agency). */
  disposition_done: boolean;
  // From the case, for lists: public facts of the case only (never the reporter).
  register_number: string | null;
  summary: string;
  case_status: string;
  region_code: string;
  region_name: string;
};

const SELECT = `SELECT f.id, f.case_id, f.disposition_id, f.kind, f.target, f.recipient_organization_id,
  o.name AS recipient_name, f.letter_number, f.letter_date::text, f.recommended_sanction, f.forwarded_at,
  f.decision, f.sanction_level, f.reason, f.decision_letter_number, f.decision_letter_date::text,
  f.document_sha256, f.document_media_type, f.document_size_bytes, f.recorded_at,
  f.executed_on::text, f.execution_summary, f.execution_sha256, f.execution_media_type,
  f.execution_size_bytes, f.execution_recorded_at,
  EXISTS (SELECT 1 FROM case_forwardings d WHERE d.disposition_id = f.disposition_id AND d.recorded_at IS NOT NULL)
    AS disposition_done,
  c.register_number, c.summary, c.status AS case_status, c.region_code, r.name AS region_name
  FROM case_forwardings f
  JOIN organizations o ON o.id = f.recipient_organization_id
  JOIN cases c ON c.id = f.case_id
  JOIN regions r ON r.code = c.region_code`;

/** Organisation types that receive a kind of violation by default (domain.md §1.6, §4). */
const DEFAULT_RECIPIENT_TYPES: Record<string, string[]> = {
  // BKN (KASN before September 2024) and the PPK's civil-service agency (BKPSDM).
  asn_neutrality: ['bkn', 'bkpsdm'],
  // Election crimes go to Sentra Gakkumdu; its police members follow up.
  criminal: ['polres', 'polsek'],
};

export const followUpRepository = {
  async insert(
    tx: Queryable,
    row: {
      caseId: string;
      dispositionId: string;
      kind: string;
      target: string;
      recipientOrganizationId: string;
      letterNumber: string | null;
      letterDate: string | null;
      recommendedSanction: string | null;
      forwardedAt: string;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO case_forwardings (case_id, disposition_id, kind, target, recipient_organization_id,
         letter_number, letter_date, recommended_sanction, forwarded_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (disposition_id, recipient_organization_id) DO NOTHING`,
      [
        row.caseId,
        row.dispositionId,
        row.kind,
        row.target,
        row.recipientOrganizationId,
        row.letterNumber,
        row.letterDate,
        row.recommendedSanction,
        row.forwardedAt,
      ],
    );
  },

  /** The organisations of the default types whose region covers the case (nearest first). */
  async defaultRecipients(db: Queryable, kind: string, regionCode: string): Promise<string[]> {
    const types = DEFAULT_RECIPIENT_TYPES[kind];
    if (!types) return [];
    const result = await db.query<{ id: string }>(
      `SELECT id FROM organizations
       WHERE type = ANY($1::text[]) AND (region_code = 'ID' OR $2 = region_code OR $2 LIKE region_code || '.%')
       ORDER BY length(region_code) DESC, name`,
      [types, regionCode],
    );
    return result.rows.map((r) => r.id);
  },

  /**
   * Who would receive each kind by default, for the forwarding form: staff see them checked and may
   * leave some out. One row per organisation and kind it receives.
   */
  async recipientOptions(
    db: Queryable,
    regionCode: string,
  ): Promise<{ id: string; name: string; kind: string }[]> {
    const pairs = Object.entries(DEFAULT_RECIPIENT_TYPES).flatMap(([kind, types]) =>
      types.map((type) => ({ kind, type })),
    );
    const result = await db.query<{ id: string; name: string; kind: string }>(
      `SELECT o.id, o.name, p.kind
       FROM jsonb_to_recordset($1::jsonb) AS p (kind text, type text)
       JOIN organizations o ON o.type = p.type
       WHERE o.region_code = 'ID' OR $2 = o.region_code OR $2 LIKE o.region_code || '.%'
       ORDER BY p.kind, length(o.region_code) DESC, o.name`,
      [JSON.stringify(pairs), regionCode],
    );
    return result.rows;
  },

  async existingOrganizations(db: Queryable, ids: string[]): Promise<string[]> {
    const result = await db.query<{ id: string }>('SELECT id FROM organizations WHERE id = ANY($1::uuid[])', [
      ids,
    ]);
    return result.rows.map((r) => r.id);
  },

  async listForOrganizations(
    db: Queryable,
    filter: {
      organizationIds: string[];
      state: 'open' | 'recorded' | 'all';
      overdueBefore: Date;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: (ForwardingRow & { overdue: boolean })[]; total: number }> {
    const result = await db.query<ForwardingRow & { overdue: boolean; total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM (
         SELECT x.*, (NOT x.disposition_done AND x.forwarded_at < $3) AS overdue FROM (${SELECT}
           WHERE f.recipient_organization_id = ANY($1::uuid[])) x
         WHERE $2 = 'all' OR ($2 = 'open') = (NOT x.disposition_done)) y
       ORDER BY disposition_done, forwarded_at ASC LIMIT $4 OFFSET $5`,
      [filter.organizationIds, filter.state, filter.overdueBefore, filter.limit, filter.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  /** One forwarding, only if it went to one of `organizationIds`. */
  async findForOrganizations(
    db: Queryable,
    id: string,
    organizationIds: string[],
  ): Promise<ForwardingRow | undefined> {
    const result = await db.query<ForwardingRow>(
      `${SELECT} WHERE f.id = $1 AND f.recipient_organization_id = ANY($2::uuid[])`,
      [id, organizationIds],
    );
    return result.rows[0];
  },

  async listForCase(db: Queryable, caseId: string): Promise<ForwardingRow[]> {
    const result = await db.query<ForwardingRow>(
      `${SELECT} WHERE f.case_id = $1 ORDER BY f.forwarded_at, o.name`,
      [caseId],
    );
    return result.rows;
  },

  async findForCase(db: Queryable, caseId: string, id: string): Promise<ForwardingRow | undefined> {
    const result = await db.query<ForwardingRow>(`${SELECT} WHERE f.case_id = $1 AND f.id = $2`, [
      caseId,
      id,
    ]);
    return result.rows[0];
  },

  async recordDecision(
    tx: Queryable,
    id: string,
    d: {
      decision: string;
      sanctionLevel: string | null;
      reason: string | null;
      letterNumber: string;
      letterDate: string;
      recordedBy: string;
      at: Date;
    },
  ): Promise<boolean> {
    const result = await tx.query(
      `UPDATE case_forwardings SET decision = $2, sanction_level = $3, reason = $4, decision_letter_number = $5,
         decision_letter_date = $6, recorded_by = $7, recorded_at = $8
       WHERE id = $1 AND recorded_at IS NULL`,
      [id, d.decision, d.sanctionLevel, d.reason, d.letterNumber, d.letterDate, d.recordedBy, d.at],
    );
    return result.rowCount === 1;
  },

  async attachDocument(
    tx: Queryable,
    id: string,
    doc: { sha256: string; mediaType: string; sizeBytes: number },
  ): Promise<void> {
    await tx.query(
      `UPDATE case_forwardings SET document_sha256 = $2, document_media_type = $3, document_size_bytes = $4 WHERE id = $1`,
      [id, doc.sha256, doc.mediaType, doc.sizeBytes],
    );
  },

  /** The execution with its evidence, written once per forwarding row (false when already there). */
  async recordExecution(
    tx: Queryable,
    id: string,
    e: {
      executedOn: string;
      summary: string;
      evidence: { sha256: string; mediaType: string; sizeBytes: number };
      recordedBy: string;
      at: Date;
    },
  ): Promise<boolean> {
    const result = await tx.query(
      `UPDATE case_forwardings SET executed_on = $2, execution_summary = $3, execution_sha256 = $4,
         execution_media_type = $5, execution_size_bytes = $6, execution_recorded_by = $7, execution_recorded_at = $8
       WHERE id = $1 AND execution_recorded_at IS NULL`,
      [
        id,
        e.executedOn,
        e.summary,
        e.evidence.sha256,
        e.evidence.mediaType,
        e.evidence.sizeBytes,
        e.recordedBy,
        e.at,
      ],
    );
    return result.rowCount === 1;
  },
};
