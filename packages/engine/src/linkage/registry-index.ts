import { normaliseName, type NormalisedName } from '../normalise/normalise-name.js';
import { normaliseUsername } from '../normalise/username.js';
import {
  accountContext,
  contextTokens,
  distinctiveTokens,
  regionTokens,
  type AccountContext,
  type RecordContext,
} from './context.js';
import type { Account, RegistryRecord } from './types.js';

export interface PreparedRecord {
  record: RegistryRecord;
  name: NormalisedName;
  keySet: Set<string>;
  /** Academic, religious and noble titles, compacted ("s.pd." → "spd"). */
  titles: Set<string>;
  context: RecordContext;
  regionLabel: string;
}

export interface PreparedAccount {
  account: Account;
  display: NormalisedName;
  user: NormalisedName | null;
  /** Name keys used for matching: the display name's, or the username's when the display name has none. */
  keys: string[];
  /** Username name words (registry name words) not already in `keys`. */
  userExtra: string[];
  /** Titles shown in the display name, compacted. */
  titles: string[];
  context: AccountContext;
}

export interface RegistryIndex {
  records: PreparedRecord[];
  postings: Map<string, number[]>;
  /** Records per name key, for term-frequency adjustment. */
  keyFreq: Map<string, number>;
  /** Records per title. */
  titleFreq: Map<string, number>;
  /** Canonical name tokens of the registry, for splitting run-together usernames. */
  lexicon: Set<string>;
  byNip: Map<string, number>;
}

export interface IndexOptions {
  regionNames?: Readonly<Record<string, string>>;
}

/** Compacted titles of a normalised name: "S.Pd.," → "spd". */
export function titleKeys(name: NormalisedName): string[] {
  const out = new Set<string>();
  for (const r of name.removed) {
    if (!r.kind.endsWith('_title')) continue;
    for (const part of r.text.toLowerCase().split(/\s+/)) {
      const t = part.replace(/[.,]/g, '');
      if (t.length > 0) out.add(t);
    }
  }
  return [...out];
}

function nameKeys(keys: readonly string[]): string[] {
  const out: string[] = [];
  const uniq = [...new Set(keys.filter((k) => k.length > 1))].sort();
  for (const k of uniq) out.push(`t:${k}`);
  for (let i = 0; i < uniq.length; i++)
    for (let j = i + 1; j < uniq.length; j++) out.push(`p:${uniq[i]}|${uniq[j]}`);
  return out;
}

/** Blocking keys of a registry record: name keys, name+initial, and agency/region word + name. */
function recordBlockKeys(r: PreparedRecord): string[] {
  const keys = r.name.keys;
  const out = nameKeys(keys);
  keys.forEach((a, i) => {
    if (a.length < 2) return;
    r.name.tokens.forEach((b, j) => {
      if (i !== j && b.length > 0) out.push(`q:${a}|${b[0] ?? ''}`);
    });
    for (const c of r.context.agencyTokens) out.push(`c:${c}|${a}`);
    for (const c of r.context.unitTokens) out.push(`c:${c}|${a}`);
  });
  return [...new Set(out)];
}

function positionPhrase(position: string | undefined): string {
  const t = contextTokens(position);
  return t.length > 0 ? ` ${t.join(' ')} ` : '';
}

export function prepareRecord(record: RegistryRecord, opts: IndexOptions = {}): PreparedRecord {
  const name = normaliseName(record.fullName);
  const regionLabel =
    record.regionName ?? (record.regionCode ? opts.regionNames?.[record.regionCode] : undefined) ?? '';
  const unitTokens = distinctiveTokens(record.unit);
  return {
    record,
    name,
    keySet: new Set(name.keys),
    titles: new Set(titleKeys(name)),
    regionLabel,
    context: {
      agencyTokens: distinctiveTokens(record.agency),
      unitTokens,
      unitPhrase: unitTokens.length > 0 ? contextTokens(record.unit).join(' ') : '',
      positionPhrase: positionPhrase(record.position),
      regionTokens: regionTokens(regionLabel),
    },
  };
}

export function buildRegistryIndex(
  records: Iterable<RegistryRecord>,
  opts: IndexOptions = {},
): RegistryIndex {
  const prepared: PreparedRecord[] = [];
  const postings = new Map<string, number[]>();
  const keyFreq = new Map<string, number>();
  const titleFreq = new Map<string, number>();
  const lexicon = new Set<string>();
  const byNip = new Map<string, number>();
  for (const rec of records) {
    const p = prepareRecord(rec, opts);
    const idx = prepared.length;
    prepared.push(p);
    byNip.set(rec.nip, idx);
    for (const t of p.name.tokens) if (t.length > 2) lexicon.add(t);
    for (const k of p.keySet) keyFreq.set(k, (keyFreq.get(k) ?? 0) + 1);
    for (const t of p.titles) titleFreq.set(t, (titleFreq.get(t) ?? 0) + 1);
    for (const k of recordBlockKeys(p)) {
      const list = postings.get(k);
      if (list) list.push(idx);
      else postings.set(k, [idx]);
    }
  }
  return { records: prepared, postings, keyFreq, titleFreq, lexicon, byNip };
}

export function prepareAccount(account: Account, index: RegistryIndex): PreparedAccount {
  const display = normaliseName(account.displayName);
  const user = account.username ? normaliseUsername(account.username, index.lexicon) : null;
  const keys = display.keys.length > 0 ? display.keys : (user?.keys ?? []);
  const annotations = display.removed.filter((r) => r.kind === 'annotation').map((r) => r.text);
  const shown = new Set(keys);
  const userExtra = user
    ? [...new Set(user.keys)].filter((k) => k.length > 2 && !shown.has(k) && index.keyFreq.has(k))
    : [];
  return {
    account,
    display,
    user,
    keys,
    userExtra,
    titles: titleKeys(display),
    context: accountContext(account.bio, account.location, annotations),
  };
}

/** Account-side blocking keys: name keys, name + initial, and bio word + name. */
export function accountBlockKeys(a: PreparedAccount): string[] {
  const full = [...new Set([...a.keys, ...(a.user?.keys ?? [])])];
  const out = nameKeys(full);
  const initials = a.display.tokens.filter((t) => t.length === 1);
  for (const k of full) {
    if (k.length < 2) continue;
    for (const i of initials) out.push(`q:${k}|${i}`);
    for (const b of a.context.bioTokens) out.push(`c:${b}|${k}`);
  }
  return out;
}

export interface BlockOptions {
  maxCandidates?: number;
  /** Keys shared by more records than this are skipped (e.g. "muhammad" alone). */
  maxPosting?: number;
}

/**
 * Candidate records for an account, ranked by how many blocking keys they share, capped at
 * `maxCandidates`. Pair keys and context keys outrank single-token keys by construction.
 */
export function blockAccount(a: PreparedAccount, index: RegistryIndex, opts: BlockOptions = {}): number[] {
  const maxC = opts.maxCandidates ?? 100;
  const maxP = opts.maxPosting ?? 5000;
  const score = new Map<number, number>();
  for (const k of accountBlockKeys(a)) {
    const list = index.postings.get(k);
    if (!list || list.length > maxP) continue;
    const w = k.startsWith('t:') ? 1 : 3;
    for (const r of list) score.set(r, (score.get(r) ?? 0) + w);
  }
  if (score.size <= maxC) return [...score.keys()];
  return [...score.entries()]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, maxC)
    .map((e) => e[0]);
}
