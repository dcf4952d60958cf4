// The account ↔ registry model. An account belongs to at most one registry person, so the
// candidates of one account are scored together as hypotheses "the account is record j" plus
// "the account is nobody in the registry":
//
//   P(j | account) = (ρ/N)·BF_j / ((1 − ρ) + (ρ/N)·Σ_k BF_k)
//
// with ρ the share of accounts that are ASN, N the registry size and BF_j = Π_f m_f/u_f the
// Fellegi–Sunter Bayes factor of the pair. u is relative to a *random* record (which is what the
// ρ/N prior is about), so name agreements are term-frequency adjusted: sharing "Siti" is worth
// 1/P(a record has "siti"), sharing "Siti Zubaidah" the product of both words' rarities.
import { jaroWinkler } from '../similarity/jaro-winkler.js';
import { NAME, USERNAME, type NameMatch } from './compare.js';
import type { PreparedAccount, RegistryIndex } from './registry-index.js';

const FLOOR = 1e-6;
const MAX_LOG2 = 60;

export interface TermFrequencies {
  n: number;
  /** Share of records with a name word starting with each letter. */
  initialRate: Map<string, number>;
  /** Chance that a word fuzzily (not exactly) matches a word of a random record. */
  fuzzyRate: number;
  /** Share of accounts whose display name has a single name word. */
  singleShare: number;
  /** Share of accounts whose handle has name words beyond the display name. */
  userAddsShare: number;
}

/** Display shapes over a sample of accounts (no labels needed). */
export function accountShapes(accounts: readonly PreparedAccount[]): {
  singleShare: number;
  userAddsShare: number;
} {
  let single = 0;
  let adds = 0;
  for (const a of accounts) {
    if (new Set(a.keys).size === 1) single++;
    if (a.userExtra.length > 0) adds++;
  }
  const n = accounts.length + 2;
  return { singleShare: (single + 1) / n, userAddsShare: (adds + 1) / n };
}

/** Term-frequency statistics of a registry; `rand` draws uniform [0,1). */
export function termFrequencies(
  index: RegistryIndex,
  rand: () => number,
  shapes = { singleShare: 0.2, userAddsShare: 0.2 },
  samples = 4000,
): TermFrequencies {
  const n = Math.max(1, index.records.length);
  const initialCount = new Map<string, number>();
  for (const r of index.records) {
    for (const c of new Set(r.name.tokens.map((t) => t.charAt(0))))
      initialCount.set(c, (initialCount.get(c) ?? 0) + 1);
  }
  const initialRate = new Map([...initialCount].map(([c, k]) => [c, k / n]));
  let fuzzy = 0;
  let tried = 0;
  for (let s = 0; s < samples && index.records.length > 1; s++) {
    const a = index.records[Math.floor(rand() * n)];
    const b = index.records[Math.floor(rand() * n)];
    const k = a?.name.keys[Math.floor(rand() * (a?.name.keys.length ?? 0))];
    if (!a || !b || !k || k.length < 3 || b.keySet.has(k)) continue;
    tried++;
    for (const r of b.name.keys) {
      if (r.length > 2 && jaroWinkler(k, r) >= 0.88) {
        fuzzy++;
        break;
      }
    }
  }
  return { n, initialRate, fuzzyRate: Math.max(1 / n, (fuzzy + 0.5) / (tried + 1)), ...shapes };
}

function wordRate(index: RegistryIndex, tf: TermFrequencies, k: string): number {
  return Math.max(1 / tf.n, (index.keyFreq.get(k) ?? 1) / tf.n);
}

/**
 * u of a name agreement with term frequencies: the chance that an account of somebody else shows
 * a name of this shape (one word or several) agreeing on these particular words (words treated
 * as independent).
 */
export function nameU(match: NameMatch, index: RegistryIndex, tf: TermFrequencies): number {
  let u = match.shown === 1 ? tf.singleShare : 1 - tf.singleShare;
  for (const k of match.exact) u *= wordRate(index, tf, k);
  for (const c of match.initials) u *= tf.initialRate.get(c) ?? 0.1;
  for (let i = 0; i < match.fuzzy; i++) u *= tf.fuzzyRate;
  return Math.max(u, 1e-12);
}

/** u of a handle adding these record words: handles that add name words × their rarity. */
export function usernameU(
  level: number,
  added: readonly string[],
  index: RegistryIndex,
  tf: TermFrequencies,
): number {
  if (level === USERNAME.NOTHING_NEW) return 1 - tf.userAddsShare;
  let u = tf.userAddsShare;
  for (const k of added) u *= wordRate(index, tf, k);
  return Math.max(u, 1e-12);
}

/** One compared pair: the level per field and, where term frequencies apply, their ln u. */
export interface PairEvidence {
  levels: Uint8Array;
  /** ln u per field, NaN where the field's level-average u applies. */
  logU: Float64Array;
}

export function usesNameTf(level: number): boolean {
  return level !== 255 && level >= NAME.PARTIAL;
}

export function usesUsernameTf(level: number): boolean {
  return level !== 255;
}

export interface CandidateModel {
  /** Share of accounts that are in the registry. */
  rho: number;
  m: number[][];
  /** Level-average u from random pairs. */
  u: number[][];
  registrySize: number;
}

/** log2 Bayes factor of one pair. */
export function pairLog2Bf(model: CandidateModel, ev: PairEvidence): number {
  let w = 0;
  for (let f = 0; f < ev.levels.length; f++) {
    const v = ev.levels[f] ?? 255;
    if (v === 255) continue;
    const m = model.m[f]?.[v] ?? FLOOR;
    const lu = ev.logU[f] ?? NaN;
    const u = Number.isNaN(lu) ? (model.u[f]?.[v] ?? FLOOR) : Math.exp(lu);
    w += Math.log2(Math.max(FLOOR, m) / Math.max(1e-300, u));
  }
  return Math.max(-MAX_LOG2, Math.min(MAX_LOG2, w));
}

