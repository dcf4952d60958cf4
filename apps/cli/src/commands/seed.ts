import path from 'node:path';
import type { Command } from 'commander';
import { createFileEvidenceStorage } from '../../../server/src/modules/cases/evidence-storage';
import { seedDemo } from '../../../server/src/seeds/seed-demo';
import { createFieldCipher } from '../../../server/src/lib/field-crypto';
import { resolveSecrets } from '../../../server/src/lib/secrets';
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
        await withDatabase(async (database, config) => {
          const cipher = createFieldCipher(resolveSecrets(config).encryptionKey);
          const credentials = await seedDemo(database.db, {
            cipher,
            evidenceStorage: createFileEvidenceStorage(path.join(config.db.dataDir, 'evidence')),
          });
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
