import { foldText, keepNameChars } from './fold.js';
import {
  ADDRESS_FORMS,
  AMBIGUOUS_NOBLE,
  DECORATION_WORDS,
  NOBLE_TITLES,
  PREFIX_ACADEMIC,
  RELIGIOUS_TITLES,
  STRONG_PATRONYMIC,
  SUFFIX_ACADEMIC,
} from './name-tables.js';
import { modernSpelling, spellingKey } from './spelling.js';

export type RemovalKind =
  | 'academic_title'
  | 'religious_title'
  | 'noble_title'
  | 'address_form'
  | 'decoration'
  | 'patronymic'
  | 'annotation'
  | 'digits';

export interface NameRemoval {
  kind: RemovalKind;
  text: string;
}

export interface NormalisedName {
  original: string;
  /** Name parts in modern spelling, Muhammad folded, titles and decoration removed. */
  tokens: string[];
  /** `tokens` joined by one space. */
  canonical: string;
  /** Sound keys per token (see spellingKey), for matching across spelling variants. */
  keys: string[];
  removed: NameRemoval[];
  /** Name after bin/binti, kept apart because accounts often drop it. */
  patronymic: string[];
  spellingChanged: boolean;
  muhammadFolded: boolean;
  mononym: boolean;
}

/** Names longer than this are cut: no real name is longer, and it bounds the work per input. */
export const MAX_NAME_LENGTH = 256;

const DOTTED_DEGREE = /^[sma](\.[a-z]{1,4})+\.?$/;
const SEGMENT_SPLIT = /\s[|•·\-–—/~]\s|[|•·]/u;
const BRACKETED = /[([{【「<][^)\]}】」>]*[)\]}】」>]?/gu;

function compact(raw: string): string {
  return raw.replace(/\./g, '');
}

function isSuffixTitle(raw: string, position: number): boolean {
  const c = compact(raw);
  if (c.length === 0) return false;
  if (SUFFIX_ACADEMIC.has(c)) return position > 0 || raw.includes('.');
  return position > 0 && DOTTED_DEGREE.test(raw);
}

interface PrefixHit {
  kind: RemovalKind;
  width: number;
}

/** Is the token at i a title/form of address that stands before a name? */
function prefixAt(raw: readonly string[], i: number): PrefixHit | null {
  const t = raw[i] ?? '';
  const c = compact(t);
  const next = raw[i + 1];
  const pair = next === undefined ? '' : `${c} ${compact(next)}`;
  const more = i + 1 < raw.length;
  if (pair && NOBLE_TITLES.has(pair) && i + 2 < raw.length) return { kind: 'noble_title', width: 2 };
  if (pair && RELIGIOUS_TITLES.has(pair) && i + 2 < raw.length) return { kind: 'religious_title', width: 2 };
  if (PREFIX_ACADEMIC.has(c) && more) return { kind: 'academic_title', width: 1 };
  if (RELIGIOUS_TITLES.has(c) && more) return { kind: 'religious_title', width: 1 };
  if (c === 't' && more) return { kind: 'noble_title', width: 1 };
  if (NOBLE_TITLES.has(c) && more) {
    if (AMBIGUOUS_NOBLE.has(c) && raw.length - i < 3 && !t.endsWith('.')) return null;
    return { kind: 'noble_title', width: 1 };
  }
  if (ADDRESS_FORMS.has(c) && more) return { kind: 'address_form', width: 1 };
  return null;
}

function splitTokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => t.length > 0 && t !== '.');
}

/** Split "m.yusuf" or "h.m.ali" into parts; keeps dotted degrees whole. */
function explodeDots(raw: string[]): string[] {
  const out: string[] = [];
  for (const t of raw) {
    const inner = t.replace(/^\.+|\.+$/g, '');
    if (
      !inner.includes('.') ||
      SUFFIX_ACADEMIC.has(compact(t)) ||
      PREFIX_ACADEMIC.has(compact(t)) ||
      RELIGIOUS_TITLES.has(compact(t))
    ) {
      out.push(t);
      continue;
    }
    if (DOTTED_DEGREE.test(t) && out.length > 0) {
      out.push(t);
      continue;
    }
    for (const p of inner.split('.')) if (p) out.push(`${p}.`);
  }
  return out;
}

function stripDigits(raw: string, removed: NameRemoval[]): string {
  if (!/\d/.test(raw)) return raw;
  const digits = raw.replace(/\D/g, '');
  removed.push({ kind: 'digits', text: digits });
  return raw.replace(/\d+/g, '');
}

