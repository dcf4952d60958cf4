import type { FastifyReply } from 'fastify';
import { csvCell } from './registry.service';

type ErrorRow = {
  rowNumber: number;
  columnName: string | null;
  code: string;
  messageId: string;
  messageEn: string;
};

/** Rows of an import's error report as CSV (Indonesian and English message columns). */
export function errorsCsv(rows: ErrorRow[]): string {
  const head = 'baris,kolom,kode,alasan,reason\n';
  return (
    head +
    rows
      .map((r) => [r.rowNumber, r.columnName, r.code, r.messageId, r.messageEn].map(csvCell).join(','))
      .join('\n') +
    '\n'
  );
}

/** The error report as a download (BOM so that spreadsheet programs read it as UTF-8); registry and event imports. */
export function sendErrorsCsv(reply: FastifyReply, rows: ErrorRow[], filename: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(`\ufeff${errorsCsv(rows)}`);
}
