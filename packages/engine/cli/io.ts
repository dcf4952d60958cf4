// File I/O for the engine CLI commands: streaming line readers for CSV and NDJSON, with
// malformed lines reported (line number and reason) instead of thrown.
import { accessSync, constants, createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** A whole input file the command cannot use (as opposed to bad lines, which are skipped). */
export class EngineInputError extends Error {
  constructor(file: string, id: string, en: string) {
    super(`${file}: ${id} / ${en}`);
    this.name = 'EngineInputError';
  }

  /** The file could not be opened or read (missing, no permission, a folder…). */
  static unreadable(file: string, error: unknown): EngineInputError {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return new EngineInputError(file, `berkas tidak dapat dibaca (${code})`, 'cannot read the file');
  }
}

export interface LineError {
  file: string;
  line: number;
  reason: string;
}

/**
 * Bad lines of a run: every one is counted, the first `keep` are kept with their reason, so a
 * national-sized file full of errors cannot fill the memory.
 */
export class LineErrors {
  count = 0;
  readonly first: LineError[] = [];
  constructor(private readonly keep = 1000) {}
  add(file: string, line: number, reason: string): void {
    this.count++;
    if (this.first.length < this.keep) this.first.push({ file, line, reason });
  }
}

/** Longest value accepted in any field; longer ones are rejected as absurd, with the line. */
export const MAX_FIELD_CHARS = 2000;

export async function* readLines(file: string): AsyncGenerator<string> {
  try {
    accessSync(file, constants.R_OK);
  } catch (e) {
    throw EngineInputError.unreadable(file, e);
  }
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/** One CSV line into fields (RFC 4180 quotes; no newlines inside quotes). */
export function parseCsvLine(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += line[i];
        i++;
      }
      out.push(v);
      if (i < line.length && line[i] !== ',') return null;
      i++;
    } else {
      const j = line.indexOf(',', i);
      const end = j < 0 ? line.length : j;
      out.push(line.slice(i, end).trim());
      i = end + 1;
    }
  }
  return out;
}

export interface NumberedRecord {
  /** 1-based line number in the file. */
  line: number;
  /** CSV: strings; NDJSON: the parsed values (objects stay objects). */
  fields: Record<string, unknown>;
}

/** A field as text: '' when absent, strings as they are, numbers as written. */
export function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/**
 * Rows of a CSV (header row) or NDJSON file as string fields with their line numbers. Bad lines
 * (unbalanced quotes, wrong field count, invalid JSON, a field over MAX_FIELD_CHARS) go to
 * `errors` and the reading goes on.
 */
export async function* readRecords(file: string, errors: LineErrors): AsyncGenerator<NumberedRecord> {
  const csv = file.toLowerCase().endsWith('.csv');
  let header: string[] | null = null;
  let n = 0;
  for await (const line of readLines(file)) {
    n++;
    if (!line.trim()) continue;
    let fields: Record<string, unknown>;
    if (csv) {
      const f = parseCsvLine(line);
      if (!f) {
        errors.add(file, n, 'unbalanced quotes');
        continue;
      }
      if (!header) {
        header = f.map((h) => h.trim());
        continue;
      }
      if (f.length !== header.length) {
        errors.add(file, n, `expected ${header.length} fields, found ${f.length}`);
        continue;
      }
      fields = Object.fromEntries(header.map((h, i) => [h, f[i] ?? '']));
    } else {
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch {
        errors.add(file, n, 'invalid JSON');
        continue;
      }
      if (!o || typeof o !== 'object' || Array.isArray(o)) {
        errors.add(file, n, 'not a JSON object');
        continue;
      }
      fields = o as Record<string, unknown>;
    }
    const long = Object.entries(fields).find(([, v]) => typeof v === 'string' && v.length > MAX_FIELD_CHARS);
    if (long) {
      errors.add(file, n, `field ${long[0]} is longer than ${MAX_FIELD_CHARS} characters`);
      continue;
    }
    yield { line: n, fields };
  }
}

export interface Output {
  write(obj: unknown): void;
  close(): Promise<void>;
}

/** NDJSON to a file, or to stdout when no path is given. */
export function openOutput(file?: string): Output {
  const stream: WriteStream | NodeJS.WriteStream = file
    ? createWriteStream(file, { encoding: 'utf8' })
    : process.stdout;
  return {
    write: (obj) => void stream.write(`${JSON.stringify(obj)}\n`),
    close: () =>
      new Promise((resolve) => {
        if (file) (stream as WriteStream).end(() => resolve());
        else resolve();
      }),
  };
}

export function csvEscape(v: unknown): string {
  const s = v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
