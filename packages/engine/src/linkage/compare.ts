import { jaroWinkler } from '../similarity/jaro-winkler.js';
import { contextLevel, regionLevel } from './context.js';
import type { PreparedAccount, PreparedRecord } from './registry-index.js';
import type { ComparisonLevels } from './types.js';

export const LINK_FIELDS = ['name', 'username', 'context', 'region', 'title'] as const;
export const LINK_LEVELS = [7, 4, 6, 2, 2];

/** Name levels, best first. Kept as named constants because explanations switch on them. */
export const NAME = {
  EXACT: 6,
  REORDERED: 5,
  SUBSET: 4,
  FUZZY: 3,
  SINGLE: 2,
  PARTIAL: 1,
  NONE: 0,
} as const;

/** Username levels: what the handle says beyond the display name. */
export const USERNAME = {
  /** The handle has name words that are in neither the display name nor the record. */
  CONFLICT: 0,
  /** Nothing beyond the display name (or no name words at all). */
  NOTHING_NEW: 1,
  /** One more word of the record's name. */
  ADDS_ONE: 2,
  /** Two or more words of the record's name. */
  ADDS_MORE: 3,
} as const;

const FUZZY_TOKEN = 0.88;

/**
 * Approximate match of an account word against the record words not yet used: returns the index
 * of the record word it matches (by initial or Jaro–Winkler), or -1. Each record word answers for
 * one account word only, so "Noviana Novitasari" does not match "Michelle Novitasari" twice.
 */
function approximateMatch(k: string, rec: PreparedRecord, used: readonly boolean[]): number {
  const keys = rec.name.keys;
  if (k.length === 1) {
    for (let i = 0; i < keys.length; i++)
      if (!used[i] && keys[i]?.charCodeAt(0) === k.charCodeAt(0)) return i;
    return -1;
  }
  if (k.length < 3) return -1;
  for (let i = 0; i < keys.length; i++) {
    const r = keys[i] ?? '';
    if (!used[i] && r.length > 2 && jaroWinkler(k, r) >= FUZZY_TOKEN) return i;
  }
  return -1;
}

/** What the name comparison found, for the level and for term-frequency adjustment. */
export interface NameMatch {
  level: number;
  /** Account keys present in the record. */
  exact: string[];
  /** Account words that matched a record word only approximately. */
  fuzzy: number;
  /** Account initials that matched the first letter of a record word. */
  initials: string[];
  /** Distinct name words of the account. */
  shown: number;
}

const NO_MATCH: NameMatch = { level: 255, exact: [], fuzzy: 0, initials: [], shown: 0 };

/**
 * Name agreement between the account's name keys and a record's, on the title-free,
 * spelling-normalised tokens. Token sets rather than strings, because display names often
 * drop, reorder or repeat parts of the registered name (performance.md §3.4).
 */
export function nameMatch(keys: readonly string[], rec: PreparedRecord): NameMatch {
  if (keys.length === 0 || rec.name.keys.length === 0) return NO_MATCH;
  const acc = [...new Set(keys)];
  const exactKeys: string[] = [];
  const initials: string[] = [];
  let fuzzy = 0;
  // Exact words first, then the rest against the record words still unused.
  const used = rec.name.keys.map((r) => acc.includes(r));
  for (const k of acc) {
    if (rec.keySet.has(k)) {
      exactKeys.push(k);
      continue;
    }
    const i = approximateMatch(k, rec, used);
    if (i < 0) continue;
    used[i] = true;
    if (k.length === 1) initials.push(k);
    else fuzzy++;
  }
  const exact = exactKeys.length;
  const out = (level: number): NameMatch => ({ level, exact: exactKeys, fuzzy, initials, shown: acc.length });
  const recUniq = rec.keySet.size;
  const all = exact + fuzzy + initials.length === acc.length;
  if (all && fuzzy === 0 && initials.length === 0) {
    if (exact === recUniq) {
      return out(
        acc.length === rec.name.keys.length && acc.every((k, i) => k === rec.name.keys[i])
          ? NAME.EXACT
          : NAME.REORDERED,
      );
    }
    if (exact >= 2) return out(NAME.SUBSET);
    return out(NAME.SINGLE);
  }
  if (all && exact >= 1 && acc.length >= 2 && fuzzy === 0) return out(NAME.SUBSET);
  // Record tokens all present in a longer display name (nickname or patronymic added).
  if (exact === recUniq && recUniq >= 2) return out(NAME.SUBSET);
  if (all && exact + fuzzy >= 2) return out(NAME.FUZZY);
  // Split or joined words ("Nur Aini" / "Nuraini"): the names written without spaces agree.
  // Only when the word counts differ: with equal counts the word-by-word comparison has decided.
  if (acc.length + rec.name.keys.length >= 3 && acc.length !== recUniq) {
    const s = jaroWinkler(keys.join(''), rec.name.keys.join(''));
    if (s >= 0.95)
      return {
        level: NAME.FUZZY,
        exact: exactKeys,
        fuzzy: Math.max(1, acc.length - exact),
        initials,
        shown: acc.length,
      };
  }
  return out(exact >= 1 ? NAME.PARTIAL : NAME.NONE);
}

export function nameLevel(keys: readonly string[], rec: PreparedRecord): number {
  return nameMatch(keys, rec).level;
}

/** Username level and the record words it adds (for term-frequency adjustment). */
export function usernameMatch(a: PreparedAccount, rec: PreparedRecord): { level: number; added: string[] } {
  if (!a.user || a.user.keys.length === 0) return { level: 255, added: [] };
  const extra = a.userExtra;
  if (extra.length === 0) return { level: USERNAME.NOTHING_NEW, added: [] };
  const added = extra.filter((k) => rec.keySet.has(k));
  if (added.length === 0) return { level: USERNAME.CONFLICT, added };
  return { level: added.length >= 2 ? USERNAME.ADDS_MORE : USERNAME.ADDS_ONE, added };
}

export function usernameLevel(a: PreparedAccount, rec: PreparedRecord): number {
  return usernameMatch(a, rec).level;
}

/** Titles in the display name that the record also has (for term-frequency adjustment). */
export function titleMatch(a: PreparedAccount, rec: PreparedRecord): { level: number; shared: string[] } {
  if (a.titles.length === 0) return { level: 255, shared: [] };
  const shared = a.titles.filter((t) => rec.titles.has(t));
  return { level: shared.length > 0 ? 1 : 0, shared };
}

export function compareAccount(a: PreparedAccount, rec: PreparedRecord): ComparisonLevels {
  return {
    name: nameLevel(a.keys, rec),
    username: usernameLevel(a, rec),
    context: contextLevel(a.context, rec.context),
    region: regionLevel(a.context, rec.context),
    title: titleMatch(a, rec).level,
  };
}

export function levelsToVector(l: ComparisonLevels, out: Uint8Array, offset: number): void {
  out[offset] = l.name;
  out[offset + 1] = l.username;
  out[offset + 2] = l.context;
  out[offset + 3] = l.region;
  out[offset + 4] = l.title;
}
