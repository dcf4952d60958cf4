// Riau-sized linkage run: 190,000 registry records × 200,000 accounts (full size only), on every
// core the goal allows (performance.md §6: "≤ 10 min on 2 cores"). Each worker thread builds the
// same deterministic index and model and links its share of the accounts.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type BenchResult,
  type BenchSize,
  goal,
  isMain,
  peakRssMiB,
  report,
  sizeFromArgv,
} from './lib/common.js';
import type { RiauShardInput, RiauShardResult } from './lib/riau-link-worker.js';

const GOAL_CORES = 2;

function runShard(input: RiauShardInput): Promise<RiauShardResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lib/ts-worker-bootstrap.mjs', import.meta.url), {
      workerData: { riauShard: input, entry: new URL('./lib/riau-link-worker.ts', import.meta.url).href },
    });
    worker.once('message', (result: RiauShardResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

export async function runRiauScaleBench(size: BenchSize): Promise<BenchResult> {
  const records = numberArg('--riau-records', 190_000);
  const accounts = numberArg('--riau-accounts', 200_000);
  const custom = records !== 190_000 || accounts !== 200_000;
  if (size !== 'full' && !custom)
    return report({
      name: 'Riau-sized linkage',
      size,
      dataSize: '190k × 200k',
      metrics: {},
      goals: [],
      skipped: 'full size only',
    });
  const workers = Math.max(1, Math.min(GOAL_CORES, os.availableParallelism()));
  const started = performance.now();
  const shards = await Promise.all(
    Array.from({ length: workers }, (_, shard) => runShard({ records, accounts, shard, workers })),
  );
  const wallMs = performance.now() - started;
  // Workers run side by side: the linkage time is the slowest worker's index + EM + link
  // (generating the synthetic data is not part of the goal).
  const totalMs = Math.max(...shards.map((s) => s.indexMs + s.emMs + s.linkMs));
  const sum = (f: (s: RiauShardResult) => number) => shards.reduce((n, s) => n + f(s), 0);
  const scoredPairs = sum((s) => s.scoredPairs);
  return report({
    name: `Riau-sized linkage on ${workers} worker thread(s) (no peer; goal is absolute)`,
    size,
    dataSize: `${records.toLocaleString('en')} registry × ${accounts.toLocaleString('en')} accounts`,
    metrics: {
      workers,
      wallMsIncludingGeneration: wallMs,
      generateMs: Math.max(...shards.map((s) => s.generateMs)),
      indexMs: Math.max(...shards.map((s) => s.indexMs)),
      emMs: Math.max(...shards.map((s) => s.emMs)),
      linkMs: Math.max(...shards.map((s) => s.linkMs)),
      totalLinkageMs: totalMs,
      linkedAccounts: sum((s) => s.linked),
      scoredPairs,
      pairsPerSec: (scoredPairs / Math.max(...shards.map((s) => s.linkMs))) * 1000,
      meanCandidatesPerAccount: scoredPairs / accounts,
      auto_flag: sum((s) => s.bands.auto_flag),
      review: sum((s) => s.bands.review),
      ignore: sum((s) => s.bands.ignore),
      peakRssMiB: peakRssMiB(),
    },
    goals: custom
      ? []
      : [
          goal(
            `index + EM + link wall time on ≤ ${GOAL_CORES} cores (s)`,
            totalMs / 1000,
            '≤ 600',
            totalMs / 1000 <= 600,
          ),
        ],
  });
}

if (isMain(import.meta.url)) await runRiauScaleBench(sizeFromArgv());