/** Posterior of each candidate (same order as `log2Bf`); the rest is "nobody in the registry". */
export function candidatePosteriors(model: CandidateModel, log2Bf: readonly number[]): number[] {
  const rho = Math.min(1 - 1e-9, Math.max(1e-9, model.rho));
  const priorOdds = rho / ((1 - rho) * Math.max(1, model.registrySize));
  const odds = log2Bf.map((w) => priorOdds * Math.pow(2, w));
  const total = 1 + odds.reduce((s, x) => s + x, 0);
  return odds.map((o) => o / total);
}

export interface CandidateEmInput {
  /** Evidence per pair, grouped by account: `groupEnds[a]` is the exclusive end of account a. */
  pairs: PairEvidence[];
  groupEnds: readonly number[];
  /** Staff-verified links (weight per pair) added to the match counts. */
  verified?: PairEvidence[];
}

/**
 * EM for m and ρ with u fixed: the E-step is `candidatePosteriors` per account, the M-step
 * re-counts levels weighted by those posteriors.
 */
/**
 * m estimated from pairs selected by *other* fields, as Splink trains m per blocking rule: the
 * name and handle fields' m from pairs whose bio names the record's unit (near-certain matches
 * whatever the name; the handle cannot be judged on exact-name pairs, where it has nothing left
 * to add), every other field's m from pairs whose name is exact and rarer than one registry
 * person.
 * Only the one such pair of an account counts. Fields with too few selected pairs return null.
 */
export function mFromSelectedPairs(
  input: CandidateEmInput,
  levels: readonly number[],
  registrySize: number,
  minPairs = 30,
): (number[] | null)[] {
  const counts = levels.map((l) => new Array<number>(l).fill(0));
  const totals = levels.map(() => 0);
  const rare = Math.log(1 / Math.max(1, registrySize));
  const byContext = (ev: PairEvidence): boolean => ev.levels[2] === 4;
  const byName = (ev: PairEvidence): boolean => ev.levels[0] === NAME.EXACT && (ev.logU[0] ?? 0) < rare;
  let start = 0;
  for (const end of input.groupEnds) {
    const group = input.pairs.slice(start, end);
    start = end;
    for (const [select, fields] of [
      [byContext, [0, 1]],
      [byName, levels.map((_, f) => f).filter((f) => f > 1)],
    ] as const) {
      const hits = group.filter(select);
      if (hits.length !== 1) continue;
      const ev = hits[0]!;
      for (const f of fields) {
        const v = ev.levels[f] ?? 255;
        const row = counts[f];
        if (v === 255 || !row) continue;
        row[v] = (row[v] ?? 0) + 1;
        totals[f] = (totals[f] ?? 0) + 1;
      }
    }
  }
  return counts.map((row, f) => {
    const t = totals[f] ?? 0;
    if (t < minPairs) return null;
    return row.map((c) => Math.max(FLOOR, (c + 0.1) / (t + 0.1 * row.length)));
  });
}

export function runCandidateEm(
  input: CandidateEmInput,
  levels: readonly number[],
  u: number[][],
  registrySize: number,
  maxIt = 100,
  /** Per field, an m held fixed (from `mFromSelectedPairs`) or null to estimate it by EM. */
  fixedM: readonly (number[] | null)[] = [],
): CandidateModel & { iterations: number } {
  let m = levels.map((l, f) => {
    const fixed = fixedM[f];
    if (fixed) return fixed;
    const row = Array.from({ length: l }, (_, k) => Math.pow(4, k));
    const s = row.reduce((a, b) => a + b, 0);
    return row.map((x) => x / s);
  });
  let rho = 0.1;
  const nAcc = Math.max(1, input.groupEnds.length);
  let it = 0;
  for (; it < maxIt; it++) {
    const model = { rho, m, u, registrySize };
    const counts = levels.map((l) => new Array<number>(l).fill(0));
    let mass = 0;
    let start = 0;
    const add = (ev: PairEvidence, g: number): void => {
      ev.levels.forEach((v, f) => {
        const row = counts[f];
        if (v !== 255 && row) row[v] = (row[v] ?? 0) + g;
      });
    };
    for (const end of input.groupEnds) {
      const group = input.pairs.slice(start, end);
      const post = candidatePosteriors(
        model,
        group.map((ev) => pairLog2Bf(model, ev)),
      );
      group.forEach((ev, i) => {
        const g = post[i] ?? 0;
        mass += g;
        add(ev, g);
      });
      start = end;
    }
    for (const ev of input.verified ?? []) add(ev, 10);
    const newM = counts.map((row, f) => {
      const fixed = fixedM[f];
      if (fixed) return fixed;
      const s = row.reduce((a, b) => a + b, 0);
      return row.map((x) => Math.max(FLOOR, s > 0 ? x / s : 1 / row.length));
    });
    const newRho = Math.min(0.9, Math.max(1e-6, mass / nAcc));
    let delta = Math.abs(newRho - rho) / rho;
    newM.forEach((row, f) =>
      row.forEach((x, k) => (delta = Math.max(delta, Math.abs(x - (m[f]?.[k] ?? 0))))),
    );
    m = newM;
    rho = newRho;
    if (delta < 1e-5) break;
  }
  return { rho, m, u, registrySize, iterations: it };
}
