import { RulesDataError } from '@netra/rules';
import { EngineInputError } from '../../../packages/engine/cli/index';
import { ConfigError, loadConfig, type Config } from '../../server/src/config/load-config';
import { EmbeddedDatabaseError } from '../../server/src/db/embedded-postgres';
import { openDatabase, prepareDatabase, type OpenedDatabase } from '../../server/src/runtime';

export const say = (line: string) => process.stdout.write(`${line}\n`);

/** Exit codes: 1 for the user's input or configuration, 2 for anything unexpected. */
export function fail(error: unknown): never {
  if (
    error instanceof ConfigError ||
    error instanceof EmbeddedDatabaseError ||
    error instanceof UserInputError ||
    // An invalid catalogue or profile file: its message names the file, the entry and the reason.
    error instanceof RulesDataError ||
    // An engine input file it cannot use (candidates or stages JSON): named, with the reason.
    error instanceof EngineInputError
  ) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `Kesalahan tak terduga / unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(2);
}

export class UserInputError extends Error {}

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    fail(error);
  }
}

/** Opens and migrates the database, runs `work`, then closes it (stopping the embedded server). */
export async function withDatabase<T>(
  work: (database: OpenedDatabase, config: Config) => Promise<T>,
): Promise<T> {
  const config = configOrExit();
  const database = await openDatabase(config, say);
  try {
    await prepareDatabase(database.db, say);
    return await work(database, config);
  } finally {
    await database.close();
  }
}
