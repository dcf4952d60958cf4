// FEBRL4 link (4a × 4b) and FEBRL3 deduplication with unsupervised Fellegi–Sunter (EM, no labels),
// against the recordlinkage-tutorial baseline re-implemented in TypeScript.
import { assignOneToOne, clusterPairs } from '../../packages/engine/src/linkage/assignment.js';
import { blockDedupe, blockLink, pairsCompleteness } from '../../packages/engine/src/linkage/blocking.js';
import {
  estimateU,
  probabilityFromWeight,
  runEm,
  weightTable,
} from '../../packages/engine/src/linkage/fellegi-sunter.js';
import { jaroWinkler } from '../../packages/engine/src/similarity/jaro-winkler.js';
import {
  type BenchResult,
  type BenchSize,
  febrlDir,
  goal,
  isMain,
  report,
  sizeFromArgv,
  time,
} from './lib/common.js';
import {
  FEBRL_FIELDS,
  FEBRL_LEVELS,
  type FebrlRecord,
  compareFebrl,
  febrlKeys,
  loadFebrl,
} from './lib/febrl.js';

const NF = FEBRL_FIELDS.length;

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPairVectors(a: FebrlRecord[], b: FebrlRecord[], n: number): Uint8Array {
  const rnd = seededRandom(7);
  const v = new Uint8Array(n * NF);
  for (let i = 0; i < n; i++)
    compareFebrl(a[Math.floor(rnd() * a.length)]!, b[Math.floor(rnd() * b.length)]!, v, i * NF);
  return v;
}

function scorePairs(a: FebrlRecord[], b: FebrlRecord[], pairs: Uint32Array, count: number): Uint8Array {
  const v = new Uint8Array(count * NF);
  for (let p = 0; p < count; p++) compareFebrl(a[pairs[2 * p]!]!, b[pairs[2 * p + 1]!]!, v, p * NF);
  return v;
}

function weights(vectors: Uint8Array, count: number, table: Float64Array[]): Float64Array {
  const w = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    let s = 0;
    for (let f = 0; f < NF; f++) {
      const x = vectors[p * NF + f]!;
      if (x !== 255) s += table[f]![x]!;
    }
    w[p] = s;
  }
  return w;
}

export function febrl4(dir: string, threshold = 0.5): Record<string, number> {
  const a = loadFebrl(dir, 'dataset4a.csv');
  const b = loadFebrl(dir, 'dataset4b.csv');
  const t = time(() => {
    const blocked = blockLink(
      a.map((r) => febrlKeys(r, false)),
      b.map((r) => febrlKeys(r, true)),
      { maxBlockSize: 200 },
    );
    const vectors = scorePairs(a, b, blocked.pairs, blocked.count);
    const u = estimateU(randomPairVectors(a, b, 50_000), FEBRL_LEVELS);
    const model = runEm(vectors, FEBRL_FIELDS, FEBRL_LEVELS, { fixedU: u, lambda0: 0.1 });
    const w = weights(vectors, blocked.count, weightTable(model));
    const scored = Array.from({ length: blocked.count }, (_, p) => ({
      left: blocked.pairs[2 * p]!,
      right: blocked.pairs[2 * p + 1]!,
      score: w[p]!,
    }));
    const chosen = assignOneToOne(scored).filter(
      (p) => probabilityFromWeight(p.score, model.lambda) >= threshold,
    );
    return { blocked, model, chosen };
  });
  const { blocked, model, chosen } = t.value;
  const isTrue = (i: number, j: number): boolean => a[i]!.entity === b[j]!.entity;
  const tp = chosen.filter((p) => isTrue(p.left, p.right)).length;
  const pc = pairsCompleteness(blocked, isTrue, 5000);
  const prior = (model.lambda * blocked.count) / (a.length * b.length);
  return {
    candidatePairs: blocked.count,
    pairsCompleteness: pc,
    precision: tp / Math.max(1, chosen.length),
    recall: tp / 5000,
    links: chosen.length,
    emIterations: model.iterations,
    estimatedPrior: prior,
    priorRatioToTrue: prior / (1 / 5000),
    endToEndMs: t.ms,
  };
}

/** The recordlinkage tutorial: block on exact given name, six comparisons, sum > 3. */
export function febrl4Baseline(dir: string): Record<string, number> {
  const a = loadFebrl(dir, 'dataset4a.csv');
  const b = loadFebrl(dir, 'dataset4b.csv');
  const blocked = blockLink(
    a.map((r) => (r.given ? [r.given] : [])),
    b.map((r) => (r.given ? [r.given] : [])),
    { maxBlockSize: 1e9 },
  );
  let links = 0;
  let tp = 0;
  for (let p = 0; p < blocked.count; p++) {
    const x = a[blocked.pairs[2 * p]!]!;
    const y = b[blocked.pairs[2 * p + 1]!]!;
    const s =
      Number(x.given === y.given) +
      Number(jaroWinkler(x.surname, y.surname) >= 0.85) +
      Number(x.dob === y.dob && !!x.dob) +
      Number(x.suburb === y.suburb && !!x.suburb) +
      Number(x.state === y.state && !!x.state) +
      Number(jaroWinkler(x.address1, y.address1) >= 0.85);
    if (s > 3) {
      links++;
      if (x.entity === y.entity) tp++;
    }
  }
  return { candidatePairs: blocked.count, links, precision: tp / Math.max(1, links), recall: tp / 5000 };
}

