import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { inTransaction, type Database } from '../../db/database';
import { importRunsRepository, type RowError } from './import-runs.repository';
import { mapHeader, FIELD_LABEL, type RegistryField } from './registry-columns';
import { parseRegistryRow, type RegistryRow } from './registry-row';
import { registryRepository } from './registry.repository';
import { readTabular, type TabularFormat } from './tabular-reader';

export const REGISTRY_BATCH = 500;

export type RegistryImportOutcome = {
  processed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  missingColumns?: RegistryField[];
};

/**
 * Streams a registry file into asn_people: rows are validated one by one, good rows are upserted in
 * batches of REGISTRY_BATCH, each batch with its errors and counts in one transaction (a crash
 * leaves whole batches only; `skip` rows already processed by an interrupted run).
 */
export async function importRegistryStream(
  db: Database,
  input: Readable,
  opts: { format: TabularFormat; importId: string; regionCode: string; today: string; skip: number },
): Promise<RegistryImportOutcome & { sha256: string }> {
  const hash = createHash('sha256');
  // Hashes the bytes on their way to the parser (a 'data' listener would start the flow early).
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  input.on('error', (e) => tap.destroy(e));
  input.pipe(tap);
  const regions = await registryRepository.regionLookup(db, opts.regionCode);
  const total: RegistryImportOutcome = { processed: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  let columns: ReturnType<typeof mapHeader>['columns'] | undefined;
  let good: RegistryRow[] = [];
  let errors: RowError[] = [];
  let batchRows = 0;
  let batchRejected = 0;
  let seenData = 0;

  const flush = async () => {
    if (batchRows === 0) return;
    // A NIP twice in one batch: the later row wins, the earlier one is reported.
    const byNip = new Map<string, RegistryRow>();
    for (const r of good) byNip.set(r.nip, r);
    const rows = [...byNip.values()];
    const dup = good.length - rows.length;
    const counts = await inTransaction(db, async (tx) => {
      const c =
        rows.length > 0
          ? await registryRepository.upsertBatch(tx, rows, opts.importId)
          : { inserted: 0, updated: 0 };
      await registryRepository.addRegistryAccounts(tx, rows);
      const unchanged = rows.length - c.inserted - c.updated;
      await importRunsRepository.addErrors(tx, opts.importId, errors);
      await importRunsRepository.addCounts(tx, opts.importId, {
        processed: batchRows,
        inserted: c.inserted,
        updated: c.updated,
        unchanged: unchanged + dup,
        rejected: batchRejected,
      });
      return { ...c, unchanged: unchanged + dup };
    });
    total.processed += batchRows;
    total.inserted += counts.inserted;
    total.updated += counts.updated;
    total.unchanged += counts.unchanged;
    total.rejected += batchRejected;
    good = [];
    errors = [];
    batchRows = 0;
    batchRejected = 0;
  };

  for await (const line of readTabular(tap, opts.format)) {
    if (line.header) {
      const mapped = mapHeader(line.cells);
      if (mapped.missing.length > 0) {
        tap.resume();
        return { ...total, missingColumns: mapped.missing, sha256: '' };
      }
      columns = mapped.columns;
      continue;
    }
    if (!columns) continue;
    seenData++;
    if (seenData <= opts.skip) continue;
    batchRows++;
    const parsed = parseRegistryRow(line.rowNumber, line.cells, columns, regions, opts.today);
    if (parsed.ok) good.push(parsed.row);
    else {
      batchRejected++;
      errors.push(...parsed.errors);
    }
    if (batchRows >= REGISTRY_BATCH) await flush();
  }
  await flush();
  return { ...total, sha256: hash.digest('hex') };
}

export function missingColumnsMessage(missing: RegistryField[]) {
  const names = missing.map((f) => FIELD_LABEL[f]).join(', ');
  return { id: `Kolom wajib tidak ada: ${names}`, en: `Required columns missing: ${names}` };
}
