import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type TabularFormat = 'csv' | 'xlsx';

/** One line of a table file: `rowNumber` 0 is the CSV header; XLSX rows keep the sheet's numbering. */
export type TabularRow = { rowNumber: number; cells: string[]; header: boolean };

export function formatOf(fileName: string): TabularFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

/** Spreadsheet cell → text. 18-digit NIPs stored as numbers have lost digits: flagged with '#NUM'. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : `#NUM${value}`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const o = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return typeof value === 'boolean' ? String(value) : '';
}

/**
 * Comma or semicolon (spreadsheets in Indonesian locale export ';'), decided on the header line:
 * names such as "Drs. Ahmad, M.Si." contain commas, so both cannot be delimiters at once.
 */
async function sniffDelimiter(input: Readable): Promise<string> {
  for (;;) {
    const chunk = input.read() as Buffer | string | null;
    if (chunk !== null) {
      input.unshift(chunk);
      const line = chunk.toString().split(/\r?\n/, 1)[0] ?? '';
      return line.split(';').length > line.split(',').length ? ';' : ',';
    }
    if (input.readableEnded || input.destroyed) return ',';
    await Promise.race([once(input, 'readable'), once(input, 'end')]);
  }
}

/**
 * Streams the rows of a CSV (comma or semicolon, UTF-8 with or without BOM) or of the first sheet
 * of an XLSX workbook; neither is ever held whole in memory.
 */
export async function* readTabular(input: Readable, format: TabularFormat): AsyncGenerator<TabularRow> {
  if (format === 'csv') {
    const delimiter = await sniffDelimiter(input);
    const parser = input.pipe(
      parse({
        bom: true,
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
      }),
    );
    let n = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      yield { rowNumber: n, cells: record, header: n === 0 };
      n++;
    }
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  let sheets = 0;
  for await (const sheet of reader) {
    // Only the first sheet is the register; later sheets are notes in the office's exports.
    if (sheets++ > 0) {
      for await (const _row of sheet) void _row;
      continue;
    }
    let headerSeen = false;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = values.map((v) => cellText(v).trim());
      if (cells.every((c) => c === '')) continue;
      yield { rowNumber: row.number, cells, header: !headerSeen };
      headerSeen = true;
    }
  }
}
