import { Readable } from 'node:stream';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { recordAudit } from '../audit/audit.service';
import { sniffEvidenceType, type EvidenceStorage } from '../cases/evidence-storage';
import type { UploadedFile } from '../cases/evidence.service';
import { readTabular } from '../registry/tabular-reader';
import { appealsRepository } from './appeals.repository';
import { targetsRepository } from './targets.repository';

export type RowError = {
  row: number;
  column: string | null;
  code: string;
  message: { id: string; en: string };
};

const MESSAGES = {
  required: { id: 'NIP wajib diisi.', en: 'The NIP is required.' },
  invalid_nip: { id: 'NIP harus 18 angka.', en: 'The NIP must have 18 digits.' },
  duplicate: {
    id: 'NIP ini sudah ada di baris sebelumnya.',
    en: 'This NIP already appears in an earlier row.',
  },
  not_targeted: {
    id: 'NIP ini bukan sasaran imbauan ini di instansi Anda.',
    en: 'This NIP is not a target of this appeal in your agency.',
  },
} as const;

/** Rows of the NIP column as (row number as the user sees it, value); the header names the column. */
async function* nipRows(file: UploadedFile): AsyncGenerator<{ row: number; nip: string }> {
  const isXlsx = file.bytes.subarray(0, 2).toString('latin1') === 'PK';
  if (!isXlsx && file.bytes.includes(0))
    throw new AppError('appeals.attendance_file_invalid', { reason: 'binary' });
  // The registry's reader: one CSV delimiter decided on the header line (names such as
  // "Drs. A, M.Si." hold commas), the first sheet of a workbook, streamed.
  let column = -1;
  for await (const row of readTabular(Readable.from(file.bytes), isXlsx ? 'xlsx' : 'csv')) {
    if (row.header) {
      column = row.cells.findIndex((v) => /^nip$/i.test(v));
      if (column < 0) throw new AppError('appeals.attendance_file_invalid', { reason: 'no NIP column' });
      continue;
    }
    yield { row: row.rowNumber, nip: row.cells[column] ?? '' };
  }
  if (column < 0) throw new AppError('appeals.attendance_file_invalid', { reason: 'empty' });
}

/**
 * A signed attendance list from an agency's HR: the NIPs of the list are matched to the appeal's
 * targets in the HR user's own agency; good rows are acknowledged, bad rows reported one by one.
 */
export function createAttendanceService(deps: { db: Database; storage: EvidenceStorage }) {
  const { db, storage } = deps;

  async function agencyOf(ctx: RequestContext, appealId: string) {
    const appeal = assertFound(await appealsRepository.findById(db, appealId), 'appeals.not_found');
    const membership = await authorize(db, ctx, 'appeals.attendance', appeal.region_code);
    return { appeal, membership };
  }

  async function saveErrors(tx: Queryable, importId: string, errors: RowError[]) {
    for (let i = 0; i < errors.length; i += 500) {
      const slice = errors.slice(i, i + 500);
      await tx.query(
        `INSERT INTO import_errors (import_id, row_number, column_name, code, message_id, message_en)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        [
          importId,
          slice.map((e) => e.row),
          slice.map((e) => e.column),
          slice.map((e) => e.code),
          slice.map((e) => e.message.id),
          slice.map((e) => e.message.en),
        ],
      );
    }
  }

  return {
    async check(ctx: RequestContext, appealId: string): Promise<void> {
      await agencyOf(ctx, appealId);
    },

    /** Issued appeals that target the HR user's agency. */
    async appealsForMyAgency(ctx: RequestContext) {
      const membership = await authorize(db, ctx, 'appeals.attendance');
      const rows = await targetsRepository.appealsForAgency(db, membership.organizationId);
      return {
        agency: { id: membership.organizationId, name: membership.organizationName },
        items: rows.map((r) => ({
          id: r.id,
          number: r.number,
          subject: r.subject,
          issuedAt: r.issued_at.toISOString(),
          sent: r.sent,
          acknowledged: r.acknowledged,
        })),
      };
    },

    async upload(ctx: RequestContext, appealId: string, files: { list?: UploadedFile; scan?: UploadedFile }) {
      const { appeal, membership } = await agencyOf(ctx, appealId);
      if (appeal.status !== 'issued') throw new AppError('appeals.invalid_status', { status: appeal.status });
      if (!files.list || !files.scan || sniffEvidenceType(files.scan.bytes)?.mediaType !== 'application/pdf')
        throw new AppError('appeals.attendance_file_invalid', {
          reason: 'list and signed PDF scan required',
        });
      const agencyId = membership.organizationId;
      const errors: RowError[] = [];
      const seen = new Set<string>();
      const candidates: { row: number; nip: string }[] = [];
      for await (const { row, nip: raw } of nipRows(files.list)) {
        const nip = raw.replace(/\s+/g, '').replace(/^'/, '');
        const fail = (code: keyof typeof MESSAGES) =>
          errors.push({ row, column: 'NIP', code, message: MESSAGES[code] });
        if (!nip) fail('required');
        else if (!/^[0-9]{18}$/.test(nip)) fail('invalid_nip');
        else if (seen.has(nip)) fail('duplicate');
        else {
          seen.add(nip);
          candidates.push({ row, nip });
        }
      }
      const scanSha = await storage.put(files.scan.bytes);
      const result = await inTransaction(db, async (tx) => {
        const run = await tx.query<{ id: string }>(
          `INSERT INTO import_runs (kind, file_name, file_sha256, region_code, created_by, details)
           VALUES ('attendance', $1, $2, $3, $4, $5) RETURNING id`,
          [
            files.list!.filename?.slice(0, 200) ?? null,
            null,
            appeal.region_code,
            ctx.actor.userId,
            { appealId, agencyId, scanSha256: scanSha },
          ],
        );
        const importId = run.rows[0]!.id;
        let applied = 0;
        let already = 0;
        for (let i = 0; i < candidates.length; i += 1000) {
          const slice = candidates.slice(i, i + 1000);
          const found = await targetsRepository.byNipsInAgency(
            tx,
            appealId,
            agencyId,
            slice.map((c) => c.nip),
          );
          const byNip = new Map(found.map((f) => [f.nip, f]));
          for (const c of slice) {
            const target = byNip.get(c.nip);
            if (!target) {
              errors.push({
                row: c.row,
                column: 'NIP',
                code: 'not_targeted',
                message: MESSAGES.not_targeted,
              });
            } else if (target.acknowledged_at) already += 1;
            else {
              await targetsRepository.acknowledge(tx, target.id, 'attendance', null, importId);
              applied += 1;
            }
          }
        }
        errors.sort((a, b) => a.row - b.row);
        await saveErrors(tx, importId, errors);
        await tx.query(
          `UPDATE import_runs SET status = 'done', finished_at = now(), processed_rows = $2, inserted_rows = $3,
             unchanged_rows = $4, rejected_rows = $5 WHERE id = $1`,
          [
            importId,
            candidates.length + errors.filter((e) => e.code !== 'not_targeted').length,
            applied,
            already,
            errors.length,
          ],
        );
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: appeal.region_code,
          action: 'appeal.attendance_uploaded',
          entityType: 'appeal',
          entityId: appealId,
          after: {
            importId,
            agencyId,
            applied,
            alreadyAcknowledged: already,
            rejected: errors.length,
            scanSha256: scanSha,
          },
          requestId: ctx.requestId,
        });
        return { importId, applied, alreadyAcknowledged: already, rejected: errors.length };
      });
      return { ...result, errors };
    },
  };
}

export type AttendanceService = ReturnType<typeof createAttendanceService>;
