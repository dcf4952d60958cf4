import type { CaseState } from '@netra/rules';
import type { Queryable } from '../../db/database';
import { caseFilterSql, type CaseFilterInput } from './case-filters';

export type CaseRow = {
  id: string;
  kind: 'laporan' | 'temuan';
  status: string;
  region_code: string;
  region_name: string;
  profile_id: string;
  register_number: string | null;
  summary: string;
  next_due_at: Date | null;
  state: CaseState;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const SELECT = `SELECT c.id, c.kind, c.status, c.region_code, r.name AS region_name, c.profile_id, c.register_number,
  c.summary, c.next_due_at, c.state, c.version, c.created_at, c.updated_at FROM cases c JOIN regions r ON r.code = c.region_code`;

/** The earliest running deadline: what makes a case urgent. */
export function nextDueAt(state: CaseState): Date | null {
  const due = state.deadlines
    .filter((d) => d.status === 'running')
    .map((d) => Date.parse(d.dueAt))
    .sort((a, b) => a - b)[0];
  return due === undefined ? null : new Date(due);
}

export const casesRepository = {
  async insert(tx: Queryable, state: CaseState & { regionCode: string }, summary: string): Promise<void> {
    await tx.query(
      `INSERT INTO cases (id, kind, status, region_code, profile_id, register_number, next_due_at, state, version, created_at, summary)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
      [
        state.id,
        state.kind,
        state.status,
        state.regionCode,
        state.profileId,
        state.registerNumber ?? null,
        nextDueAt(state),
        JSON.stringify(state),
        state.version,
        state.receivedAt,
        summary,
      ],
    );
  },

  async findById(db: Queryable, id: string): Promise<CaseRow | undefined> {
    return (await db.query<CaseRow>(`${SELECT} WHERE c.id = $1`, [id])).rows[0];
  },

  /** Writes the new state only if nobody else moved the case since `expectedVersion`. */
  async updateState(tx: Queryable, state: CaseState, expectedVersion: number): Promise<boolean> {
    const result = await tx.query(
      `UPDATE cases SET status = $2, register_number = $3, next_due_at = $4, state = $5, version = $6, updated_at = now()
       WHERE id = $1 AND version = $7`,
      [
        state.id,
        state.status,
        state.registerNumber ?? null,
        nextDueAt(state),
        JSON.stringify(state),
        state.version,
        expectedVersion,
      ],
    );
    return result.rowCount === 1;
  },

  /** One page of the work list, most urgent first; filters and jurisdiction as in case-filters.ts. */
  async list(
    db: Queryable,
    filter: CaseFilterInput & { limit: number; offset: number },
  ): Promise<{ rows: CaseRow[]; total: number }> {
    const { where, params } = caseFilterSql(filter);
    const n = params.length;
    const result = await db.query<CaseRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT} LEFT JOIN reports rp ON rp.case_id = c.id
         WHERE ${where}) x
       ORDER BY next_due_at ASC NULLS LAST, created_at ASC LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  /** Next number in a register scope and year; the row lock serialises concurrent registrations. */
  async nextRegisterSequence(tx: Queryable, scope: string, year: number): Promise<number> {
    const result = await tx.query<{ last_value: number }>(
      `INSERT INTO register_sequences (scope, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (scope, year) DO UPDATE SET last_value = register_sequences.last_value + 1
       RETURNING last_value`,
      [scope, year],
    );
    return result.rows[0]!.last_value;
  },

  /** Registered cases for the public announcement page, most recently changed first. */
  async listAnnounced(db: Queryable, page: { limit: number; offset: number }) {
    const result = await db.query<{
      register_number: string;
      summary: string;
      status: string;
      region_name: string;
      updated_at: Date;
      total: number;
    }>(
      `SELECT c.register_number, c.summary, c.status, r.name AS region_name, c.updated_at, count(*) OVER ()::int AS total
       FROM cases c JOIN regions r ON r.code = c.region_code
       WHERE c.register_number IS NOT NULL ORDER BY c.updated_at DESC LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },
};
