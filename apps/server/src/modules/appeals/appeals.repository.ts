import type { AppealStatus } from '@netra/contracts';
import type { Queryable } from '../../db/database';
import { escapeLike } from '../../lib/sql';

export type AppealRow = {
  id: string;
  organization_id: string;
  organization_name: string;
  region_code: string;
  region_name: string | null;
  number: string;
  letter_date: string;
  nature: string;
  subject: string;
  addressees: string[];
  body: string;
  legal_reference_ids: string[];
  signatory_name: string;
  signatory_position: string;
  pledge_text: string;
  status: AppealStatus;
  return_note: string | null;
  code: string | null;
  pdf_sha256: string | null;
  reminder_threshold_percent: number;
  submitted_at: Date | null;
  approved_at: Date | null;
  issued_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

export type AppealFields = {
  number: string;
  letterDate: string;
  nature: string;
  subject: string;
  addressees: string[];
  body: string;
  legalReferenceIds: string[];
  signatoryName: string;
  signatoryPosition: string;
  pledgeText: string;
};

const SELECT = `
  SELECT a.id, a.organization_id, o.name AS organization_name, a.region_code, r.name AS region_name,
    a.number, to_char(a.letter_date, 'YYYY-MM-DD') AS letter_date, a.nature, a.subject, a.addressees,
    a.body, a.legal_reference_ids, a.signatory_name, a.signatory_position, a.pledge_text, a.status,
    a.return_note, a.code, a.pdf_sha256, a.reminder_threshold_percent, a.submitted_at, a.approved_at,
    a.issued_at, a.created_at, a.updated_at
  FROM appeals a JOIN organizations o ON o.id = a.organization_id LEFT JOIN regions r ON r.code = a.region_code`;

export type AttachmentRow = {
  id: string;
  sha256: string;
  media_type: string;
  size_bytes: string;
  original_name: string | null;
};

export const appealsRepository = {
  async findOrganization(tx: Queryable, id: string) {
    const result = await tx.query<{ id: string; region_code: string }>(
      'SELECT id, region_code FROM organizations WHERE id = $1',
      [id],
    );
    return result.rows[0];
  },

  async insert(
    tx: Queryable,
    row: AppealFields & { organizationId: string; regionCode: string; createdBy: string },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO appeals (organization_id, region_code, number, letter_date, nature, subject, addressees, body,
         legal_reference_ids, signatory_name, signatory_position, pledge_text, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
       ON CONFLICT (organization_id, number) DO NOTHING RETURNING id`,
      [
        row.organizationId,
        row.regionCode,
        row.number,
        row.letterDate,
        row.nature,
        row.subject,
        row.addressees,
        row.body,
        row.legalReferenceIds,
        row.signatoryName,
        row.signatoryPosition,
        row.pledgeText,
        row.createdBy,
      ],
    );
    return result.rows[0]?.id ?? '';
  },

  /** False when the number is taken by another appeal of the same office. */
  async update(tx: Queryable, id: string, row: AppealFields): Promise<boolean> {
    const clash = await tx.query(
      `SELECT 1 FROM appeals WHERE number = $2 AND id <> $1
         AND organization_id = (SELECT organization_id FROM appeals WHERE id = $1)`,
      [id, row.number],
    );
    if (clash.rowCount) return false;
    await tx.query(
      `UPDATE appeals SET number=$2, letter_date=$3, nature=$4, subject=$5, addressees=$6, body=$7,
         legal_reference_ids=$8, signatory_name=$9, signatory_position=$10, pledge_text=$11, updated_at=now()
       WHERE id = $1`,
      [
        id,
        row.number,
        row.letterDate,
        row.nature,
        row.subject,
        row.addressees,
        row.body,
        row.legalReferenceIds,
        row.signatoryName,
        row.signatoryPosition,
        row.pledgeText,
      ],
    );
    return true;
  },

  async findById(tx: Queryable, id: string, forUpdate = false): Promise<AppealRow | undefined> {
    const result = await tx.query<AppealRow>(
      `${SELECT} WHERE a.id = $1${forUpdate ? ' FOR UPDATE OF a' : ''}`,
      [id],
    );
    return result.rows[0];
  },

  async findIssuedByCode(tx: Queryable, code: string): Promise<AppealRow | undefined> {
    const result = await tx.query<AppealRow>(`${SELECT} WHERE a.code = $1 AND a.status = 'issued'`, [code]);
    return result.rows[0];
  },

  async setStatus(
    tx: Queryable,
    id: string,
    status: AppealStatus,
    extra: { returnNote?: string | null; approvedBy?: string; code?: string; pdfSha256?: string } = {},
  ): Promise<void> {
    await tx.query(
      `UPDATE appeals SET status = $2, updated_at = now(),
         return_note = CASE WHEN $2 = 'returned' THEN $3 WHEN $2 = 'submitted' THEN return_note ELSE NULL END,
         submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE submitted_at END,
         approved_by = CASE WHEN $2 = 'approved' THEN $4::uuid ELSE approved_by END,
         approved_at = CASE WHEN $2 = 'approved' THEN now() ELSE approved_at END,
         issued_at = CASE WHEN $2 = 'issued' THEN now() ELSE issued_at END,
         code = COALESCE($5, code), pdf_sha256 = COALESCE($6, pdf_sha256)
       WHERE id = $1`,
      [
        id,
        status,
        extra.returnNote ?? null,
        extra.approvedBy ?? null,
        extra.code ?? null,
        extra.pdfSha256 ?? null,
      ],
    );
  },

  async setReminderThreshold(tx: Queryable, id: string, percent: number): Promise<void> {
    await tx.query('UPDATE appeals SET reminder_threshold_percent = $2 WHERE id = $1', [id, percent]);
  },

  async list(
    tx: Queryable,
    filter: { scopes: string[]; status?: AppealStatus; issuedOnly?: boolean; limit: number; offset: number },
  ): Promise<{ rows: AppealRow[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (!filter.issuedOnly) {
      if (filter.scopes.length === 0) return { rows: [], total: 0 };
      const ors = filter.scopes.map((scope) => {
        if (scope === 'ID') return 'TRUE';
        params.push(scope, `${escapeLike(scope)}.%`);
        return `(a.region_code = $${params.length - 1} OR a.region_code LIKE $${params.length})`;
      });
      where.push(`(${ors.join(' OR ')})`);
    }
    const status = filter.issuedOnly ? 'issued' : filter.status;
    if (status) {
      params.push(status);
      where.push(`a.status = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const count = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM appeals a ${clause}`, params);
    params.push(filter.limit, filter.offset);
    const rows = await tx.query<AppealRow>(
      `${SELECT} ${clause} ORDER BY COALESCE(a.issued_at, a.updated_at) DESC, a.id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { rows: rows.rows, total: count.rows[0]?.n ?? 0 };
  },

  async listAttachments(tx: Queryable, appealId: string): Promise<AttachmentRow[]> {
    const result = await tx.query<AttachmentRow>(
      `SELECT id, sha256, media_type, size_bytes, original_name FROM appeal_attachments
       WHERE appeal_id = $1 ORDER BY created_at, id`,
      [appealId],
    );
    return result.rows;
  },

  async insertAttachment(
    tx: Queryable,
    appealId: string,
    file: { sha256: string; mediaType: string; sizeBytes: number; originalName: string | null },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO appeal_attachments (appeal_id, sha256, media_type, size_bytes, original_name)
       VALUES ($1,$2,$3,$4,$5) RETURNING id`,
      [appealId, file.sha256, file.mediaType, file.sizeBytes, file.originalName],
    );
    return result.rows[0]!.id;
  },

  async deleteAttachment(tx: Queryable, appealId: string, attachmentId: string): Promise<boolean> {
    const result = await tx.query('DELETE FROM appeal_attachments WHERE appeal_id = $1 AND id = $2', [
      appealId,
      attachmentId,
    ]);
    return (result.rowCount ?? 0) > 0;
  },
};
