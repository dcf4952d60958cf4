import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CandidateImportSchema } from '@netra/contracts';
import { bengkalis2024Election } from '@netra/rules';
import { inTransaction, type Database } from '../../db/database';
import { candidatesRepository } from '../candidates/candidates.repository';
import { importRunsRepository } from '../registry/import-runs.repository';
import { importRegistryStream } from '../registry/registry-import';
import { REGISTRY_IMPORT_KIND } from '../registry/registry.service';
import { createIngestionService } from './ingestion.service';
import { createScreeningService } from './screening.service';
import { INVALID_JSON, type IngestItem } from './store-events';

/** The demo files: also the upload files of the monitoring browser test. */
export const DEMO_MONITORING_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../seeds/data',
);
export const DEMO_FILES = {
  registry: path.join(DEMO_MONITORING_DIR, 'bengkalis-asn-registry.csv'),
  candidates: path.join(DEMO_MONITORING_DIR, 'bengkalis-candidates.json'),
  events: path.join(DEMO_MONITORING_DIR, 'bengkalis-events.ndjson'),
};

async function* ndjsonItems(file: string): AsyncGenerator<IngestItem> {
  let row = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    row++;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      raw = INVALID_JSON;
    }
    yield { row, raw };
  }
}

/**
 * Demo monitoring data through the same code paths as real imports: the fictional Bengkalis
 * registry (with two bad rows), three fictional candidate pairs with accounts and lexicon, and
 * events with planted violations, screened at once so leads exist right after `npm start`.
 */
export async function seedDemoMonitoringData(
  db: Database,
): Promise<{ people: number; events: number; leads: number }> {
  const run = await importRunsRepository.create(db, {
    kind: REGISTRY_IMPORT_KIND,
    fileName: path.basename(DEMO_FILES.registry),
    regionCode: '14.03',
    createdBy: null,
  });
  const registry = await importRegistryStream(db, createReadStream(DEMO_FILES.registry), {
    format: 'csv',
    importId: run.id,
    regionCode: '14.03',
    today: new Date().toISOString().slice(0, 10),
    skip: 0,
  });
  await importRunsRepository.finish(db, run.id, 'done');

  const pairs = CandidateImportSchema.parse(JSON.parse(await readFile(DEMO_FILES.candidates, 'utf8')));
  await inTransaction(db, async (tx) => {
    for (const c of pairs.candidates) {
      const region =
        (await candidatesRepository.electionRegion(tx, c.electionId)) ?? bengkalis2024Election.regionCode;
      const row = await candidatesRepository.insert(tx, c, region);
      for (const a of c.accounts) await candidatesRepository.insertAccount(tx, row.id, a);
      for (const t of c.lexicon) await candidatesRepository.insertTerm(tx, row.id, t);
    }
  });

  const screening = createScreeningService({ db, currentElection: async () => bengkalis2024Election });
  const ingestion = createIngestionService({ db, screening });
  const events = await ingestion.ingestAsSystem(
    ndjsonItems(DEMO_FILES.events),
    '14.03',
    path.basename(DEMO_FILES.events),
  );
  return { people: registry.inserted, events: events.stored, leads: events.leads };
}
