import type { Election } from '@netra/rules';
import type { Database } from '../../db/database';
import { createCandidatesService } from '../candidates/candidates.service';
import { createRegistryService } from '../registry/registry.service';
import { createIngestionService } from './ingestion.service';
import { createScreeningService } from './screening.service';

/**
 * Registry, candidates, ingestion and screening, wired together: registry and lexicon changes
 * queue a replay of stored events (run by the worker's screening job).
 */
export function createMonitoringIngestServices(deps: {
  db: Database;
  elections: { current: (regionCode?: string) => Promise<Election> };
  nats: { url: string | undefined; stream: string };
}) {
  const { db } = deps;
  const screening = createScreeningService({
    db,
    currentElection: () => deps.elections.current().catch(() => undefined),
  });
  const changed = async (regionCode: string) => {
    screening.invalidate();
    await screening.requestReplay(regionCode);
  };
  return {
    registry: createRegistryService({ db, onRegistryChanged: changed }),
    candidates: createCandidatesService({ db, onLexiconChanged: changed }),
    screening,
    ingestion: createIngestionService({ db, screening }),
    natsSettings: deps.nats,
  };
}
