import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { timeZoneForProvince } from '@netra/rules';
import type { Database } from '../../db/database';
import { regionsRepository, type RegionRow } from './regions.repository';

const BATCH_SIZE = 5000;
const LEVEL_FILES = [
  { file: 'provinces.csv', level: 1 },
  { file: 'regencies.csv', level: 2 },
  { file: 'districts.csv', level: 3 },
  { file: 'villages.csv', level: 4 },
] as const;

/** Minimal RFC 4180 line split; idn-area-data quotes only fields that contain commas. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
}

function kindOf(level: number, code: string, name: string): string {
  if (level === 1) return 'provinsi';
  if (level === 2) return name.toLowerCase().startsWith('kota') ? 'kota' : 'kabupaten';
  if (level === 3) return 'kecamatan';
  // Village codes 1xxx are kelurahan, 2xxx desa (Permendagri coding).
  return code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

/**
 * Imports every Indonesian region from the idn-area-data package, streaming each CSV and inserting
 * in batches. Idempotent: existing codes are left alone, so it can resume after an interruption.
 */
export async function importRegions(db: Database, onProgress?: (message: string) => void): Promise<number> {
  const require = createRequire(import.meta.url);
  const dataDir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  await regionsRepository.insertMany(db, [
    { code: 'ID', parent_code: null, level: 0, kind: 'negara', name: 'Indonesia', time_zone: 'Asia/Jakarta' },
  ]);
  let total = 0;
  for (const { file, level } of LEVEL_FILES) {
    const lines = readline.createInterface({
      input: createReadStream(path.join(dataDir, file), 'utf8'),
      crlfDelay: Infinity,
    });
    let batch: RegionRow[] = [];
    let header = true;
    for await (const line of lines) {
      if (header || line.trim() === '') {
        header = false;
        continue;
      }
      const fields = splitCsvLine(line);
      const code = fields[0]!;
      const name = level === 1 ? fields[1]! : fields[2]!;
      const parent = level === 1 ? 'ID' : fields[1]!;
      batch.push({
        code,
        parent_code: parent,
        level,
        kind: kindOf(level, code, name),
        name,
        time_zone: timeZoneForProvince(code.slice(0, 2)),
      });
      if (batch.length >= BATCH_SIZE) {
        total += await regionsRepository.insertMany(db, batch);
        batch = [];
      }
    }
    total += await regionsRepository.insertMany(db, batch);
    onProgress?.(`wilayah / regions: ${file} ✓`);
  }
  return total;
}
