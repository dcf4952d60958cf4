import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load.js';
import { CONDUCT_CASES } from '../data/conduct-cases.js';
import { runConductMatcherBench } from '../../../../bench/rules/conduct-matcher.bench.js';
import { analyse, tokenize } from './analyse.js';
import { editDistance } from './edit-distance.js';
import { matchConduct } from './match.js';
import { stem } from './stemmer.js';

const catalogue = loadCatalogue();

describe('stemmer', () => {
  it.each([
    ['memilih', 'pilih'],
    ['mengikuti', 'ikut'],
    ['menyebarkan', 'sebar'],
    ['membagikan', 'bagi'],
    ['postingan', 'posting'],
    ['dukungan', 'dukung'],
    ['kebencian', 'benci'],
    ['pertemuan', 'temu'],
    ['ngumpulin', 'kumpul'],
    ['ngelike', 'like'],
    ['berfoto', 'foto'],
    ['diupload', 'upload'],
    ['pencalonannya', 'calon'],
    ['bupati', 'bupati'],
    ['jalan', 'jalan'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('text analysis', () => {
  it('expands slang, collapses reduplication and maps synonyms to concepts', () => {
    expect(tokenize('bagi2 duit yg banyak')).toEqual(['bagi', 'duit', 'yang', 'banyak']);
    const keys = analyse('saya nge-like postingan cabup di fb').map((f) => f.key);
    expect(keys).toEqual(['c:like', 'c:post', 'c:paslon', 'c:medsos']);
    expect(analyse('foto bareng calon').map((f) => f.key)).toContain('c:foto_bersama');
  });

  it('repairs one typo in words of five letters or more, keeping the first letter', () => {
    expect(editDistance('deklrasi', 'deklarasi')).toBe(1);
    expect(editDistance('kampnye', 'kampanye')).toBe(1);
    const f = analyse('hadir deklrasi').find((x) => x.correctedFrom === 'deklrasi');
    expect(f?.key).toBe('c:deklarasi');
    expect(analyse('cuaca cerah').some((x) => x.key === 'c:kerah')).toBe(false);
  });
});

describe('matchConduct', () => {
  it("returns the SKB social-media entry for liking a candidate's post, with the reason", () => {
    const r = matchConduct('saya nge-like postingan calon bupati di facebook', catalogue, { limit: 3 });
    const ids = r.matches.map((m) => m.entry.id);
    expect(ids.slice(0, 2).sort()).toEqual(['skb2022.discipline.6', 'skb2022.ethics.4']);
    const top = r.matches[0];
    expect(top?.reason.id).toMatch(/nge-like|like/);
    expect(top?.matchedTerms.map((t) => t.feature)).toContain('c:like');
    expect(r.suggestions).toEqual([]);
  });

  it('finds the declaration entries for "camat ikut deklarasi paslon nomor 2"', () => {
    const ids = matchConduct('camat ikut deklarasi paslon nomor 2', catalogue, { limit: 3 }).matches.map(
      (m) => m.entry.id,
    );
    expect(ids).toEqual(expect.arrayContaining(['skb2022.discipline.4']));
  });

  it('answers empty or nonsense input with no rule and suggestions', () => {
    for (const text of ['', '   ', 'asdfgh qwerty', 'resep rendang padang', 'pns']) {
      const r = matchConduct(text, catalogue);
      expect(r.matches).toEqual([]);
      expect(r.suggestions.length).toBeGreaterThan(0);
      expect(r.suggestions[0]?.id).toBeTruthy();
    }
  });

  it('respects the limit and orders by score', () => {
    const r = matchConduct('pns ikut kampanye pakai mobil dinas dan seragam dinas', catalogue, { limit: 2 });
    expect(r.matches).toHaveLength(2);
    expect((r.matches[0]?.score ?? 0) >= (r.matches[1]?.score ?? 0)).toBe(true);
  });
});

describe('labelled set', () => {
  it('has at least 100 descriptions and 8 negatives, each expected id in the catalogue', () => {
    expect(CONDUCT_CASES.length).toBeGreaterThanOrEqual(100);
    expect(CONDUCT_CASES.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(8);
    for (const c of CONDUCT_CASES) for (const id of c.expected) expect(catalogue.byId.has(id)).toBe(true);
  });

  it('reaches top-3 accuracy of at least 90%', () => {
    const r = runConductMatcherBench();
    expect(r.top3).toBeGreaterThanOrEqual(0.9);
  });
});
