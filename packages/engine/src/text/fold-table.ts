// One folded code unit per UTF-16 code unit, built once. The scanner looks characters up here
// instead of normalising the text, which is what keeps it allocation-free on the hot path.

/** Marks and apostrophes: vanish, so "e\u0301" = "e" and "Ma'ruf" = "Maruf". */
export const FOLD_SKIP = 0xffff;
/** Anything that separates words: spaces, punctuation, emoji (surrogates), symbols. */
export const FOLD_SEP = 0x20;

let table: Uint16Array | null = null;
const WORD = /[\p{L}\p{N}]/u;

export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = FOLD_SEP;
      continue;
    }
    if (c === 0x27 || c === 0x2019 || c === 0x60) {
      t[c] = FOLD_SKIP;
      continue;
    }
    const f = String.fromCharCode(c).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (f.length === 0) t[c] = FOLD_SKIP;
    else {
      const u = f.charCodeAt(0);
      t[c] = WORD.test(f[0] ?? '') && u !== FOLD_SKIP ? u : FOLD_SEP;
    }
  }
  table = t;
  return t;
}

/** Fold a pattern the way the scanner folds text: one space between words, trimmed. */
export function foldForScan(s: string): string {
  const t = foldTable();
  let out = '';
  let sep = true;
  for (let i = 0; i < s.length; i++) {
    const f = t[s.charCodeAt(i)] ?? FOLD_SEP;
    if (f === FOLD_SKIP) continue;
    if (f === FOLD_SEP) {
      if (!sep) out += ' ';
      sep = true;
    } else {
      out += String.fromCharCode(f);
      sep = false;
    }
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}
