import { FOLD_SEP, FOLD_SKIP, foldForScan, foldTable } from './fold-table.js';

export interface ScanPattern<T> {
  pattern: string;
  value: T;
}

export interface ScanMatch<T> {
  /** Code-unit offsets into the original text, usable with `slice`. */
  start: number;
  end: number;
  /** The folded pattern that matched. */
  pattern: string;
  values: readonly T[];
}

/**
 * Multi-pattern matcher: an Aho–Corasick automaton compiled to a dense DFA over the folded
 * alphabet of the patterns. Matching is case- and accent-insensitive, treats any run of
 * punctuation/space/emoji as one space, and only reports whole-word matches: every pattern is
 * compiled with a leading space and the text is read as if it began with one, so "ali" cannot
 * start inside "kali"; the end boundary is checked by peeking at the next character.
 *
 * Memory is states × alphabet × 4 bytes; 20k Indonesian patterns of ~15 characters over a
 * ~40-symbol alphabet take ~50 MB.
 */
export class TextScanner<T> {
  private readonly delta: Int32Array;
  private readonly k: number;
  private readonly sym: Uint8Array;
  private readonly matchPat: Int32Array;
  private readonly dictLink: Int32Array;
  private readonly patLen: Int32Array;
  private readonly patterns: string[] = [];
  private readonly values: T[][] = [];
  private readonly start: number;
  /** Raw offsets of the last 256 stream characters; reused between calls (scans never nest). */
  private readonly ring = new Int32Array(256);
  readonly stateCount: number;

  constructor(input: Iterable<ScanPattern<T>>) {
    const fold = foldTable();
    const byText = new Map<string, number>();
    for (const { pattern, value } of input) {
      const p = foldForScan(pattern);
      if (p.length === 0) continue;
      let id = byText.get(p);
      if (id === undefined) {
        id = this.patterns.length;
        byText.set(p, id);
        this.patterns.push(p);
        this.values.push([]);
      }
      this.values[id]?.push(value);
    }

    // Alphabet: symbol 0 = a word character no pattern uses, 1 = separator, 2.. = pattern chars.
    const alpha = new Map<number, number>([[FOLD_SEP, 1]]);
    let total = 1;
    for (const p of this.patterns) {
      total += p.length + 1;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (!alpha.has(c)) alpha.set(c, alpha.size + 1);
      }
    }
    if (alpha.size + 1 > 255) throw new Error('TextScanner: patterns use more than 254 distinct characters');
    const k = alpha.size + 1;
    this.k = k;
    this.sym = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      const f = fold[c] ?? FOLD_SEP;
      this.sym[c] = f === FOLD_SKIP ? 255 : (alpha.get(f) ?? 0);
    }

    const delta = new Int32Array(total * k).fill(-1);
    const matchPat = new Int32Array(total).fill(-1);
    this.patLen = new Int32Array(this.patterns.length);
    let states = 1;
    this.patterns.forEach((p, id) => {
      let s = 0;
      const full = ` ${p}`;
      for (let i = 0; i < full.length; i++) {
        const a = alpha.get(full.charCodeAt(i)) ?? 0;
        let next = delta[s * k + a] ?? -1;
        if (next < 0) {
          next = states++;
          delta[s * k + a] = next;
        }
        s = next;
      }
      matchPat[s] = id;
      this.patLen[id] = full.length;
    });

    // Breadth-first completion of the goto function into a DFA, with dictionary links.
    const fail = new Int32Array(states);
    const dictLink = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let a = 0; a < k; a++) {
      const c = delta[a] ?? -1;
      if (c < 0) delta[a] = 0;
      else {
        fail[c] = 0;
        queue[tail++] = c;
      }
    }
    while (head < tail) {
      const s = queue[head++] ?? 0;
      const f = fail[s] ?? 0;
      dictLink[s] = (matchPat[f] ?? -1) >= 0 ? f : (dictLink[f] ?? -1);
      for (let a = 0; a < k; a++) {
        const c = delta[s * k + a] ?? -1;
        const via = delta[f * k + a] ?? 0;
        if (c < 0) delta[s * k + a] = via;
        else {
          fail[c] = via;
          queue[tail++] = c;
        }
      }
    }
    this.delta = delta.slice(0, states * k);
    this.matchPat = matchPat.slice(0, states);
    this.dictLink = dictLink;
    this.stateCount = states;
    this.start = this.delta[1] ?? 0;
  }

  get patternCount(): number {
    return this.patterns.length;
  }

  /** Calls `onMatch(patternId, start, end)` for every whole-word match; returns the count. */
  forEachMatch(text: string, onMatch?: (patternId: number, start: number, end: number) => void): number {
    const { delta, k, sym, matchPat, dictLink } = this;
    const n = text.length;
    // Raw offsets of the last 256 stream characters, to turn a match end into a start offset.
    const ring = this.ring;
    let pos = 0;
    let state = this.start;
    let lastSep = true;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const a = sym[text.charCodeAt(i)] ?? 0;
      if (a === 255) continue;
      if (a === 1) {
        if (lastSep) continue;
        lastSep = true;
      } else lastSep = false;
      ring[pos & 255] = i;
      pos++;
      state = delta[state * k + a] ?? 0;
      let m = state;
      if ((matchPat[m] ?? -1) < 0) m = dictLink[m] ?? -1;
      if (m < 0) continue;
      // End boundary: the next non-mark character must not be a word character.
      let j = i + 1;
      while (j < n && sym[text.charCodeAt(j)] === 255) j++;
      if (j < n) {
        if (sym[text.charCodeAt(j)] !== 1) continue;
      }
      while (m >= 0) {
        const id = matchPat[m] ?? -1;
        if (id >= 0) {
          count++;
          if (onMatch) {
            const len = (this.patLen[id] ?? 1) - 1; // without the virtual leading space
            const startPos = pos - len;
            const startRaw = len <= 256 && startPos >= 0 ? (ring[startPos & 255] ?? 0) : 0;
            onMatch(id, startRaw, i + 1);
          }
        }
        m = dictLink[m] ?? -1;
      }
    }
    return count;
  }

  scan(text: string): ScanMatch<T>[] {
    const out: ScanMatch<T>[] = [];
    this.forEachMatch(text, (id, start, end) => {
      out.push({ start, end, pattern: this.patterns[id] ?? '', values: this.values[id] ?? [] });
    });
    return out;
  }

  count(text: string): number {
    return this.forEachMatch(text);
  }

  patternText(id: number): string | undefined {
    return this.patterns[id];
  }

  patternValues(id: number): readonly T[] {
    return this.values[id] ?? [];
  }
}
