import type { Queryable } from '../../db/database';

export type ImportRunRow = {
  id: string;
  kind: string;
  file_name: string | null;
  file_sha256: string | null;
  status: 'running' | 'done' | 'failed';
  region_code: string | null;
  processed_rows: number;
  inserted_rows: number;
  updated_rows: number;
  unchanged_rows: number;
  rejected_rows: number;
  details: Record<string, unknown>;
  failure_reason: string | null;
  created_by: string | null;
  created_at: Date;
  finished_at: Date | null;
};

export type RowError = {
  row: number;
  column: string | null;
  code: string;
  id: string;
  en: string;
};

export type RunCounts = {
  processed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  details?: Record<string, number>;
};

/** Generic import runs (registry, events, candidates): progress, counts and per-row errors. */
export const importRunsRepository = {
  async create(
    q: Queryable,
    run: { kind: string; fileName: string | null; regionCode: string | null; createdBy: string | null },
  ): Promise<ImportRunRow> {
    const { rows } = await q.query<ImportRunRow>(
      `INSERT INTO import_runs (kind, file_name, region_code, created_by) VALUES ($1, $2, $3, $4) RETURNING *`,
      [run.kind, run.fileName, run.regionCode, run.createdBy],
    );
    return rows[0]!;
  },

  async get(q: Queryable, id: string): Promise<ImportRunRow | undefined> {
    const { rows } = await q.query<ImportRunRow>('SELECT * FROM import_runs WHERE id = $1', [id]);
    return rows[0];
  },

  /** An unfinished run of the same kind and file content: a re-upload resumes it. */
  async findResumable(q: Queryable, kind: string, sha256: string): Promise<ImportRunRow | undefined> {
    const { rows } = await q.query<ImportRunRow>(
      `SELECT * FROM import_runs WHERE kind = $1 AND file_sha256 = $2 AND status <> 'done'
       ORDER BY created_at DESC LIMIT 1`,
      [kind, sha256],
    );
    return rows[0];
  },

  async setHash(q: Queryable, id: string, sha256: string): Promise<void> {
    await q.query('UPDATE import_runs SET file_sha256 = $2 WHERE id = $1', [id, sha256]);
  },

  /** Adds one committed batch's counts (call in the batch's transaction). */
  async addCounts(q: Queryable, id: string, c: RunCounts): Promise<void> {
    await q.query(
      `UPDATE import_runs SET processed_rows = processed_rows + $2, inserted_rows = inserted_rows + $3,
         updated_rows = updated_rows + $4, unchanged_rows = unchanged_rows + $5,
         rejected_rows = rejected_rows + $6,
         details = details || coalesce((SELECT jsonb_object_agg(x.k, coalesce((details->>x.k)::int, 0) + x.v::int)
                                        FROM jsonb_each_text($7::jsonb) AS x(k, v)), '{}')
       WHERE id = $1`,
      [id, c.processed, c.inserted, c.updated, c.unchanged, c.rejected, JSON.stringify(c.details ?? {})],
    );
  },

  async addErrors(q: Queryable, id: string, errors: readonly RowError[]): Promise<void> {
    if (errors.length === 0) return;
    await q.query(
      `INSERT INTO import_errors (import_id, row_number, column_name, code, message_id, message_en)
       SELECT $1, e.row, e.col, e.code, e.mid, e.men
       FROM jsonb_to_recordset($2::jsonb) AS e(row int, col text, code text, mid text, men text)`,
      [
        id,
        JSON.stringify(
          errors.map((e) => ({ row: e.row, col: e.column, code: e.code, mid: e.id, men: e.en })),
        ),
      ],
    );
  },

  async finish(q: Queryable, id: string, status: 'done' | 'failed', reason?: string): Promise<void> {
    await q.query(
      `UPDATE import_runs SET status = $2, failure_reason = $3, finished_at = now() WHERE id = $1`,
      [id, status, reason ?? null],
    );
  },

  async reopen(q: Queryable, id: string): Promise<void> {
    await q.query(`UPDATE import_runs SET status = 'running', failure_reason = NULL WHERE id = $1`, [id]);
  },

  async list(
    q: Queryable,
    f: { kinds: string[]; scopes: string[]; limit: number; offset: number },
  ): Promise<{ rows: ImportRunRow[]; total: number }> {
    const where = `kind = ANY($1) AND (region_code IS NULL OR EXISTS (SELECT 1 FROM unnest($2::text[]) s
      WHERE s = 'ID' OR region_code = s OR region_code LIKE s || '.%'))`;
    const { rows } = await q.query<ImportRunRow>(
      `SELECT * FROM import_runs WHERE ${where} ORDER BY created_at DESC LIMIT $3 OFFSET $4`,
      [f.kinds, f.scopes, f.limit, f.offset],
    );
    const total = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM import_runs WHERE ${where}`, [
      f.kinds,
      f.scopes,
    ]);
    return { rows, total: total.rows[0]!.n };
  },

  async errors(q: Queryable, id: string, limit: number, offset: number) {
    const { rows } = await q.query<{
      row_number: number;
      column_name: string | null;
      code: string;
      message_id: string;
      message_en: string;
    }>(
      `SELECT row_number, column_name, code, message_id, message_en FROM import_errors
       WHERE import_id = $1 ORDER BY row_number, id LIMIT $2 OFFSET $3`,
      [id, limit, offset],
    );
    return rows;
  },
};

export function toImportRunDto(r: ImportRunRow) {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    status: r.status,
    regionCode: r.region_code,
    processedRows: r.processed_rows,
    insertedRows: r.inserted_rows,
    updatedRows: r.updated_rows,
    unchangedRows: r.unchanged_rows,
    rejectedRows: r.rejected_rows,
    details: r.details,
    failureReason: r.failure_reason,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
  };
}