export function febrl3(dir: string, threshold = 0.5): Record<string, number> {
  const r = loadFebrl(dir, 'dataset3.csv');
  const keys = r.map((x) => {
    const k = febrlKeys(x, false);
    if (x.given && x.surname) k.push(`n:${[x.given, x.surname].sort().join('|')}`);
    return k;
  });
  const blocked = blockDedupe(keys, { maxBlockSize: 200 });
  const vectors = scorePairs(r, r, blocked.pairs, blocked.count);
  const u = estimateU(randomPairVectors(r, r, 50_000), FEBRL_LEVELS);
  const model = runEm(vectors, FEBRL_FIELDS, FEBRL_LEVELS, { fixedU: u, lambda0: 0.1 });
  const w = weights(vectors, blocked.count, weightTable(model));
  const accepted: Array<[number, number]> = [];
  for (let p = 0; p < blocked.count; p++)
    if (probabilityFromWeight(w[p]!, model.lambda) >= threshold)
      accepted.push([blocked.pairs[2 * p]!, blocked.pairs[2 * p + 1]!]);
  // Truth: all unordered pairs sharing an entity number.
  const byEntity = new Map<string, number>();
  for (const x of r) byEntity.set(x.entity, (byEntity.get(x.entity) ?? 0) + 1);
  let truePairs = 0;
  for (const c of byEntity.values()) truePairs += (c * (c - 1)) / 2;
  const tp = accepted.filter(([i, j]) => r[i]!.entity === r[j]!.entity).length;
  const precision = tp / Math.max(1, accepted.length);
  const recall = tp / truePairs;
  // Transitive closure, then pairwise and B-cubed on the clusters.
  const cl = clusterPairs(r.length, accepted);
  const members = new Map<number, number[]>();
  cl.forEach((c, i) => members.set(c, [...(members.get(c) ?? []), i]));
  let ctp = 0;
  let cpairs = 0;
  let bP = 0;
  let bR = 0;
  for (const m of members.values()) {
    cpairs += (m.length * (m.length - 1)) / 2;
    for (let x = 0; x < m.length; x++)
      for (let y = x + 1; y < m.length; y++) if (r[m[x]!]!.entity === r[m[y]!]!.entity) ctp++;
  }
  r.forEach((x, i) => {
    const cluster = members.get(cl[i]!) ?? [i];
    const same = cluster.filter((j) => r[j]!.entity === x.entity).length;
    bP += same / cluster.length;
    bR += same / (byEntity.get(x.entity) ?? 1);
  });
  bP /= r.length;
  bR /= r.length;
  const cP = ctp / Math.max(1, cpairs);
  const cR = ctp / truePairs;
  return {
    candidatePairs: blocked.count,
    pairsCompleteness: pairsCompleteness(blocked, (i, j) => r[i]!.entity === r[j]!.entity, truePairs),
    precision,
    recall,
    pairwiseF1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    clusteredPairwiseF1: (2 * cP * cR) / Math.max(1e-9, cP + cR),
    bcubedF1: (2 * bP * bR) / (bP + bR),
  };
}

export function runFebrlBench(size: BenchSize): BenchResult[] {
  const dir = febrlDir();
  if (!dir)
    return [
      report({
        name: 'febrl',
        size,
        dataSize: '-',
        metrics: {},
        goals: [],
        skipped: 'FEBRL folder ../shared/data/febrl/ not found',
      }),
    ];
  const f4 = febrl4(dir);
  const base = febrl4Baseline(dir);
  const r4 = report({
    name: 'FEBRL4 link, unsupervised FS/EM (peer: recordlinkage-tutorial rule)',
    size,
    dataSize: '5,000 × 5,000',
    metrics: {
      ...f4,
      baselineRecall: base.recall ?? 0,
      baselinePrecision: base.precision ?? 0,
      baselineLinks: base.links ?? 0,
      recallMinusBaseline: f4.recall! - base.recall!,
    },
    goals: [
      goal('precision', f4.precision!, '≥ 0.99', f4.precision! >= 0.99),
      goal('recall', f4.recall!, '≥ 0.98', f4.recall! >= 0.98),
      goal('pairs completeness', f4.pairsCompleteness!, '≥ 0.995', f4.pairsCompleteness! >= 0.995),
      goal('candidate pairs', f4.candidatePairs!, '≤ 50,000', f4.candidatePairs! <= 50_000),
      goal('recall − baseline', f4.recall! - base.recall!, '≥ 0.30', f4.recall! - base.recall! >= 0.3),
      goal(
        'EM prior / true prior',
        f4.priorRatioToTrue!,
        '0.7–1.3',
        Math.abs(f4.priorRatioToTrue! - 1) <= 0.3,
      ),
      goal('end-to-end ms', f4.endToEndMs!, '≤ 2000', f4.endToEndMs! <= 2000),
    ],
  });
  const f3 = febrl3(dir);
  const r3 = report({
    name: 'FEBRL3 dedupe, unsupervised FS/EM',
    size,
    dataSize: '5,000 records',
    metrics: f3,
    goals: [goal('pairwise F1', f3.pairwiseF1!, '≥ 0.95', f3.pairwiseF1! >= 0.95)],
  });
  return [r4, r3];
}

if (isMain(import.meta.url)) runFebrlBench(sizeFromArgv());
