import path from 'node:path';
import type { Config } from '../../config/load-config';
import type { Database } from '../../db/database';
import type { EnvironmentFor } from '../cases/case-environment';
import type { EvidenceStorage } from '../cases/evidence-storage';
import { inlineDispatch, queueDispatch } from './capture-jobs';
import { createCaptureRunner } from './capture-runner';
import { createCapturesService } from './captures.service';
import { createLeadsService } from './leads.service';

/**
 * The monitoring desk's services for the composition root: captures (queued as pg-boss jobs, or run
 * in this process when no worker runs) and the leads triage desk.
 */
export function createMonitoringDeskServices(deps: {
  db: Database;
  config: Config;
  storage: EvidenceStorage;
  environmentFor: EnvironmentFor;
}) {
  const { db, config, storage } = deps;
  const onError = (message: string) => process.stderr.write(`${message}\n`);
  const { allowPrivate } = config.capture;
  const captureRunner = createCaptureRunner({
    db,
    storage,
    chromiumPath: config.capture.chromiumPath,
    allowPrivate,
  });
  const inline = config.capture.dispatch === 'inline' ? inlineDispatch(captureRunner, onError) : undefined;
  const dispatch =
    inline ??
    queueDispatch({
      db,
      chromiumPath: config.capture.chromiumPath,
      evidenceDir: path.join(config.db.dataDir, 'evidence'),
      allowPrivate,
      onError,
    });
  const captures = createCapturesService({
    db,
    storage,
    limits: config.capture.limits,
    allowPrivate,
    dispatch,
  });
  return {
    captures,
    captureRunner,
    /** Resolves when in-process captures have finished (inline mode; tests wait on it). */
    capturesIdle: () => inline?.idle() ?? Promise.resolve(),
    leads: createLeadsService({ db, captures, environmentFor: deps.environmentFor }),
  };
}
