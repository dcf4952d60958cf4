import { jaroWinkler } from '../similarity/jaro-winkler.js';
import { contextLevel, regionLevel } from './context.js';
import type { PreparedAccount, PreparedRecord } from './registry-index.js';
import type { ComparisonLevels } from './types.js';

export const LINK_FIELDS = ['name', 'username', 'context', 'region'] as const;
export const LINK_LEVELS = [7, 3, 4, 2];

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

const FUZZY_TOKEN = 0.88;

function tokenMatch(k: string, rec: PreparedRecord): 0 | 1 | 2 {
  if (rec.keySet.has(k)) return 2;
  if (k.length === 1) {
    for (const t of rec.name.tokens) if (t.charCodeAt(0) === k.charCodeAt(0)) return 1;
    return 0;
  }
  if (k.length < 3) return 0;
  for (const r of rec.name.keys) if (r.length > 2 && jaroWinkler(k, r) >= FUZZY_TOKEN) return 1;
  return 0;
}

/**
 * Name agreement between the account's name keys and a record's, on the title-free,
 * spelling-normalised tokens. Token sets rather than strings, because display names often
 * drop, reorder or repeat parts of the registered name (performance.md §3.4).
 */
export function nameLevel(keys: readonly string[], rec: PreparedRecord): number {
  if (keys.length === 0 || rec.name.keys.length === 0) return 255;
  const acc = [...new Set(keys)];
  let exact = 0;
  let fuzzy = 0;
  let initials = 0;
  for (const k of acc) {
    const m = tokenMatch(k, rec);
    if (m === 2) exact++;
    else if (m === 1) {
      if (k.length === 1) initials++;
      else fuzzy++;
    }
  }
  const recUniq = rec.keySet.size;
  const all = exact + fuzzy + initials === acc.length;
  if (all && fuzzy === 0 && initials === 0) {
    if (exact === recUniq) {
      return acc.length === rec.name.keys.length && acc.every((k, i) => k === rec.name.keys[i]) ? NAME.EXACT : NAME.REORDERED;
    }
    if (exact >= 2) return NAME.SUBSET;
    return NAME.SINGLE;
  }
  if (all && exact >= 1 && acc.length >= 2 && fuzzy === 0) return NAME.SUBSET;
  // Record tokens all present in a longer display name (nickname or patronymic added).
  if (exact === recUniq && recUniq >= 2) return NAME.SUBSET;
  if (all && exact + fuzzy >= 2) return NAME.FUZZY;
  if (acc.length >= 2 && rec.name.keys.length >= 2) {
    const s = jaroWinkler([...acc].sort().join(' '), [...rec.keySet].sort().join(' '));
    if (s >= 0.93) return NAME.FUZZY;
  }
  return exact >= 1 ? NAME.PARTIAL : NAME.NONE;
}

export function usernameLevel(a: PreparedAccount, rec: PreparedRecord): number {
  if (!a.user || a.user.keys.length === 0) return 255;
  let hits = 0;
  for (const k of new Set(a.user.keys)) if (k.length > 2 && rec.keySet.has(k)) hits++;
  return hits >= 2 ? 2 : hits === 1 ? 1 : 0;
}

export function compareAccount(a: PreparedAccount, rec: PreparedRecord): ComparisonLevels {
  return {
    name: nameLevel(a.keys, rec),
    username: usernameLevel(a, rec),
    context: contextLevel(a.context, rec.context),
    region: regionLevel(a.context, rec.context),
  };
}

export function levelsToVector(l: ComparisonLevels, out: Uint8Array, offset: number): void {
  out[offset] = l.name;
  out[offset + 1] = l.username;
  out[offset + 2] = l.context;
  out[offset + 3] = l.region;
}
