// Our Jaro-Winkler against the `jaro-winkler` npm package on the same name pairs.
import jwNpm from 'jaro-winkler';
import { jaroWinkler } from '../../packages/engine/src/similarity/jaro-winkler.js';
import { generateRegistry } from '../../packages/engine/src/synthetic/generate-registry.js';
import {
  type BenchResult,
  type BenchSize,
  interleavedMedians,
  goal,
  isMain,
  report,
  sizeFromArgv,
} from './lib/common.js';

export function runJaroWinklerBench(size: BenchSize): BenchResult {
  const n = size === 'full' ? 1_000_000 : 200_000;
  const names = generateRegistry(4000, 5).map((p) => p.core.join(' ').toLowerCase());
  const a: string[] = [];
  const b: string[] = [];
  for (let i = 0; i < n; i++) {
    a.push(names[i % names.length]!);
    b.push(names[(i * 7919 + 13) % names.length]!);
  }
  const npm = jwNpm;
  let sink = 0;
  // Interleaved rounds with medians (one warm-up each): the machine is shared and noisy, and a
  // best-of run of one contender followed by the other favours whichever ran in a quiet moment.
  const [ours = 0, peer = 0, exact = 0] = interleavedMedians(size === 'full' ? 7 : 9, [
    () => {
      for (let i = 0; i < n; i++) sink += jaroWinkler(a[i]!, b[i]!);
    },
    () => {
      for (let i = 0; i < n; i++) sink += npm(a[i]!, b[i]!);
    },
    () => {
      for (let i = 0; i < n; i++) sink += a[i] === b[i] ? 1 : 0;
    },
  ]);
  const ratio = peer / ours;
  return report({
    name: 'Jaro-Winkler (peer: jaro-winkler npm)',
    size,
    dataSize: `${n.toLocaleString()} name pairs`,
    metrics: {
      oursMs: ours,
      peerMs: peer,
      oursPairsPerSec: (n / ours) * 1000,
      peerPairsPerSec: (n / peer) * 1000,
      speedRatioOursOverPeer: ratio,
      exactEqualityMs: exact,
      jwCostOverExact: ours / exact,
      sink: sink > 0,
    },
    goals: [
      goal('throughput vs jaro-winkler npm', ratio, '≥ 1.0×', ratio >= 1),
      goal('JW cost / exact-equality cost', ours / exact, '≤ 10×', ours / exact <= 10),
    ],
  });
}

if (isMain(import.meta.url)) runJaroWinklerBench(sizeFromArgv());