/**
 * Normalise an Indonesian personal name as written in a registry or a display name.
 * Titles, forms of address and decoration are removed into `removed` (they are evidence and
 * explanation material, not noise); the remaining tokens are in modern spelling.
 */
export function normaliseName(input: unknown): NormalisedName {
  const original =
    typeof input === 'string'
      ? input
      : typeof input === 'number' || typeof input === 'bigint'
        ? String(input)
        : '';
  const removed: NameRemoval[] = [];
  let s = original.length > MAX_NAME_LENGTH ? original.slice(0, MAX_NAME_LENGTH) : original;

  s = s.replace(BRACKETED, (m) => {
    const inner = foldText(m.replace(/^[([{【「<]|[)\]}】」>]$/gu, '')).trim();
    if (inner) removed.push({ kind: 'annotation', text: inner });
    return ' ';
  });
  const segments = s.split(SEGMENT_SPLIT);
  s = segments[0] ?? '';
  for (const extra of segments.slice(1)) {
    const t = foldText(extra).trim();
    if (t) removed.push({ kind: 'annotation', text: t });
  }

  const kept = keepNameChars(foldText(s));
  if (kept.strippedSomething) removed.push({ kind: 'decoration', text: 'emoji/simbol' });
  // "S. Pd." and "M. Si" are one degree each.
  const text = kept.text.replace(/\b([sma])\.\s+(?=[a-z]{1,4}\.)/g, '$1.');

  const [head = '', ...tails] = text.split(',');
  let raw = explodeDots(splitTokens(head));
  const name: string[] = [];

  let i = 0;
  // Leading titles and forms of address, possibly several ("H. Dr. Ir.").
  for (;;) {
    const hit = prefixAt(raw, i);
    if (!hit) break;
    removed.push({ kind: hit.kind, text: raw.slice(i, i + hit.width).join(' ') });
    i += hit.width;
  }
  raw = raw.slice(i);
  // Trailing degrees written without a comma ("Budi Santoso S.Pd").
  let end = raw.length;
  while (end > 1 && isSuffixTitle(raw[end - 1] ?? '', end - 1)) end--;
  for (const t of raw.slice(end)) removed.push({ kind: 'academic_title', text: t });
  raw = raw.slice(0, end);

  for (let j = 0; j < raw.length; j++) {
    let t = raw[j] ?? '';
    const c = compact(t);
    if (j > 0 && (PREFIX_ACADEMIC.has(c) || DOTTED_DEGREE.test(t)) && t.includes('.')) {
      removed.push({ kind: 'academic_title', text: t });
      continue;
    }
    if (DECORATION_WORDS.has(c) && raw.length > 1) {
      removed.push({ kind: 'decoration', text: c });
      continue;
    }
    t = stripDigits(c, removed);
    if (t) name.push(t);
  }

  for (const tail of tails) {
    for (const t of splitTokens(tail)) {
      const c = compact(t);
      if (!c) continue;
      if (isSuffixTitle(t, 1) || PREFIX_ACADEMIC.has(c) || t.includes('.'))
        removed.push({ kind: 'academic_title', text: t });
      else {
        const d = stripDigits(c, removed);
        if (d) name.push(d);
      }
    }
  }

  // bin/binti splits off the father's name.
  let patronymic: string[] = [];
  const bin = name.findIndex((t, k) => k > 0 && k < name.length - 1 && STRONG_PATRONYMIC.has(t));
  if (bin > 0) {
    patronymic = name.slice(bin + 1).filter((t) => !NOBLE_TITLES.has(t) && !RELIGIOUS_TITLES.has(t));
    removed.push({ kind: 'patronymic', text: name.slice(bin).join(' ') });
    name.length = bin;
  }

  let spellingChanged = false;
  let muhammadFolded = false;
  const tokens: string[] = [];
  for (let k = 0; k < name.length; k++) {
    const t = name[k] ?? '';
    // A lone "M" opening a name is Muhammad by Indonesian convention (Tempo style).
    if (t === 'm' && k === 0 && name.length > 1) {
      tokens.push('muhammad');
      muhammadFolded = true;
      continue;
    }
    const m = modernSpelling(t);
    if (m.muhammad) muhammadFolded = true;
    else if (m.changed) spellingChanged = true;
    tokens.push(m.token);
  }
  patronymic = patronymic.map((t) => modernSpelling(t).token);

  return {
    original,
    tokens,
    canonical: tokens.join(' '),
    keys: tokens.map(spellingKey),
    removed,
    patronymic,
    spellingChanged,
    muhammadFolded,
    mononym: tokens.length === 1,
  };
}
