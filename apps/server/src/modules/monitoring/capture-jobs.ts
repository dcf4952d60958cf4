import { PgBoss } from 'pg-boss';
import type { Database } from '../../db/database';
import { createFileEvidenceStorage } from '../cases/evidence-storage';
import { createCaptureRunner, type CaptureRunner } from './capture-runner';

// pg-boss queue of page captures (<verb>.<noun> naming like the other jobs).
export const JOB_CAPTURE_PAGE = 'monitoring.capture-page';

/** What a worker needs to run a capture job; the API process that queued it fills it in. */
export type CaptureJobData = {
  captureId: string;
  chromiumPath: string;
  evidenceDir: string;
  /** NETRA_CAPTURE_ALLOW_PRIVATE of the process that queued it (absent in older jobs: refused). */
  allowPrivate?: boolean;
};

/** The worker's handler: any worker can run it; a redelivered job finds the capture claimed. */
export async function handleCaptureJob(db: Database, data: CaptureJobData): Promise<void> {
  const storage = createFileEvidenceStorage(data.evidenceDir);
  await createCaptureRunner({
    db,
    storage,
    chromiumPath: data.chromiumPath,
    allowPrivate: data.allowPrivate === true,
  })(data.captureId);
}

export type CaptureDispatch = {
  dispatch(captureId: string): Promise<void>;
  close(): Promise<void>;
};

/** Queues captures as pg-boss jobs for whichever worker takes them (`netra start` or `netra worker`). */
export function queueDispatch(deps: {
  db: Database;
  chromiumPath: string;
  evidenceDir: string;
  allowPrivate: boolean;
  onError: (message: string) => void;
}): CaptureDispatch {
  let started: Promise<PgBoss> | undefined;
  const sender = () => {
    started ??= (async () => {
      // Its own two connections on the same database as the pool (embedded or a server).
      const boss = new PgBoss({
        connectionString: deps.db.options.connectionString,
        schema: 'pgboss',
        max: 2,
        supervise: false,
        schedule: false,
      });
      boss.on('error', (error: Error) => deps.onError(`capture queue: ${error.message}`));
      await boss.start();
      await boss.createQueue(JOB_CAPTURE_PAGE);
      return boss;
    })();
    return started;
  };
  return {
    async dispatch(captureId) {
      const data: CaptureJobData = {
        captureId,
        chromiumPath: deps.chromiumPath,
        evidenceDir: deps.evidenceDir,
        allowPrivate: deps.allowPrivate,
      };
      await (
        await sender()
      ).send(JOB_CAPTURE_PAGE, data, { retryLimit: 2, retryDelay: 30, expireInSeconds: 600 });
    },
    async close() {
      if (started) await (await started).stop({ graceful: true, timeout: 5_000 });
    },
  };
}

/**
 * Runs captures in this process, one at a time, without making the request wait: for a single
 * process without a worker (NETRA_WORKER=false), and for tests.
 */
export function inlineDispatch(
  runner: CaptureRunner,
  onError: (message: string) => void,
): CaptureDispatch & {
  idle(): Promise<void>;
} {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    async dispatch(captureId) {
      chain = chain
        .then(() => runner(captureId))
        .catch((error: unknown) => onError(`capture ${captureId}: ${String(error)}`));
    },
    async close() {
      await chain;
    },
    idle: async () => {
      await chain;
    },
  };
}
