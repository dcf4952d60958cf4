import { foldText } from './fold.js';
import { normaliseName, type NormalisedName } from './normalise-name.js';

const MAX_WORD = 14;

/**
 * Split a run-together handle ("budisantoso") into known name parts. Dynamic programming that
 * minimises unknown letters first and the number of parts second, so "siti" + "aminah" beats
 * "sit" + "iaminah". Returns null when less than 80% of the letters are covered by known words.
 */
export function segmentRunTogether(word: string, lexicon: ReadonlySet<string>): string[] | null {
  const n = word.length;
  if (n < 4 || n > 64) return null;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const parts = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  parts[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      const base = cost[j] ?? Infinity;
      if (base === Infinity) continue;
      const piece = word.slice(j, i);
      const known = piece.length >= 2 && lexicon.has(piece);
      // An unknown piece costs one per letter; only single unknown letters are tried so the
      // search stays small, and they are merged afterwards.
      if (!known && i - j !== 1) continue;
      const c = base + (known ? 0 : 1);
      const p = (parts[j] ?? 0) + 1;
      if (c < (cost[i] ?? Infinity) || (c === cost[i] && p < (parts[i] ?? Infinity))) {
        cost[i] = c;
        parts[i] = p;
        back[i] = j;
      }
    }
  }
  const unknown = cost[n] ?? Infinity;
  if (unknown > n * 0.2) return null;
  const out: string[] = [];
  let i = n;
  while (i > 0) {
    const j = back[i] ?? 0;
    out.push(word.slice(j, i));
    i = j;
  }
  out.reverse();
  // Merge consecutive single unknown letters back into one part.
  const merged: string[] = [];
  for (const p of out) {
    const last = merged[merged.length - 1];
    if (last !== undefined && !lexicon.has(p) && !lexicon.has(last) && p.length === 1)
      merged[merged.length - 1] = last + p;
    else merged.push(p);
  }
  return merged;
}

/**
 * Normalise a social-media handle: "@budi_santoso88", "pak.budi.s", "sitiaminah_bkls".
 * Separators and digits split parts; long unknown parts are split against the name lexicon.
 */
export function normaliseUsername(username: unknown, lexicon?: ReadonlySet<string>): NormalisedName {
  const raw = typeof username === 'string' ? username.slice(0, 128) : '';
  const folded = foldText(raw).replace(/^@+/, '');
  const pieces = folded.split(/[^\p{L}]+/u).filter((p) => p.length > 0);
  const words: string[] = [];
  for (const p of pieces) {
    if (lexicon && p.length >= 6 && !lexicon.has(p)) {
      const seg = segmentRunTogether(p, lexicon);
      if (seg) {
        words.push(...seg);
        continue;
      }
    }
    words.push(p);
  }
  const n = normaliseName(words.join(' '));
  return { ...n, original: raw };
}
