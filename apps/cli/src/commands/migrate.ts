import type { Command } from 'commander';
import { fail, say, withDatabase } from '../lib';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description(
      'Menerapkan migrasi basis data dan impor wilayah / apply database migrations and import regions',
    )
    .action(async () => {
      try {
        await withDatabase(async () => say('Basis data mutakhir / database is up to date.'));
      } catch (error) {
        fail(error);
      }
    });
}
