import type { Command } from 'commander';
import {
  runGenerateCommand,
  runLinkCommand,
  runScreenCommand,
} from '../../../../../packages/engine/cli/index';
import { fail, say } from '../../lib';

const progress = (message: string) => process.stderr.write(`${message}\n`);
const number = (value: string) => Number(value);

/** `netra engine link|screen|generate`: the pure engine over files, streaming, no database. */
export function registerEngineCommands(engine: Command): void {
  engine
    .command('link')
    .description(
      'Menautkan akun media sosial ke register ASN / link social-media accounts to the ASN registry',
    )
    .requiredOption('--registry <file>', 'ASN registry, CSV or NDJSON')
    .requiredOption('--accounts <file>', 'accounts, CSV or NDJSON')
    .option('--out <file>', 'results as NDJSON (default stdout)')
    .option('--decisions <file>', 'staff decisions: accountId,nip,link|reject')
    .option('--auto-flag <p>', 'auto-flag probability threshold', number)
    .option('--review <p>', 'review probability threshold', number)
    .option('--top-k <n>', 'candidates kept per account', number)
    .option('--json', 'print the summary as JSON')
    .action(
      async (options: {
        registry: string;
        accounts: string;
        out?: string;
        decisions?: string;
        autoFlag?: number;
        review?: number;
        topK?: number;
        json?: boolean;
      }) => {
        try {
          const summary = await runLinkCommand({ ...options, onProgress: progress });
          say(
            options.json
              ? JSON.stringify(summary)
              : `${summary.accounts} akun / accounts: ${JSON.stringify(summary.bands)}; ${summary.errorCount} baris salah / bad lines`,
          );
          for (const e of summary.errors.slice(0, 20)) progress(`  ${e.file}:${e.line}: ${e.reason}`);
        } catch (error) {
          fail(error);
        }
      },
    );
  engine
    .command('screen')
    .description('Menyaring peristiwa interaksi / screen interaction events into leads')
    .requiredOption('--events <file>', 'events, NDJSON')
    .requiredOption('--links <file>', 'output of `netra engine link`')
    .requiredOption('--candidates <file>', 'candidate accounts, groups, posts and lexicon, JSON')
    .option(
      '--stages <file>',
      'election stages JSON: [{stage, from, to, isViolation}], from/to with a time zone (2024-09-25T00:00:00+07:00)',
    )
    .option('--out <file>', 'leads as NDJSON (default stdout)')
    .option('--json', 'print the summary as JSON')
    .action(
      async (options: {
        events: string;
        links: string;
        candidates: string;
        stages?: string;
        out?: string;
        json?: boolean;
      }) => {
        try {
          const summary = await runScreenCommand({ ...options, onProgress: progress });
          say(
            options.json
              ? JSON.stringify(summary)
              : `${summary.events} peristiwa / events, ${summary.leads} temuan awal / leads, ` +
                  `${summary.duplicates} duplikat / duplicates, ${summary.errors} peristiwa salah / bad events, ` +
                  `${summary.inputErrorCount} baris tautan salah / bad link lines (${Math.round(summary.ms)} ms)`,
          );
          for (const e of summary.inputErrors.slice(0, 20)) progress(`  ${e.file}:${e.line}: ${e.reason}`);
          for (const e of summary.firstErrors.slice(0, 20))
            progress(`  ${options.events}:${e.line}: ${e.reason}`);
        } catch (error) {
          fail(error);
        }
      },
    );
  engine
    .command('generate')
    .description('Membuat data sintetis / generate a seeded synthetic registry, accounts and events')
    .requiredOption('--out-dir <dir>', 'folder for the files')
    .option('--registry <n>', 'ASN records', number)
    .option('--accounts <n>', 'accounts', number)
    .option('--events <n>', 'events', number)
    .option('--candidate-pairs <n>', 'candidate pairs', number)
    .option('--asn-share <p>', 'share of accounts that are true ASN', number)
    .option('--seed <n>', 'random seed', number)
    .option('--json', 'print the summary as JSON')
    .action(
      async (options: {
        outDir: string;
        registry?: number;
        accounts?: number;
        events?: number;
        candidatePairs?: number;
        asnShare?: number;
        seed?: number;
        json?: boolean;
      }) => {
        try {
          const summary = await runGenerateCommand({ ...options, onProgress: progress });
          say(options.json ? JSON.stringify(summary) : `ditulis / written: ${summary.files.join(', ')}`);
        } catch (error) {
          fail(error);
        }
      },
    );
}
