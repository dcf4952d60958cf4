// Prints the README's configuration table from the config schema (`npx tsx scripts/print-config-table.ts`).
// A test checks that the README contains exactly this table.
import { configTableMarkdown } from '../apps/server/src/config/config-table';

process.stdout.write(`${configTableMarkdown()}\n`);
