import type { Command } from 'commander';
import { createAdministrator } from '../../../../server/src/modules/users/create-administrator';
import { fail, say, UserInputError, withDatabase } from '../../lib';

export function registerUserCreateAdminCommand(user: Command): void {
  user
    .command('create-admin')
    .description('Membuat administrator / create an administrator (password printed once)')
    .requiredOption('--email <email>', 'e-mail address')
    .requiredOption('--name <name>', 'full name')
    .option('--organization <id>', 'organisation id (default: the top organisation of the home region)')
    .action(async (options: { email: string; name: string; organization?: string }) => {
      try {
        await withDatabase(async (database, config) => {
          const result = await createAdministrator(database.db, {
            ...options,
            homeRegion: config.homeRegion,
          });
          if (result.kind === 'invalid') throw new UserInputError(result.message);
          say(`Administrator dibuat / created: ${options.email} di / in ${result.organizationName}`);
          say(
            `Kata sandi sementara / temporary password (dicetak sekali / printed once): ${result.password}`,
          );
        });
      } catch (error) {
        fail(error);
      }
    });
}
