import type { Queryable } from '../../db/database';

export type ReportRow = {
  id: string;
  case_id: string;
  receipt_code: string;
  tracking_secret_hash: string;
  reporter_identity_encrypted: string;
  reporter_category: string;
  reported_party: { type: string; name: string; agency?: string; position?: string; nip?: string };
  summary: string;
  what_happened: string;
  region_code: string;
  place: string;
  occurred_on: string;
  known_on: string;
  witnesses: { name: string; contact?: string }[];
  statements: Record<string, boolean>;
  created_at: Date;
};

export type TipRow = {
  id: string;
  receipt_code: string;
  tracking_secret_hash: string;
  status: 'received' | 'finding_raised' | 'closed';
  region_code: string;
  place: string | null;
  what_happened: string;
  occurred_on: string | null;
  links: string[];
  finding_case_id: string | null;
  created_at: Date;
  updated_at: Date;
};

export type EvidenceRow = {
  id: string;
  sha256: string;
  media_type: string;
  size_bytes: string;
  original_name: string | null;
  created_at: Date;
};

// Dates as text: a calendar date must not shift through a time-zone conversion.
const REPORT_COLUMNS = `id, case_id, receipt_code, tracking_secret_hash, reporter_identity_encrypted, reporter_category,
  reported_party, summary, what_happened, region_code, place, occurred_on::text, known_on::text, witnesses, statements, created_at`;
const TIP_COLUMNS = `id, receipt_code, tracking_secret_hash, status, region_code, place, what_happened, occurred_on::text,
  links, finding_case_id, created_at, updated_at`;

export const intakeRepository = {
  async insertReport(
    tx: Queryable,
    r: Omit<ReportRow, 'id' | 'created_at'> & { idempotency_key_hash: string | null },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO reports (case_id, receipt_code, tracking_secret_hash, idempotency_key_hash, reporter_identity_encrypted,
         reporter_category, reported_party, summary, what_happened, region_code, place, occurred_on, known_on, witnesses, statements)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
      [
        r.case_id,
        r.receipt_code,
        r.tracking_secret_hash,
        r.idempotency_key_hash,
        r.reporter_identity_encrypted,
        r.reporter_category,
        JSON.stringify(r.reported_party),
        r.summary,
        r.what_happened,
        r.region_code,
        r.place,
        r.occurred_on,
        r.known_on,
        JSON.stringify(r.witnesses),
        JSON.stringify(r.statements),
      ],
    );
    return result.rows[0]!.id;
  },

  async findReportBy(
    db: Queryable,
    by: 'receipt_code' | 'case_id' | 'idempotency_key_hash',
    value: string,
  ): Promise<ReportRow | undefined> {
    return (await db.query<ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports WHERE ${by} = $1`, [value]))
      .rows[0];
  },

  async insertTip(
    tx: Queryable,
    t: Pick<
      TipRow,
      | 'receipt_code'
      | 'tracking_secret_hash'
      | 'region_code'
      | 'place'
      | 'what_happened'
      | 'occurred_on'
      | 'links'
    > & {
      idempotency_key_hash: string | null;
    },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO tips (receipt_code, tracking_secret_hash, idempotency_key_hash, region_code, place, what_happened, occurred_on, links)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
      [
        t.receipt_code,
        t.tracking_secret_hash,
        t.idempotency_key_hash,
        t.region_code,
        t.place,
        t.what_happened,
        t.occurred_on,
        JSON.stringify(t.links),
      ],
    );
    return result.rows[0]!.id;
  },

  async findTipBy(
    db: Queryable,
    by: 'id' | 'receipt_code' | 'idempotency_key_hash',
    value: string,
  ): Promise<TipRow | undefined> {
    return (await db.query<TipRow>(`SELECT ${TIP_COLUMNS} FROM tips WHERE ${by} = $1`, [value])).rows[0];
  },

  async listTips(db: Queryable, filter: { scopes: string[]; limit: number; offset: number }) {
    const result = await db.query<TipRow & { total: number }>(
      `SELECT ${TIP_COLUMNS}, count(*) OVER ()::int AS total FROM tips
       WHERE 'ID' = ANY($1::text[]) OR EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE region_code = s OR region_code LIKE s || '.%')
       ORDER BY created_at DESC LIMIT $2 OFFSET $3`,
      [filter.scopes, filter.limit, filter.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  async markTipPromoted(tx: Queryable, id: string, caseId: string): Promise<boolean> {
    const result = await tx.query(
      `UPDATE tips SET status = 'finding_raised', finding_case_id = $2, updated_at = now()
       WHERE id = $1 AND finding_case_id IS NULL`,
      [id, caseId],
    );
    return result.rowCount === 1;
  },

  async insertEvidence(
    tx: Queryable,
    e: { sha256: string; mediaType: string; sizeBytes: number; originalName: string | null },
    owner: { reportId?: string; tipId?: string; supervisionResultId?: string },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO evidence_files (sha256, media_type, size_bytes, original_name, report_id, tip_id, supervision_result_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
      [
        e.sha256,
        e.mediaType,
        e.sizeBytes,
        e.originalName,
        owner.reportId ?? null,
        owner.tipId ?? null,
        owner.supervisionResultId ?? null,
      ],
    );
    return result.rows[0]!.id;
  },

  async listEvidence(
    db: Queryable,
    owner: { reportId?: string; tipId?: string; supervisionResultId?: string },
  ): Promise<EvidenceRow[]> {
    const result = await db.query<EvidenceRow>(
      `SELECT id, sha256, media_type, size_bytes::text, original_name, created_at FROM evidence_files
       WHERE report_id = $1 OR tip_id = $2 OR supervision_result_id = $3 ORDER BY created_at`,
      [owner.reportId ?? null, owner.tipId ?? null, owner.supervisionResultId ?? null],
    );
    return result.rows;
  },

  /** One evidence file of a case, whichever door (report, Form A, tip) it came through. */
  async findCaseEvidence(db: Queryable, caseId: string, evidenceId: string) {
    const result = await db.query<{ sha256: string; media_type: string; original_name: string | null }>(
      `SELECT e.sha256, e.media_type, e.original_name FROM evidence_files e
         LEFT JOIN reports r ON r.id = e.report_id
         LEFT JOIN supervision_results s ON s.id = e.supervision_result_id
         LEFT JOIN tips t ON t.id = e.tip_id
       WHERE e.id = $2 AND $1 IN (r.case_id, s.finding_case_id, t.finding_case_id)`,
      [caseId, evidenceId],
    );
    return result.rows[0];
  },
};
