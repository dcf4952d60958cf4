import type { Queryable } from '../../../db/database';
import type { Office } from './document-model';

export type IssuedDocumentRow = {
  id: string;
  kind: string;
  variant: string;
  number: string;
  issued_on: string;
  organization_id: string;
  last_generated_at: Date | null;
};

const ISSUED = `id, kind, variant, number, issued_on::text, organization_id, last_generated_at`;

export const documentsRepository = {
  async office(db: Queryable, organizationId: string): Promise<Office | undefined> {
    const result = await db.query<Office>(
      `SELECT o.id AS "organizationId", o.type, o.name, o.region_code AS "regionCode", r.name AS "regionName"
       FROM organizations o JOIN regions r ON r.code = o.region_code WHERE o.id = $1`,
      [organizationId],
    );
    return result.rows[0];
  },

  async listIssued(db: Queryable, caseId: string): Promise<IssuedDocumentRow[]> {
    return (
      await db.query<IssuedDocumentRow>(
        `SELECT ${ISSUED} FROM case_documents WHERE case_id = $1 ORDER BY created_at`,
        [caseId],
      )
    ).rows;
  },

  async findIssued(tx: Queryable, caseId: string, kind: string, variant: string) {
    return (
      await tx.query<IssuedDocumentRow>(
        `SELECT ${ISSUED} FROM case_documents WHERE case_id = $1 AND kind = $2 AND variant = $3 FOR UPDATE`,
        [caseId, kind, variant],
      )
    ).rows[0];
  },

  /** Next number of the office's one document sequence for the year; the row lock serialises issuers. */
  async nextSequence(tx: Queryable, organizationId: string, year: number): Promise<number> {
    const result = await tx.query<{ last_value: number }>(
      `INSERT INTO document_sequences (organization_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last_value = document_sequences.last_value + 1
       RETURNING last_value`,
      [organizationId, year],
    );
    return result.rows[0]!.last_value;
  },

  async insertIssued(
    tx: Queryable,
    d: {
      caseId: string;
      kind: string;
      variant: string;
      number: string;
      issuedOn: string;
      organizationId: string;
      issuedBy: string;
    },
  ): Promise<IssuedDocumentRow> {
    const result = await tx.query<IssuedDocumentRow>(
      `INSERT INTO case_documents (case_id, kind, variant, number, issued_on, organization_id, issued_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING ${ISSUED}`,
      [d.caseId, d.kind, d.variant, d.number, d.issuedOn, d.organizationId, d.issuedBy],
    );
    return result.rows[0]!;
  },

  async markGenerated(tx: Queryable, id: string, sha256: string, format: string): Promise<void> {
    await tx.query(
      'UPDATE case_documents SET last_sha256 = $2, last_format = $3, last_generated_at = now() WHERE id = $1',
      [id, sha256, format],
    );
  },

  /** The anonymous tip a finding was raised from (never any identity: tips have none). */
  async tipOf(
    db: Queryable,
    caseId: string,
  ): Promise<{ receiptCode: string; whatHappened: string } | undefined> {
    const result = await db.query<{ receiptCode: string; whatHappened: string }>(
      'SELECT receipt_code AS "receiptCode", what_happened AS "whatHappened" FROM tips WHERE finding_case_id = $1',
      [caseId],
    );
    return result.rows[0];
  },

  /**
   * The input of the latest successful transition of each name, from the audit trail: the case
   * state keeps outcomes, while minutes and studies also print what was entered (statements, analysis).
   */
  async latestTransitionInputs(
    db: Queryable,
    caseId: string,
  ): Promise<Record<string, Record<string, unknown>>> {
    const result = await db.query<{ transition: string; input: Record<string, unknown> | null }>(
      `SELECT DISTINCT ON (after ->> 'transition') after ->> 'transition' AS transition, after -> 'input' AS input
       FROM audit_events
       WHERE entity_type = 'case' AND entity_id = $1 AND outcome = 'success' AND after ? 'transition'
       ORDER BY after ->> 'transition', id DESC`,
      [caseId],
    );
    return Object.fromEntries(result.rows.map((r) => [r.transition, r.input ?? {}]));
  },
};
