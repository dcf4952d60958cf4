import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../lib/app-error';
import { detectFormat, eventFromCsvRecord, eventsFromDocument, type FormatParams } from './event-formats';
import { INVALID_JSON, type IngestItem } from './store-events';

/** Platform API responses are pages (≤ 500 items): read whole, but never beyond this. */
export const MAX_JSON_DOCUMENT_BYTES = 50 * 1024 * 1024;

/**
 * TikTok's ids are int64 numbers in its JSON (19 digits), beyond what a JS number holds exactly:
 * integers of 16+ digits outside strings become strings before parsing, so ids stay exact.
 */
export function quoteLongIntegers(json: string): string {
  return json.replace(
    /("(?:[^"\\]|\\.)*")|(-?\d{16,})(?=\s*[,\]}])/g,
    (_m, str: string | undefined, num: string) => (str !== undefined ? str : `"${num}"`),
  );
}

export type EventFileKind = 'ndjson' | 'csv' | 'json';

export function eventFileKind(fileName: string): EventFileKind | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

/**
 * The records of an event file, numbered from 1: NDJSON lines and CSV rows are streamed; a JSON
 * document (Netra array, X API v2, TikTok Research API) is parsed and converted.
 */
export async function* eventItems(
  input: Readable,
  kind: EventFileKind,
  params: FormatParams,
): AsyncGenerator<IngestItem> {
  if (kind === 'ndjson') {
    let row = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      row++;
      if (line.trim() === '') continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        raw = INVALID_JSON;
      }
      yield { row, raw };
    }
    return;
  }
  if (kind === 'csv') {
    let row = 0;
    const parser = input.pipe(
      parse({ bom: true, columns: true, relax_column_count: true, skip_empty_lines: true }),
    );
    for await (const record of parser as AsyncIterable<Record<string, string>>)
      yield { row: ++row, raw: eventFromCsvRecord(record) };
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_DOCUMENT_BYTES)
      throw new AppError('ingestion.unsupported_format', { reason: 'too large; use NDJSON' });
    chunks.push(chunk);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(
      quoteLongIntegers(
        Buffer.concat(chunks)
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
      ),
    );
  } catch {
    throw new AppError('ingestion.unsupported_format', { reason: 'invalid JSON' });
  }
  const format = detectFormat(doc);
  if (!format) throw new AppError('ingestion.unsupported_format');
  let row = 0;
  for (const raw of eventsFromDocument(doc, format, params)) yield { row: ++row, raw };
}
