import { describe, expect, it } from 'vitest';
import { NAME, nameLevel } from './compare.js';
import { buildRegistryIndex } from './registry-index.js';
import { normaliseName } from '../normalise/normalise-name.js';

const record = (fullName: string) =>
  buildRegistryIndex([
    { nip: '199001012015011001', fullName, agency: 'Dinas Kesehatan', regionCode: '14.03' },
  ]).records[0]!;
const level = (shown: string, registered: string): number =>
  nameLevel(normaliseName(shown).keys, record(registered));

describe('nameLevel', () => {
  it('uses each registry word once: a second display word cannot fuzzily match a word already matched', () => {
    // "noviana" is close to "novitasari", but "novitasari" already answers for itself.
    expect(level('Noviana Novitasari', 'Michelle Novitasari')).toBe(NAME.PARTIAL);
  });

  it('still finds typos, split or joined words and full matches', () => {
    expect(level('Noviana Novitasri', 'Noviana Novitasari')).toBe(NAME.FUZZY);
    expect(level('Nur Aini', 'Nuraini, S.Pd.')).toBe(NAME.FUZZY);
    expect(level('Drs. Noviana Novitasari', 'Noviana Novitasari, M.Si.')).toBe(NAME.EXACT);
    expect(level('Novitasari Noviana', 'Noviana Novitasari')).toBe(NAME.REORDERED);
  });
});
