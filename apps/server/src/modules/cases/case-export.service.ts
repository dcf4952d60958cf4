import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CaseFilters } from '@netra/contracts';
import type { Database } from '../../db/database';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { scopesFor } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { filtersOf } from './case-filters';
import { caseExportRepository, type ExportFilter, type ExportRow } from './case-export.repository';
import { STATUS_ID } from './documents/document-facts';

const PAGE = 500;
export type ExportFormat = 'csv' | 'xlsx';
export type ExportQuery = CaseFilters & { format: ExportFormat; includeReportedName: boolean };

const HEADERS = [
  'Nomor registrasi',
  'Jenis',
  'Status',
  'Kode wilayah',
  'Wilayah',
  'Ringkasan',
  'Diterima',
  'Batas waktu berikutnya',
  'Lewat batas waktu',
  'Jenis pelanggaran',
  'Instansi terlapor',
  'Jabatan terlapor',
];
const NAME_HEADER = 'Nama terlapor (data pribadi ASN)';

function cells(r: ExportRow, at: Date, includeName: boolean): (string | Date | null)[] {
  const out: (string | Date | null)[] = [
    r.register_number,
    r.kind === 'laporan' ? 'Laporan' : 'Temuan',
    STATUS_ID[r.status] ?? r.status,
    r.region_code,
    r.region_name,
    r.summary,
    r.created_at,
    r.next_due_at,
    r.next_due_at && r.next_due_at.getTime() < at.getTime() ? 'ya' : 'tidak',
    r.violation_kinds.join(', '),
    r.reported_agency,
    r.reported_position,
  ];
  if (includeName) out.push(r.reported_name);
  return out;
}

/** A CSV field; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
function csvField(value: string | Date | null): string {
  if (value === null) return '';
  let s = value instanceof Date ? value.toISOString() : value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The staff case list as CSV or XLSX, with the list's filters and jurisdiction, read page by page
 * and streamed. Never reporter identity; the reported ASN's name only on request (it is personal
 * data) and then recorded in the audit event as a field read.
 */
export function createCaseExportService(deps: { db: Database; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function* rows(filter: ExportFilter): AsyncGenerator<ExportRow> {
    let after: { cursorAt: string; id: string } | null = null;
    for (;;) {
      const page = await caseExportRepository.page(db, filter, after, PAGE);
      yield* page;
      if (page.length < PAGE) return;
      const last = page[page.length - 1]!;
      after = { cursorAt: last.cursor_at, id: last.id };
    }
  }

  return {
    async export(ctx: RequestContext, q: ExportQuery) {
      const membership = await authorize(db, ctx, 'cases.read');
      const at = now();
      const filters = filtersOf(q);
      const filter: ExportFilter = {
        ...filters,
        scopes: scopesFor(ctx.actor, 'cases.read'),
        now: at,
        includeReportedName: q.includeReportedName,
      };
      // The narrowing filters beyond status and kind are recorded only when used.
      const { status, kind, ...narrowing } = filters;
      const used = Object.fromEntries(Object.entries(narrowing).filter(([, v]) => v !== undefined));
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        action: 'cases.exported',
        entityType: 'case',
        fieldsRead: q.includeReportedName ? ['reported_party.name'] : undefined,
        after: {
          format: q.format,
          status: status ?? null,
          kind: kind ?? null,
          includeReportedName: q.includeReportedName,
          ...used,
        },
        requestId: ctx.requestId,
      });
      const headers = q.includeReportedName ? [...HEADERS, NAME_HEADER] : HEADERS;
      const stamp = at.toISOString().slice(0, 10);
      if (q.format === 'csv') {
        async function* lines() {
          yield `\uFEFF${headers.map(csvField).join(',')}\r\n`;
          for await (const r of rows(filter))
            yield `${cells(r, at, q.includeReportedName).map(csvField).join(',')}\r\n`;
        }
        return {
          stream: Readable.from(lines()),
          mediaType: 'text/csv; charset=utf-8',
          filename: `perkara-${stamp}.csv`,
        };
      }
      const stream = new PassThrough();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet('Perkara');
      sheet.columns = headers.map((header) => ({ header, width: header === 'Ringkasan' ? 60 : 22 }));
      void (async () => {
        for await (const r of rows(filter)) sheet.addRow(cells(r, at, q.includeReportedName)).commit();
        sheet.commit();
        await workbook.commit();
      })().catch((error: unknown) =>
        stream.destroy(error instanceof Error ? error : new Error('export failed')),
      );
      return {
        stream,
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename: `perkara-${stamp}.xlsx`,
      };
    },
  };
}
export type CaseExportService = ReturnType<typeof createCaseExportService>;
