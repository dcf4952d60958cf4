// One worker of the Riau-sized run: builds the same seeded registry, index and model as every other
// worker (deterministic), then links only the accounts whose position modulo `workers` is its own.
// Linking is independent per account, so the shards together give exactly the sequential result.
import { parentPort, workerData } from 'node:worker_threads';
import { buildRegistryIndex } from '../../../packages/engine/src/linkage/registry-index.js';
import { estimateLinkModel, linkAccount } from '../../../packages/engine/src/linkage/link-accounts.js';
import { generateAccounts } from '../../../packages/engine/src/synthetic/generate-accounts.js';
import { generateRegistry } from '../../../packages/engine/src/synthetic/generate-registry.js';
import { time } from './common.js';

export type RiauShardInput = { records: number; accounts: number; shard: number; workers: number };
export type RiauShardResult = {
  generateMs: number;
  indexMs: number;
  emMs: number;
  linkMs: number;
  scoredPairs: number;
  linked: number;
  bands: { auto_flag: number; review: number; ignore: number };
};

export function runRiauShard(input: RiauShardInput): RiauShardResult {
  const gen = time(() => {
    const people = generateRegistry(input.records, 31);
    return { people, ...generateAccounts(people, input.accounts, 32, 0.3) };
  });
  const { people, accounts } = gen.value;
  const idx = time(() => buildRegistryIndex(people.map((p) => p.record)));
  const model = time(() => estimateLinkModel(idx.value, accounts, { sampleSize: 20_000 }));
  let scoredPairs = 0;
  let linked = 0;
  const bands = { auto_flag: 0, review: 0, ignore: 0 };
  const link = time(() => {
    for (let i = input.shard; i < accounts.length; i += input.workers) {
      const r = linkAccount(accounts[i]!, idx.value, model.value);
      scoredPairs += r.candidatesConsidered;
      bands[r.band]++;
      linked++;
    }
  });
  return {
    generateMs: gen.ms,
    indexMs: idx.ms,
    emMs: model.ms,
    linkMs: link.ms,
    scoredPairs,
    linked,
    bands,
  };
}

if (parentPort && (workerData as { riauShard?: RiauShardInput } | undefined)?.riauShard) {
  parentPort.postMessage(runRiauShard((workerData as { riauShard: RiauShardInput }).riauShard));
}
