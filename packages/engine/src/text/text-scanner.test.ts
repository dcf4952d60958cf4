import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ballotNumberPhrases } from './number-phrases.js';
import { TextScanner } from './text-scanner.js';

function found(scanner: TextScanner<string>, text: string): string[] {
  return scanner.scan(text).flatMap((m) => [...m.values]);
}

describe('TextScanner', () => {
  const s = new TextScanner<string>([
    { pattern: 'Ali', value: 'ali' },
    { pattern: 'Muhammad Ali', value: 'mali' },
    { pattern: '#BengkalisMaju', value: 'tag' },
    { pattern: 'José', value: 'jose' },
    { pattern: 'he', value: 'he' },
    { pattern: 'she', value: 'she' },
    ...ballotNumberPhrases(2).map((p) => ({ pattern: p, value: 'no2' })),
  ]);

  it('respects word boundaries', () => {
    expect(found(s, 'kali ini saja')).toEqual([]);
    expect(found(s, 'alias')).toEqual([]);
    expect(found(s, 'pak ali datang')).toEqual(['ali']);
    expect(found(s, 'ALI!')).toEqual(['ali']);
    expect(found(s, 'ushers')).toEqual([]);
  });

  it('reports nested matches ending at the same place', () => {
    expect(found(s, 'Muhammad Ali').sort()).toEqual(['ali', 'mali']);
  });

  it('is case-, accent- and punctuation-insensitive', () => {
    expect(found(s, 'JOSE datang')).toEqual(['jose']);
    expect(found(s, 'jose\u0301 datang')).toEqual(['jose']);
    expect(found(s, 'Muhammad   Ali')).toContain('mali');
    expect(found(s, 'muhammad, ali')).toContain('mali');
    expect(found(s, 'yuk #bengkalismaju')).toEqual(['tag']);
  });

  it('finds ballot-number phrases in their common spellings', () => {
    for (const t of [
      'ayo coblos no. 2!',
      'Nomor Urut 2',
      'nomer 02 pasti menang',
      'pilih no 2',
      'coblos dua',
      'salam 2 jari ✌️',
      '#coblos2',
    ]) {
      expect(found(s, t), t).toContain('no2');
    }
    expect(found(s, 'no 22')).toEqual([]);
    expect(found(s, 'dua hari lagi')).toEqual([]);
  });

  it('gives offsets usable with slice', () => {
    const text = 'Halo 😀 Pak Ali!';
    const m = s.scan(text).find((x) => x.values.includes('ali'));
    expect(m && text.slice(m.start, m.end)).toBe('Ali');
  });

  it('handles tens of thousands of patterns', () => {
    const pats = Array.from({ length: 20000 }, (_, i) => ({
      pattern: `calon${i} nama${i % 97}`,
      value: String(i),
    }));
    const big = new TextScanner(pats);
    expect(big.patternCount).toBe(20000);
    expect(found(big, 'dukung calon12345 nama26 ya')).toEqual(['12345']);
  });

  it('agrees with a naive word-boundary search', () => {
    const words = ['ab', 'ba', 'aba', 'b a'];
    const scanner = new TextScanner(words.map((w) => ({ pattern: w, value: w })));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '.'), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        const norm = ` ${text.replace(/[ .]+/g, ' ').trim()} `;
        const want: string[] = [];
        for (const w of words) {
          let i = norm.indexOf(` ${w} `);
          while (i >= 0) {
            want.push(w);
            i = norm.indexOf(` ${w} `, i + 1);
          }
        }
        expect(found(scanner, text).sort()).toEqual(want.sort());
      }),
    );
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => void s.scan(t)),
      { numRuns: 300 },
    );
  });
});
