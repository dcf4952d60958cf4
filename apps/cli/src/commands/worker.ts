import type { Command } from 'commander';
import { startWorker } from '../../../server/src/jobs/create-worker';
import { openDatabase, prepareDatabase } from '../../../server/src/runtime';
import { configOrExit, fail, say } from '../lib';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Menjalankan worker saja / run a job worker alone (several can share one database)')
    .action(async () => {
      const config = configOrExit();
      try {
        const database = await openDatabase(config, say);
        await prepareDatabase(database.db, say);
        const worker = await startWorker({
          db: database.db,
          databaseUrl: database.url,
          log: { info: say, error: say },
        });
        say('Worker berjalan / worker running. Ctrl+C untuk berhenti / to stop.');
        const shutdown = () => {
          void worker
            .stop()
            .then(() => database.close())
            .then(() => process.exit(0));
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      } catch (error) {
        fail(error);
      }
    });
}
