import { describe, expect, it } from 'vitest';
import { formatLegalBasis, instrumentOf } from './legal-basis';

describe('formatLegalBasis', () => {
  it('writes SKB annex items the Indonesian way', () => {
    expect(formatLegalBasis({ instrument: 'SKB 2022', article: 'Lampiran, Tabel B', item: '6' })).toBe(
      'SKB 2022 Lampiran Tabel B angka 6',
    );
  });
  it('orders article, ayat, huruf and angka', () => {
    expect(formatLegalBasis({ instrument: 'PP 94/2021', article: 'Pasal 5', letter: 'n', item: '4' })).toBe(
      'PP 94/2021 Pasal 5 huruf n angka 4',
    );
    expect(formatLegalBasis({ instrument: 'UU 10/2016', article: 'Pasal 71', verse: '1' })).toBe(
      'UU 10/2016 Pasal 71 ayat 1',
    );
  });
  it('cites the bare instrument when no article is known', () => {
    expect(formatLegalBasis({ instrument: 'PP 94/2021' })).toBe('PP 94/2021');
  });
  it('takes the instrument of the first basis', () => {
    expect(instrumentOf({ legalBasis: [{ instrument: 'UU 10/2016' }, { instrument: 'PP 42/2004' }] })).toBe(
      'UU 10/2016',
    );
  });
});
