// Loads and validates the catalogue data files. Invalid data must stop start-up with the file, the
// entry and the reason, so the loader never skips or repairs an entry.
import { describeZodError } from '../shared.js';
import { RulesDataError } from '../errors.js';
import { skb2022Catalogue } from '../data/catalogue-skb-2022.js';
import { pp94Catalogue } from '../data/catalogue-pp-94-2021.js';
import { uu10Catalogue } from '../data/catalogue-uu-10-2016.js';
import { catalogueEntrySchema, catalogueFileSchema } from './schema.js';
import type { Catalogue, CatalogueEntry } from './schema.js';

export interface CatalogueSource {
  /** Where the data lives, for error messages (path relative to packages/rules/src). */
  readonly file: string;
  readonly data: unknown;
}

export const DEFAULT_CATALOGUE_SOURCES: readonly CatalogueSource[] = [
  { file: 'data/catalogue-skb-2022.ts', data: skb2022Catalogue },
  { file: 'data/catalogue-pp-94-2021.ts', data: pp94Catalogue },
  { file: 'data/catalogue-uu-10-2016.ts', data: uu10Catalogue },
];

function entryIdOf(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) {
    const id = raw.id;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

/** Validate every source and build the catalogue. Throws RulesDataError on the first problem. */
export function loadCatalogue(sources: readonly CatalogueSource[] = DEFAULT_CATALOGUE_SOURCES): Catalogue {
  const entries: CatalogueEntry[] = [];
  const byId = new Map<string, CatalogueEntry>();
  const instruments: { file: string; instrument: string; title: { id: string; en: string } }[] = [];

  for (const source of sources) {
    const file = catalogueFileSchema.safeParse(source.data);
    if (!file.success) throw new RulesDataError(source.file, undefined, describeZodError(file.error));
    instruments.push({ file: source.file, instrument: file.data.instrument, title: file.data.title });

    file.data.entries.forEach((raw, index) => {
      const label = entryIdOf(raw) ?? `#${index}`;
      const parsed = catalogueEntrySchema.safeParse(raw);
      if (!parsed.success) throw new RulesDataError(source.file, label, describeZodError(parsed.error));
      const entry = parsed.data;
      if (byId.has(entry.id)) throw new RulesDataError(source.file, entry.id, 'duplicate entry id');
      const instrumentCited = entry.legalBasis.some((b) => b.instrument === file.data.instrument);
      if (!instrumentCited) {
        throw new RulesDataError(
          source.file,
          entry.id,
          `legal basis does not cite the file's instrument ${file.data.instrument}`,
        );
      }
      byId.set(entry.id, entry);
      entries.push(entry);
    });
  }
  return { entries, byId, instruments };
}

export function findEntry(catalogue: Catalogue, id: string): CatalogueEntry | undefined {
  return catalogue.byId.get(id);
}
