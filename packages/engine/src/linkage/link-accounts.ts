import {
  candidatePosteriors,
  nameU,
  pairLog2Bf,
  runCandidateEm,
  mFromSelectedPairs,
  termFrequencies,
  accountShapes,
  usernameU,
  usesNameTf,
  usesUsernameTf,
  type CandidateModel,
  type PairEvidence,
  type TermFrequencies,
} from './account-model.js';
import {
  NAME,
  USERNAME,
  LINK_FIELDS,
  LINK_LEVELS,
  compareAccount,
  levelsToVector,
  nameMatch,
  titleMatch,
  usernameMatch,
} from './compare.js';
import { contextLevel, regionLevel } from './context.js';
import { explainPair } from './explain.js';
import { estimateU, weightTable, type FsModel } from './fellegi-sunter.js';
import {
  blockAccount,
  prepareAccount,
  type BlockOptions,
  type PreparedAccount,
  type PreparedRecord,
  type RegistryIndex,
} from './registry-index.js';
import type {
  Account,
  AccountLinkResult,
  Band,
  ComparisonLevels,
  LinkCandidate,
  StaffDecision,
} from './types.js';

export interface LinkModel {
  /** m, level-average u and the ASN share (as `lambda`) in the generic Fellegi–Sunter shape. */
  fs: FsModel;
  /** log2(m/u) per field and level, before term-frequency adjustment. */
  weights: Float64Array[];
  pairsUsed: number;
  tf: TermFrequencies;
  candidate: CandidateModel;
}

export interface EstimateOptions extends BlockOptions {
  /** Accounts used for EM (the first ones of the input). */
  sampleSize?: number;
  /** Random account–record pairs used to estimate u. */
  randomPairs?: number;
  seed?: number;
  decisions?: readonly StaffDecision[];
  /** Take m from pairs selected by other fields (default) instead of estimating every m by EM. */
  mFromSelectedPairs?: boolean;
}

