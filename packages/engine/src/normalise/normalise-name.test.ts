import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name.js';
import { spellingKey } from './spelling.js';
import { normaliseUsername, segmentRunTogether } from './username.js';

const cases: Array<{ input: string; canonical: string; removedKinds?: string[]; note: string }> = [
  {
    input: 'Drs. H. Ahmad Yani, M.Si.',
    canonical: 'ahmad yani',
    removedKinds: ['academic_title', 'religious_title', 'academic_title'],
    note: 'prefix + suffix titles',
  },
  { input: 'Siti Aminah, S.Pd', canonical: 'siti aminah', note: 'S.Pd without final dot' },
  { input: 'Siti Aminah SPd', canonical: 'siti aminah', note: 'degree without dots or comma' },
  { input: 'Budi Santoso, S. Pd., M. Si.', canonical: 'budi santoso', note: 'spaced degrees' },
  { input: 'Dr. Ir. Bambang Sutrisno, M.M.', canonical: 'bambang sutrisno', note: 'two prefixes' },
  { input: 'Rina Wati, A.Md.Keb.', canonical: 'rina wati', note: 'diploma with field' },
  { input: 'dr. Dewi Lestari, Sp.OG', canonical: 'dewi lestari', note: 'physician + specialist' },
  { input: 'Yanti S.Kom', canonical: 'yanti', note: 'mononym with suffix degree' },
  {
    input: 'Hj. Nurhayati, S.E.',
    canonical: 'nurhayati',
    removedKinds: ['religious_title', 'academic_title'],
    note: 'hajjah',
  },
  {
    input: 'K.H. Ahmad Dahlan',
    canonical: 'ahmad dahlan',
    removedKinds: ['religious_title'],
    note: 'kyai haji',
  },
  { input: 'Tengku Zainuddin', canonical: 'zainuddin', removedKinds: ['noble_title'], note: 'Riau noble' },
  { input: 'H. T. Zainuddin', canonical: 'zainuddin', note: 'T. abbreviates Tengku' },
  { input: 'Wan Abdul Rahman', canonical: 'abdul rahman', note: 'Wan prefix' },
  { input: 'Raja Ali Haji', canonical: 'ali haji', note: 'Raja prefix' },
  { input: 'Said Abdullah Alhabsyi', canonical: 'abdullah alhabsyi', note: 'Said prefix' },
  { input: 'Syarifah Nur Aini', canonical: 'nur aini', note: 'Syarifah prefix' },
  { input: 'Datuk Seri Abdul Wahid', canonical: 'abdul wahid', note: 'Datuk Seri' },
  { input: 'Encik Amran', canonical: 'amran', note: 'Encik' },
  { input: 'Raja', canonical: 'raja', note: 'mononym equal to a title is kept' },
  { input: 'Soeharto', canonical: 'suharto', note: 'oe → u' },
  { input: 'Djoko Soetjipto', canonical: 'joko sucipto', note: 'dj → j, tj → c' },
  { input: 'Sjamsul Njoman', canonical: 'syamsul nyoman', note: 'sj → sy, nj → ny' },
  { input: 'Chairul Tanjung', canonical: 'khairul tanjung', note: 'ch → kh' },
  { input: 'Mochammad Rizki', canonical: 'muhammad rizki', note: 'Mochammad' },
  { input: 'Muh. Rizki', canonical: 'muhammad rizki', note: 'Muh.' },
  { input: 'M. Rizki', canonical: 'muhammad rizki', note: 'bare M.' },
  { input: 'Mhd Rizki', canonical: 'muhammad rizki', note: 'Mhd' },
  { input: 'Moh. Mahfud MD', canonical: 'muhammad mahfud md', note: 'parent initials kept' },
  { input: 'Ahmad bin Yusuf', canonical: 'ahmad', removedKinds: ['patronymic'], note: 'bin' },
  { input: 'Aisyah binti Abdullah', canonical: 'aisyah', note: 'binti' },
  { input: '✨ Siti Aminah ✨', canonical: 'siti aminah', removedKinds: ['decoration'], note: 'emoji' },
  { input: '𝓑𝓾𝓭𝓲 𝓢𝓪𝓷𝓽𝓸𝓼𝓸', canonical: 'budi santoso', note: 'styled letters' },
  {
    input: 'Pak Budi Santoso (Guru SDN 3 Bengkalis)',
    canonical: 'budi santoso',
    removedKinds: ['annotation', 'address_form'],
    note: 'address + annotation',
  },
  { input: 'Bu Siti | Dinas Pertanian', canonical: 'siti', note: 'separator annotation' },
  { input: 'Budi Santoso Official', canonical: 'budi santoso', note: 'decoration word' },
  { input: 'Sukarno', canonical: 'sukarno', note: 'mononym' },
  { input: "Ma'ruf Amin", canonical: 'maruf amin', note: 'apostrophe' },
  { input: 'José Ramos', canonical: 'jose ramos', note: 'accents' },
  { input: '', canonical: '', note: 'empty' },
];

describe('normaliseName', () => {
  for (const c of cases) {
    it(`${c.note}: ${c.input}`, () => {
      const n = normaliseName(c.input);
      expect(n.canonical).toBe(c.canonical);
      for (const k of c.removedKinds ?? []) expect(n.removed.map((r) => r.kind)).toContain(k);
    });
  }

  it('records the patronymic apart', () => {
    expect(normaliseName('Ahmad bin Yusuf').patronymic).toEqual(['yusuf']);
  });

  it('flags spelling and Muhammad changes for explanations', () => {
    expect(normaliseName('Soekarno').spellingChanged).toBe(true);
    expect(normaliseName('Moch. Yusuf').muhammadFolded).toBe(true);
    expect(normaliseName('Sukarno').mononym).toBe(true);
  });

  it('never throws on any string and returns consistent fields', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const n = normaliseName(s);
        expect(n.keys.length).toBe(n.tokens.length);
        expect(n.canonical).toBe(n.tokens.join(' '));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on its canonical output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (s) => {
        const once = normaliseName(s).canonical;
        const twice = normaliseName(once).canonical;
        expect(normaliseName(twice).canonical).toBe(twice);
      }),
      { numRuns: 300 },
    );
  });
});

describe('spellingKey', () => {
  it.each([
    ['rahmat', 'rakhmat'],
    ['yusuf', 'jusuf'],
    ['fatimah', 'fatima'],
    ['muhamad', 'muhammad'],
    ['syaiful', 'saiful'],
  ])('%s ≡ %s', (a, b) => expect(spellingKey(a)).toBe(spellingKey(b)));
});

describe('usernames', () => {
  const lexicon = new Set(['budi', 'santoso', 'siti', 'aminah', 'nur', 'hayati', 'dewi']);
  it.each([
    ['@budi_santoso88', 'budi santoso'],
    ['budisantoso', 'budi santoso'],
    ['sitiaminah_99', 'siti aminah'],
    ['pak.budi.s', 'budi s'],
    ['nurhayati', 'nur hayati'],
    ['xqzt', 'xqzt'],
  ])('%s → %s', (u, want) => expect(normaliseUsername(u, lexicon).canonical).toBe(want));

  it('refuses segmentations that leave most letters unknown', () => {
    expect(segmentRunTogether('budixqzwvk', lexicon)).toBeNull();
  });
});
