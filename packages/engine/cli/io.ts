// File I/O for the engine CLI commands: streaming line readers for CSV and NDJSON, with
// malformed lines reported (line number and reason) instead of thrown.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface LineError {
  file: string;
  line: number;
  reason: string;
}

export async function* readLines(file: string): AsyncGenerator<string> {
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

/** Rows of a CSV (header row) or NDJSON file as objects; bad lines go to `errors`. */
export async function* readRecords(
  file: string,
  errors: LineError[],
): AsyncGenerator<Record<string, string>> {
  const csv = file.toLowerCase().endsWith('.csv');
  let header: string[] | null = null;
  let n = 0;
  for await (const line of readLines(file)) {
    n++;
    if (!line.trim()) continue;
    if (csv) {
      const f = parseCsvLine(line);
      if (!f) {
        errors.push({ file, line: n, reason: 'unbalanced quotes' });
        continue;
      }
      if (!header) {
        header = f.map((h) => h.trim());
        continue;
      }
      if (f.length !== header.length) {
        errors.push({ file, line: n, reason: `expected ${header.length} fields, found ${f.length}` });
        continue;
      }
      yield Object.fromEntries(header.map((h, i) => [h, f[i] ?? '']));
    } else {
      try {
        const o: unknown = JSON.parse(line);
        if (o && typeof o === 'object' && !Array.isArray(o)) yield o as Record<string, string>;
        else errors.push({ file, line: n, reason: 'not a JSON object' });
      } catch {
        errors.push({ file, line: n, reason: 'invalid JSON' });
      }
    }
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
