import { NAME, LINK_FIELDS, LINK_LEVELS, compareAccount, levelsToVector } from './compare.js';
import { explainPair } from './explain.js';
import { estimateU, runGroupedEm, weightTable, type FsModel } from './fellegi-sunter.js';
import { blockAccount, prepareAccount, type BlockOptions, type PreparedAccount, type RegistryIndex } from './registry-index.js';
import type { Account, AccountLinkResult, Band, ComparisonLevels, LinkCandidate, StaffDecision } from './types.js';

export interface LinkModel {
  fs: FsModel;
  weights: Float64Array[];
  pairsUsed: number;
}

export interface EstimateOptions extends BlockOptions {
  /** Accounts used for EM (the first ones of the input). */
  sampleSize?: number;
  /** Random account–record pairs used to estimate u. */
  randomPairs?: number;
  seed?: number;
  decisions?: readonly StaffDecision[];
}

export interface LinkOptions extends BlockOptions {
  /** Probability at or above which a link is auto-flagged (default 0.99). */
  autoFlag?: number;
  /** Probability at or above which a link goes to human review (default 0.5). */
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

/** Unsupervised estimate: u from random pairs, m and the prior by EM over blocked pairs. */
export function estimateLinkModel(index: RegistryIndex, accounts: Iterable<Account>, opts: EstimateOptions = {}): LinkModel {
  const sampleSize = opts.sampleSize ?? 20_000;
  const rand = rng(opts.seed ?? 42);
  const prepared: PreparedAccount[] = [];
  for (const a of accounts) {
    if (prepared.length >= sampleSize) break;
    prepared.push(prepareAccount(a, index));
  }
  const blocked: number[] = [];
  const vecs: number[] = [];
  const groupEnds: number[] = [];
  const tmp = new Uint8Array(NF);
  prepared.forEach((p) => {
    for (const r of blockAccount(p, index, opts)) {
      const rec = index.records[r];
      if (!rec) continue;
      levelsToVector(compareAccount(p, rec), tmp, 0);
      vecs.push(...tmp);
      blocked.push(r);
    }
    groupEnds.push(blocked.length);
  });
  const nRandom = Math.min(opts.randomPairs ?? 50_000, prepared.length * 50);
  const rv = new Uint8Array(nRandom * NF);
  for (let i = 0; i < nRandom && prepared.length > 0 && index.records.length > 0; i++) {
    const p = prepared[Math.floor(rand() * prepared.length)];
    const r = index.records[Math.floor(rand() * index.records.length)];
    if (p && r) levelsToVector(compareAccount(p, r), rv, i * NF);
  }
  const u = estimateU(rv, LINK_LEVELS);
  let labelled: { vectors: Uint8Array; isMatch: boolean[] } | undefined;
  if (opts.decisions && opts.decisions.length > 0) {
    const byId = new Map(prepared.map((p) => [p.account.id, p]));
    const lv: number[] = [];
    const isMatch: boolean[] = [];
    for (const d of opts.decisions) {
      const p = byId.get(d.accountId);
      const r = index.records[index.byNip.get(d.nip) ?? -1];
      if (!p || !r) continue;
      levelsToVector(compareAccount(p, r), tmp, 0);
      lv.push(...tmp);
      isMatch.push(d.decision === 'link');
    }
    if (isMatch.length > 0) labelled = { vectors: Uint8Array.from(lv), isMatch };
  }
  const fs = runGroupedEm(Uint8Array.from(vecs), groupEnds, [...LINK_FIELDS], LINK_LEVELS, { fixedU: u, lambda0: 0.05, labelled });
  return { fs, weights: weightTable(fs), pairsUsed: blocked.length };
}

function levelWeight(model: LinkModel, l: ComparisonLevels): number {
  let w = 0;
  const v = [l.name, l.username, l.context, l.region];
  for (let f = 0; f < NF; f++) {
    const x = v[f] ?? 255;
    if (x !== 255) w += model.weights[f]?.[x] ?? 0;
  }
  return w;
}

function band(best: LinkCandidate | null, auto: number, review: number): Band {
  if (!best) return 'ignore';
  const strongName = best.levels.name >= NAME.FUZZY && best.levels.name !== 255;
  const nameWithPlace = best.levels.name >= NAME.SINGLE && best.levels.name !== 255 && best.levels.context === 3;
  if (best.probability >= auto && (strongName || nameWithPlace)) return 'auto_flag';
  return best.probability >= review ? 'review' : 'ignore';
}

/** Score one account against its blocked candidates. Staff decisions override the model. */
export function linkAccount(account: Account, index: RegistryIndex, model: LinkModel, opts: LinkOptions = {}): AccountLinkResult {
  const p = prepareAccount(account, index);
  const decisions = (opts.decisions ?? []).filter((d) => d.accountId === account.id);
  const rejected = new Set(decisions.filter((d) => d.decision === 'reject').map((d) => d.nip));
  const verified = decisions.find((d) => d.decision === 'link');
  let cands = blockAccount(p, index, opts).filter((r) => !rejected.has(index.records[r]?.record.nip ?? ''));
  const verifiedIdx = verified ? index.byNip.get(verified.nip) : undefined;
  if (verifiedIdx !== undefined && !cands.includes(verifiedIdx)) cands = [verifiedIdx, ...cands];

  const levels = cands.map((r) => compareAccount(p, index.records[r]!));
  const n = Math.max(1, index.records.length);
  const countAtLeast = (min: number): number => levels.filter((l) => l.name !== 255 && l.name >= min).length;
  const sameSubset = countAtLeast(NAME.SUBSET);
  const sameFuzzy = countAtLeast(NAME.FUZZY);
  const lambda = model.fs.lambda;
  const priorOdds = lambda / (1 - lambda);
  const scored = cands.map((r, i) => {
    const l = levels[i]!;
    let w = levelWeight(model, l);
    let same = 0;
    if (l.name !== 255 && l.name >= NAME.PARTIAL) {
      // Term-frequency adjustment: replace the average u of this level by how often this
      // particular name occurs in the registry (Splink's approach). For one shared word, the
      // rarest shared word decides ("Siti" alone says little, "Zainuddin" a lot).
      const rec = index.records[r]!;
      const shared = p.keys.filter((k) => rec.keySet.has(k)).map((k) => index.keyFreq.get(k) ?? 1);
      same = l.name >= NAME.SUBSET ? sameSubset : l.name === NAME.FUZZY ? sameFuzzy : Math.max(1, Math.min(...shared, n));
      const uLevel = model.fs.u[0]?.[l.name] ?? 1e-6;
      w += Math.max(-10, Math.min(10, Math.log2(uLevel / (Math.max(1, same) / n))));
    }
    return { r, l, w, odds: priorOdds * Math.pow(2, w), same };
  });
  const totalOdds = scored.reduce((s, x) => s + x.odds, 0);
  scored.sort((a, b) => b.w - a.w);
  const topK = opts.topK ?? 3;
  const candidates: LinkCandidate[] = scored.slice(0, topK).map((s) => {
    const rec = index.records[s.r]!;
    return {
      nip: rec.record.nip,
      fullName: rec.record.fullName,
      // Candidates compete: the account belongs to at most one person.
      probability: s.odds / (1 + totalOdds),
      weight: s.w,
      levels: s.l,
      explanation: explainPair(p, rec, s.l, s.same),
    };
  });
  if (verifiedIdx !== undefined) {
    const rec = index.records[verifiedIdx]!;
    const i = candidates.findIndex((c) => c.nip === rec.record.nip);
    const base = i >= 0 ? candidates.splice(i, 1)[0]! : { nip: rec.record.nip, fullName: rec.record.fullName, weight: Infinity, levels: compareAccount(p, rec), explanation: [] };
    const best: LinkCandidate = {
      ...base,
      probability: 1,
      explanation: [{ code: 'staff.verified', id: 'tautan diverifikasi petugas', en: 'link verified by staff' }, ...base.explanation],
    };
    return { accountId: account.id, band: 'auto_flag', best, candidates: [best, ...candidates].slice(0, topK), candidatesConsidered: cands.length, override: 'verified' };
  }
  const best = candidates[0] ?? null;
  const b = band(best, opts.autoFlag ?? 0.99, opts.review ?? 0.5);
  const result: AccountLinkResult = { accountId: account.id, band: b, best, candidates, candidatesConsidered: cands.length };
  if (rejected.size > 0) result.override = 'rejected';
  return result;
}

export function* linkAccounts(accounts: Iterable<Account>, index: RegistryIndex, model: LinkModel, opts: LinkOptions = {}): Generator<AccountLinkResult> {
  for (const a of accounts) yield linkAccount(a, index, model, opts);
}

export async function* linkAccountsAsync(accounts: AsyncIterable<Account>, index: RegistryIndex, model: LinkModel, opts: LinkOptions = {}): AsyncGenerator<AccountLinkResult> {
  for await (const a of accounts) yield linkAccount(a, index, model, opts);
}
