import type { Command } from 'commander';
import { seedDemo } from '../../../server/src/seeds/seed-demo';
import { fail, say, UserInputError, withDatabase } from '../lib';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Mengisi data / load data')
    .argument('<set>', 'data set: demo')
    .action(async (set: string) => {
      try {
        if (set !== 'demo')
          throw new UserInputError(`Set data tidak dikenal / unknown data set: ${set} (expected: demo)`);
        await withDatabase(async (database) => {
          const credentials = await seedDemo(database.db);
          if (!credentials)
            say(
              'Basis data sudah berisi organisasi; data demo tidak dimuat / the database already has organisations; demo data not loaded.',
            );
          else {
            say(
              `Administrator: ${credentials.adminEmail}  kata sandi / password: ${credentials.adminPassword}`,
            );
            say(`Pengguna demo lain / other demo users: ${credentials.demoPassword}`);
          }
        });
      } catch (error) {
        fail(error);
      }
    });
}
