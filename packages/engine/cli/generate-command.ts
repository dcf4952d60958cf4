import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateAccounts } from '../src/synthetic/generate-accounts.js';
import { generateCandidates, generateEvents } from '../src/synthetic/generate-election.js';
import { generateRegistry } from '../src/synthetic/generate-registry.js';
import { csvEscape } from './io.js';

export interface GenerateCommandOptions {
  /** Folder for registry.csv, accounts.csv, truth.csv, candidates.json, events.ndjson, planted.csv. */
  outDir: string;
  registry?: number;
  accounts?: number;
  events?: number;
  candidatePairs?: number;
  /** Share of accounts that belong to registry people (default 0.5). */
  asnShare?: number;
  seed?: number;
  onProgress?: (message: string) => void;
}

export interface GenerateCommandSummary {
  files: string[];
  registry: number;
  accounts: number;
  events: number;
  planted: number;
}

function toCsv(rows: ReadonlyArray<Record<string, unknown>>, cols: readonly string[]): string {
  return `${cols.join(',')}\n${rows.map((r) => cols.map((c) => csvEscape(r[c])).join(',')).join('\n')}\n`;
}

export async function runGenerateCommand(opts: GenerateCommandOptions): Promise<GenerateCommandSummary> {
  const seed = opts.seed ?? 1;
  mkdirSync(opts.outDir, { recursive: true });
  const people = generateRegistry(opts.registry ?? 10_000, seed);
  const { accounts, truth } = generateAccounts(
    people,
    opts.accounts ?? 10_000,
    seed + 1,
    opts.asnShare ?? 0.5,
  );
  const candidates = generateCandidates(opts.candidatePairs ?? 4, seed + 2);
  const asnIds = truth.filter((t) => t.nip !== null).map((t) => t.accountId);
  const otherIds = truth.filter((t) => t.nip === null).map((t) => t.accountId);
  const { events, planted } = generateEvents(opts.events ?? 100_000, asnIds, otherIds, candidates, seed + 3);
  const f = (n: string): string => path.join(opts.outDir, n);
  writeFileSync(
    f('registry.csv'),
    toCsv(
      people.map((p) => ({ ...p.record })),
      ['nip', 'fullName', 'agency', 'unit', 'position', 'regionCode', 'regionName'],
    ),
  );
  writeFileSync(
    f('accounts.csv'),
    toCsv(
      accounts.map((a) => ({ ...a })),
      ['id', 'displayName', 'username', 'bio', 'location'],
    ),
  );
  writeFileSync(
    f('truth.csv'),
    toCsv(
      truth.map((t) => ({ ...t })),
      ['accountId', 'nip', 'variation'],
    ),
  );
  const cand = {
    accounts: Object.fromEntries(candidates.flatMap((c) => c.accounts.map((a) => [a, c.candidateId]))),
    groups: Object.fromEntries(candidates.flatMap((c) => c.groups.map((g) => [g, c.candidateId]))),
    posts: Object.fromEntries(candidates.flatMap((c) => c.posts.map((p) => [p, c.candidateId]))),
    lexicon: candidates.map((c) => c.lexicon),
  };
  writeFileSync(f('candidates.json'), JSON.stringify(cand, null, 2));
  writeFileSync(f('events.ndjson'), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  writeFileSync(
    f('planted.csv'),
    toCsv(
      planted.map((p) => ({ ...p })),
      ['eventId', 'ruleId'],
    ),
  );
  opts.onProgress?.(`wrote ${opts.outDir}`);
  return {
    files: [
      'registry.csv',
      'accounts.csv',
      'truth.csv',
      'candidates.json',
      'events.ndjson',
      'planted.csv',
    ].map(f),
    registry: people.length,
    accounts: accounts.length,
    events: events.length,
    planted: planted.length,
  };
}
