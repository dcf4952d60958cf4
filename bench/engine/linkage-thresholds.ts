// Threshold calibration for the linkage bands, on the DEVELOPMENT seeds only (the evaluation
// seeds stay unseen): links once, then sweeps the auto-flag and review thresholds over the
// best candidate's probability and prints precision, recall and review share for each.
// Usage: npx tsx bench/engine/linkage-thresholds.ts [--size small|full] [--seeds R/A] [--eval]
import { buildRegistryIndex } from '../../packages/engine/src/linkage/registry-index.js';
import { band, estimateLinkModel, linkAccount } from '../../packages/engine/src/linkage/link-accounts.js';
import { generateAccounts } from '../../packages/engine/src/synthetic/generate-accounts.js';
import { generateRegistry } from '../../packages/engine/src/synthetic/generate-registry.js';
import type { LinkCandidate } from '../../packages/engine/src/linkage/types.js';
import { isMain, sizeFromArgv } from './lib/common.js';
import { DEV_SEEDS, EVAL_SEEDS } from './synthetic-linkage.bench.js';

interface Scored {
  best: LinkCandidate | null;
  correct: boolean;
  isTrue: boolean;
  variation: string;
}

const AUTO = [0.9, 0.93, 0.95, 0.96, 0.97, 0.975, 0.98, 0.985, 0.99, 0.995];
const REVIEW = [0.8, 0.85, 0.9, 0.93, 0.95];

function sweep(rows: readonly Scored[]): void {
  const trueN = rows.filter((r) => r.isTrue).length;
  console.log('auto ≥   precision  recall   | review ≥ → review share, recall auto+review');
  for (const a of AUTO) {
    const auto = rows.filter((r) => band(r.best, a, 0) === 'auto_flag');
    const correct = auto.filter((r) => r.correct).length;
    const cells = REVIEW.filter((r) => r < a).map((rv) => {
      const review = rows.filter((r) => band(r.best, a, rv) === 'review').length;
      const surfaced = rows.filter((r) => r.correct && band(r.best, a, rv) !== 'ignore').length;
      return `${rv}: ${((100 * review) / rows.length).toFixed(1)}% ${(surfaced / trueN).toFixed(3)}`;
    });
    console.log(
      `${a.toFixed(3)}   ${(correct / Math.max(1, auto.length)).toFixed(4)}    ${(correct / trueN).toFixed(3)}    | ${cells.join('  ')}`,
    );
  }
  const variations = [...new Set(rows.filter((r) => r.isTrue).map((r) => r.variation))].sort();
  console.log(`\nauto-flag recall per variation at each threshold:\n${['auto ≥', ...variations].join('\t')}`);
  for (const a of AUTO) {
    const cells = variations.map((v) => {
      const of = rows.filter((r) => r.isTrue && r.variation === v);
      return (of.filter((r) => r.correct && band(r.best, a, 0) === 'auto_flag').length / of.length).toFixed(
        3,
      );
    });
    console.log([a.toFixed(3), ...cells].join('\t'));
  }
}

export function runThresholdSweep(n: number, seeds = DEV_SEEDS): void {
  const people = generateRegistry(n, seeds.registry);
  const { accounts, truth } = generateAccounts(people, n, seeds.accounts, 0.5);
  const index = buildRegistryIndex(people.map((p) => p.record));
  const model = estimateLinkModel(index, accounts);
  const rows: Scored[] = accounts.map((a, i) => {
    const t = truth[i];
    const best = linkAccount(a, index, model).best;
    const isTrue = t?.nip != null;
    return {
      best,
      correct: isTrue && best?.nip === t?.nip,
      isTrue,
      variation: t?.variation ?? 'none',
    };
  });
  console.log(`${n} × ${accounts.length}, seeds ${seeds.registry}/${seeds.accounts}`);
  sweep(rows);
}

/** `--seeds 31/32` picks another development pair (registry/accounts) to see the seed variance. */
function seedsFromArgv(): { registry: number; accounts: number } {
  if (process.argv.includes('--eval')) return EVAL_SEEDS;
  const i = process.argv.indexOf('--seeds');
  const [registry, accounts] = (i >= 0 ? (process.argv[i + 1] ?? '') : '').split('/').map(Number);
  return registry && accounts ? { registry, accounts } : DEV_SEEDS;
}

if (isMain(import.meta.url)) runThresholdSweep(sizeFromArgv() === 'full' ? 10_000 : 2_000, seedsFromArgv());