export interface LinkOptions extends BlockOptions {
  /**
   * Probability at or above which a link is auto-flagged. Default 0.98: the lowest threshold at
   * which auto-flag precision is ≥ 0.9965 (goal 0.995) on each of three development seed pairs
   * at 10k × 10k (21/22, 31/32, 41/42; `bench/engine/linkage-thresholds.ts`). Precision varies
   * by about ±0.002 between seeds, hence the margin. 0.99 costs about 0.04 recall.
   */
  autoFlag?: number;
  /**
   * Probability at or above which a link goes to human review. Default 0.93: the lowest threshold
   * of the same sweep that keeps the review band ≤ 4.5% of accounts on each development pair
   * (3.4–4.3%), a margin under the 5% goal.
   */
  review?: number;
  topK?: number;
  decisions?: readonly StaffDecision[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const NF = LINK_FIELDS.length;

interface ScoredPair {
  levels: ComparisonLevels;
  evidence: PairEvidence;
  /** Registry records sharing the matched name words (for the explanation). */
  same: number;
}

function comparePair(
  p: PreparedAccount,
  rec: PreparedRecord,
  index: RegistryIndex,
  tf: TermFrequencies,
): ScoredPair {
  const nm = nameMatch(p.keys, rec);
  const um = usernameMatch(p, rec);
  const tm = titleMatch(p, rec);
  const levels: ComparisonLevels = {
    name: nm.level,
    username: um.level,
    context: contextLevel(p.context, rec.context),
    region: regionLevel(p.context, rec.context),
    title: tm.level,
  };
  const vec = new Uint8Array(NF);
  levelsToVector(levels, vec, 0);
  // Word order is no evidence either way (namesakes reorder as often as the person does), so the
  // model counts a reordered name as an exact one; the level stays for the explanation.
  if (nm.level === NAME.REORDERED) vec[0] = NAME.EXACT;
  const logU = new Float64Array(NF).fill(NaN);
  let same = 0;
  if (usesNameTf(nm.level)) {
    const u = nameU(nm, index, tf);
    logU[0] = Math.log(u);
    same = Math.max(1, Math.round(u * tf.n));
  }
  if (usesUsernameTf(um.level)) logU[1] = Math.log(usernameU(um.level, um.added, index, tf));
  if (tm.level === 1) {
    // The rarest shared title decides (titles come in correlated bundles such as S.Pd., M.Pd.).
    const rate = Math.min(...tm.shared.map((t) => (index.titleFreq.get(t) ?? 1) / tf.n));
    logU[4] = Math.log(Math.max(1 / tf.n, rate));
  }
  return { levels, evidence: { levels: vec, logU }, same };
}

/** Unsupervised estimate: u from random pairs, m and the ASN share ρ by EM over blocked candidates. */
export function estimateLinkModel(
  index: RegistryIndex,
  accounts: Iterable<Account>,
  opts: EstimateOptions = {},
): LinkModel {
  const sampleSize = opts.sampleSize ?? 20_000;
  const rand = rng(opts.seed ?? 42);
  const prepared: PreparedAccount[] = [];
  for (const a of accounts) {
    if (prepared.length >= sampleSize) break;
    prepared.push(prepareAccount(a, index));
  }
  const tf = termFrequencies(index, rand, accountShapes(prepared));
  const pairs: PairEvidence[] = [];
  const groupEnds: number[] = [];
  for (const p of prepared) {
    for (const r of blockAccount(p, index, opts)) {
      const rec = index.records[r];
      if (rec) pairs.push(comparePair(p, rec, index, tf).evidence);
    }
    groupEnds.push(pairs.length);
  }
  const nRandom = Math.min(opts.randomPairs ?? 50_000, prepared.length * 50);
  const rv = new Uint8Array(nRandom * NF);
  for (let i = 0; i < nRandom && prepared.length > 0 && index.records.length > 0; i++) {
    const p = prepared[Math.floor(rand() * prepared.length)];
    const r = index.records[Math.floor(rand() * index.records.length)];
    if (p && r) levelsToVector(compareAccount(p, r), rv, i * NF);
  }
  const u = estimateU(rv, LINK_LEVELS);
  const verified: PairEvidence[] = [];
  if (opts.decisions && opts.decisions.length > 0) {
    const byId = new Map(prepared.map((p) => [p.account.id, p]));
    for (const d of opts.decisions) {
      const p = byId.get(d.accountId);
      const r = index.records[index.byNip.get(d.nip) ?? -1];
      if (p && r && d.decision === 'link') verified.push(comparePair(p, r, index, tf).evidence);
    }
  }
  const input = { pairs, groupEnds, verified };
  const fixedM =
    opts.mFromSelectedPairs === false ? [] : mFromSelectedPairs(input, LINK_LEVELS, index.records.length);
  const em = runCandidateEm(input, LINK_LEVELS, u, index.records.length, 100, fixedM);
  const fs: FsModel = {
    fields: [...LINK_FIELDS],
    levels: LINK_LEVELS,
    lambda: em.rho,
    m: em.m,
    u: em.u,
    iterations: em.iterations,
  };
  return { fs, weights: weightTable(fs), pairsUsed: pairs.length, tf, candidate: em };
}

/** Default band thresholds; how they were chosen is on `LinkOptions`. */
export const DEFAULT_AUTO_FLAG = 0.98;
export const DEFAULT_REVIEW = 0.93;

/**
 * The band of an account's best candidate (exported for threshold calibration). Auto-flag needs
 * the probability and, for a supervisor to accept it, at least two name words (display name, or
 * display name plus handle) or one name word with the bio naming the unit, agency or position.
 */
export function band(best: LinkCandidate | null, auto: number, review: number): Band {
  if (!best) return 'ignore';
  const l = best.levels;
  const strongName = l.name >= NAME.FUZZY && l.name !== 255;
  const single = l.name >= NAME.SINGLE && l.name !== 255;
  const handleAdds = l.username === USERNAME.ADDS_ONE || l.username === USERNAME.ADDS_MORE;
  const place = l.context === 3 || l.context === 4 || l.context === 5;
  if (best.probability >= auto && (strongName || (single && (handleAdds || place)))) return 'auto_flag';
  return best.probability >= review ? 'review' : 'ignore';
}

/** Score one account against its blocked candidates. Staff decisions override the model. */
export function linkAccount(
  account: Account,
  index: RegistryIndex,
  model: LinkModel,
  opts: LinkOptions = {},
): AccountLinkResult {
  const p = prepareAccount(account, index);
  const decisions = (opts.decisions ?? []).filter((d) => d.accountId === account.id);
  const rejected = new Set(decisions.filter((d) => d.decision === 'reject').map((d) => d.nip));
  const verified = decisions.find((d) => d.decision === 'link');
  let cands = blockAccount(p, index, opts).filter((r) => !rejected.has(index.records[r]?.record.nip ?? ''));
  const verifiedIdx = verified ? index.byNip.get(verified.nip) : undefined;
  if (verifiedIdx !== undefined && !cands.includes(verifiedIdx)) cands = [verifiedIdx, ...cands];

  const compared = cands.map((r) => comparePair(p, index.records[r]!, index, model.tf));
  const weights = compared.map((c) => pairLog2Bf(model.candidate, c.evidence));
  const post = candidatePosteriors(model.candidate, weights);
  const scored = cands.map((r, i) => ({ r, c: compared[i]!, w: weights[i] ?? 0, prob: post[i] ?? 0 }));
  scored.sort((a, b) => b.w - a.w || a.r - b.r);
  const topK = opts.topK ?? 3;
  const candidates: LinkCandidate[] = scored.slice(0, topK).map((s) => {
    const rec = index.records[s.r]!;
    return {
      nip: rec.record.nip,
      fullName: rec.record.fullName,
      probability: s.prob,
      weight: s.w,
      levels: s.c.levels,
      explanation: explainPair(p, rec, s.c.levels, s.c.same),
    };
  });
  if (verifiedIdx !== undefined) {
    const rec = index.records[verifiedIdx]!;
    const i = candidates.findIndex((c) => c.nip === rec.record.nip);
    const base =
      i >= 0
        ? candidates.splice(i, 1)[0]!
        : {
            nip: rec.record.nip,
            fullName: rec.record.fullName,
            weight: Infinity,
            levels: compareAccount(p, rec),
            explanation: [],
          };
    const best: LinkCandidate = {
      ...base,
      probability: 1,
      explanation: [
        { code: 'staff.verified', id: 'tautan diverifikasi petugas', en: 'link verified by staff' },
        ...base.explanation,
      ],
    };
    return {
      accountId: account.id,
      band: 'auto_flag',
      best,
      candidates: [best, ...candidates].slice(0, topK),
      candidatesConsidered: cands.length,
      override: 'verified',
    };
  }
  const best = candidates[0] ?? null;
  const b = band(best, opts.autoFlag ?? DEFAULT_AUTO_FLAG, opts.review ?? DEFAULT_REVIEW);
  const result: AccountLinkResult = {
    accountId: account.id,
    band: b,
    best,
    candidates,
    candidatesConsidered: cands.length,
  };
  if (rejected.size > 0) result.override = 'rejected';
  return result;
}

export function* linkAccounts(
  accounts: Iterable<Account>,
  index: RegistryIndex,
  model: LinkModel,
  opts: LinkOptions = {},
): Generator<AccountLinkResult> {
  for (const a of accounts) yield linkAccount(a, index, model, opts);
}

export async function* linkAccountsAsync(
  accounts: AsyncIterable<Account>,
  index: RegistryIndex,
  model: LinkModel,
  opts: LinkOptions = {},
): AsyncGenerator<AccountLinkResult> {
  for await (const a of accounts) yield linkAccount(a, index, model, opts);
}
