import { describe, expect, it } from 'vitest';
import { RulesDataError } from '../errors.js';
import { skb2022Catalogue } from '../data/catalogue-skb-2022.js';
import { DEFAULT_CATALOGUE_SOURCES, findEntry, loadCatalogue } from './load.js';

describe('loadCatalogue', () => {
  const catalogue = loadCatalogue();

  it('loads every instrument with the expected number of entries', () => {
    const ids = catalogue.entries.map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('skb2022.ethics.'))).toHaveLength(7);
    expect(ids.filter((id) => id.startsWith('skb2022.discipline.'))).toHaveLength(12);
    expect(ids.filter((id) => id.startsWith('pp94-2021.5n.'))).toHaveLength(7);
    for (const id of [
      'uu10-2016.70',
      'uu10-2016.71.1',
      'uu10-2016.73.4',
      'uu10-2016.campaign.hate-speech',
      'uu10-2016.campaign.hoax',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the SKB social-media entry (like/comment/share) with a moral sanction', () => {
    const entry = findEntry(catalogue, 'skb2022.ethics.4');
    expect(entry?.title.short.id).toMatch(/like/i);
    expect(entry?.keywords).toEqual(expect.arrayContaining(['like', 'share', 'komentar']));
    expect(entry?.sanctions[0]).toMatchObject({ kind: 'moral', instrument: 'PP 42/2004' });
  });

  it('marks the conflicting penalty levels (B3, B8) as disputed with readings and sources', () => {
    for (const id of ['skb2022.discipline.3', 'skb2022.discipline.8']) {
      const status = findEntry(catalogue, id)?.status;
      expect(status?.kind).toBe('disputed');
      if (status?.kind === 'disputed') expect(status.readings.every((r) => r.sources.length > 0)).toBe(true);
    }
  });

  it('marks PP 94 angka 1 unverified with no level, and criminal ranges for 188/189/187A', () => {
    const item1 = findEntry(catalogue, 'pp94-2021.5n.1');
    expect(item1?.status.kind).toBe('unverified');
    expect(item1?.sanctions[0]).toMatchObject({ kind: 'discipline', level: null });
    expect(findEntry(catalogue, 'uu10-2016.71.1')?.sanctions[0]).toMatchObject({
      article: 'Pasal 188',
      prisonMonths: { min: 1, max: 6 },
    });
    expect(findEntry(catalogue, 'uu10-2016.70')?.sanctions[0]).toMatchObject({ article: 'Pasal 189' });
    expect(findEntry(catalogue, 'uu10-2016.73.4')?.sanctions[0]).toMatchObject({
      article: 'Pasal 187A',
      fineRupiah: { min: 200_000_000 },
    });
  });

  it('lists concrete penalties for every known discipline level', () => {
    for (const entry of catalogue.entries) {
      for (const sanction of entry.sanctions) {
        if (sanction.kind === 'discipline' && sanction.level !== null)
          expect(sanction.penalties.length).toBe(3);
      }
    }
  });

  it('names the file, the entry and the reason when an entry is invalid', () => {
    const broken = {
      ...skb2022Catalogue,
      entries: skb2022Catalogue.entries.map((e) =>
        e.id === 'skb2022.ethics.2' ? { ...e, sources: ['not a url'] } : e,
      ),
    };
    const load = () => loadCatalogue([{ file: 'data/broken.ts', data: broken }]);
    expect(load).toThrow(RulesDataError);
    try {
      load();
    } catch (error) {
      const e = error as RulesDataError;
      expect(e.file).toBe('data/broken.ts');
      expect(e.entryId).toBe('skb2022.ethics.2');
      expect(e.reason).toMatch(/sources\.0/);
      expect(e.code).toBe('data.invalid');
    }
  });

  it('rejects duplicate ids across files and a file without entries', () => {
    const first = DEFAULT_CATALOGUE_SOURCES[0];
    if (!first) throw new Error('no sources');
    expect(() => loadCatalogue([first, { ...first, file: 'data/copy.ts' }])).toThrow(/duplicate entry id/);
    expect(() =>
      loadCatalogue([
        { file: 'data/empty.ts', data: { instrument: 'X', title: { id: 'x', en: 'x' }, entries: [] } },
      ]),
    ).toThrow(/data\/empty\.ts/);
  });

  it('rejects unknown fields and bad ids', () => {
    const bad = {
      ...skb2022Catalogue,
      entries: [{ ...skb2022Catalogue.entries[0], id: 'Bad Id', extra: 1 }],
    };
    expect(() => loadCatalogue([{ file: 'data/bad.ts', data: bad }])).toThrow(/Bad Id/);
  });
});
