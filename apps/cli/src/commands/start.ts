import type { Command } from 'commander';
import { DEFAULT_WEB_DIST, startServer } from '../../../server/src/start-server';
import { configOrExit, fail } from '../lib';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'Menjalankan API, aplikasi web dan worker / run the API, web app and worker (embedded database unless DATABASE_URL is set)',
    )
    .action(async () => {
      const config = configOrExit();
      try {
        const server = await startServer(config, { webDistDir: DEFAULT_WEB_DIST });
        const shutdown = () => {
          server.stop().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      } catch (error) {
        fail(error);
      }
    });
}
