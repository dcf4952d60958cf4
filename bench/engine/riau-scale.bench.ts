// Riau-sized linkage run: 190,000 registry records × 200,000 accounts (full size only).
import { buildRegistryIndex } from '../../packages/engine/src/linkage/registry-index.js';
import { estimateLinkModel, linkAccount } from '../../packages/engine/src/linkage/link-accounts.js';
import { generateAccounts } from '../../packages/engine/src/synthetic/generate-accounts.js';
import { generateRegistry } from '../../packages/engine/src/synthetic/generate-registry.js';
import {
  type BenchResult,
  type BenchSize,
  goal,
  isMain,
  peakRssMiB,
  report,
  sizeFromArgv,
  time,
} from './lib/common.js';

export function runRiauScaleBench(size: BenchSize): BenchResult {
  if (size !== 'full')
    return report({
      name: 'Riau-sized linkage',
      size,
      dataSize: '190k × 200k',
      metrics: {},
      goals: [],
      skipped: 'full size only',
    });
  const gen = time(() => {
    const people = generateRegistry(190_000, 31);
    return { people, ...generateAccounts(people, 200_000, 32, 0.3) };
  });
  const { people, accounts } = gen.value;
  const idx = time(() => buildRegistryIndex(people.map((p) => p.record)));
  const model = time(() => estimateLinkModel(idx.value, accounts, { sampleSize: 20_000 }));
  let candidates = 0;
  const bands = { auto_flag: 0, review: 0, ignore: 0 };
  const link = time(() => {
    for (const a of accounts) {
      const r = linkAccount(a, idx.value, model.value);
      candidates += r.candidatesConsidered;
      bands[r.band]++;
    }
  });
  const total = idx.ms + model.ms + link.ms;
  return report({
    name: 'Riau-sized linkage (no peer; goal is absolute)',
    size,
    dataSize: '190,000 registry × 200,000 accounts',
    metrics: {
      generateMs: gen.ms,
      indexMs: idx.ms,
      emMs: model.ms,
      linkMs: link.ms,
      totalLinkageMs: total,
      scoredPairs: candidates,
      pairsPerSec: (candidates / link.ms) * 1000,
      meanCandidatesPerAccount: candidates / accounts.length,
      ...bands,
      peakRssMiB: peakRssMiB(),
    },
    goals: [goal('index + EM + link wall time (s)', total / 1000, '≤ 600', total / 1000 <= 600)],
  });
}

if (isMain(import.meta.url)) runRiauScaleBench(sizeFromArgv());
