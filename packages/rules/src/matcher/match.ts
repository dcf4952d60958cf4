// Ranks catalogue entries for a free-text description of conduct. Scoring is a weighted overlap
// of features (concepts and stems) with inverse-document-frequency weights, so words shared by
// many entries ("ASN", "calon") count little and distinctive ones ("like", "mobil dinas") a lot.
// Below a minimum score the honest answer is "no matching rule", with suggestions.
import type { Bilingual } from '../shared.js';
import type { Catalogue, CatalogueEntry } from '../catalogue/schema.js';
import { LOW_INFORMATION } from '../data/conduct-vocabulary.js';
import { analyse } from './analyse.js';
import type { Feature } from './analyse.js';

/** Weight of a feature by where it appears in the entry. */
const FIELD_WEIGHTS = { keywords: 1, title: 0.6, description: 0.3, examples: 0.3 } as const;
/** Calibrated on the labelled set's negatives: lower lets nonsense through, higher loses terse reports. */
export const MIN_SCORE = 2.2;
const REPAIRED_WEIGHT = 0.6;

interface EntryIndex {
  readonly entry: CatalogueEntry;
  readonly weights: ReadonlyMap<string, number>;
}

export interface ConductIndex {
  readonly entries: readonly EntryIndex[];
  readonly idf: ReadonlyMap<string, number>;
}

function addFeatures(target: Map<string, number>, text: string, weight: number): void {
  for (const f of analyse(text)) target.set(f.key, Math.max(target.get(f.key) ?? 0, weight));
}

const indexCache = new WeakMap<Catalogue, ConductIndex>();

export function buildConductIndex(catalogue: Catalogue): ConductIndex {
  const cached = indexCache.get(catalogue);
  if (cached) return cached;
  const entries = catalogue.entries.map((entry) => {
    const weights = new Map<string, number>();
    for (const k of entry.keywords) addFeatures(weights, k, FIELD_WEIGHTS.keywords);
    addFeatures(weights, `${entry.title.short.id} ${entry.title.long.id}`, FIELD_WEIGHTS.title);
    addFeatures(weights, entry.description.id, FIELD_WEIGHTS.description);
    for (const e of entry.examples) addFeatures(weights, e.id, FIELD_WEIGHTS.examples);
    return { entry, weights };
  });
  const df = new Map<string, number>();
  for (const e of entries) for (const key of e.weights.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [key, n] of df) idf.set(key, Math.log(1 + entries.length / n));
  const index = { entries, idf };
  indexCache.set(catalogue, index);
  return index;
}

export interface ConductMatch {
  readonly entry: CatalogueEntry;
  readonly score: number;
  readonly matchedTerms: readonly { term: string; feature: string; correctedFrom?: string }[];
  readonly reason: Bilingual;
}

export interface ConductMatchResult {
  readonly query: string;
  readonly matches: readonly ConductMatch[];
  /** Filled when nothing matched: how to rephrase, and topics the catalogue covers. */
  readonly suggestions: readonly Bilingual[];
}

const SUGGESTIONS: readonly Bilingual[] = [
  {
    id: 'Ceritakan siapa pelakunya (ASN, PNS, camat, kepala desa), apa yang dilakukan, dan di mana (media sosial, kampanye, kantor).',
    en: 'Say who did it (civil servant, sub-district head, village head), what they did and where (social media, a rally, the office).',
  },
  {
    id: 'Contoh: "PNS memberi like pada postingan calon bupati di Facebook"',
    en: 'Example: "a civil servant liked a regent candidate\'s Facebook post"',
  },
  {
    id: 'Contoh: "camat hadir di deklarasi pasangan calon"',
    en: 'Example: "a sub-district head attended a candidate pair\'s declaration"',
  },
  {
    id: 'Contoh: "tim sukses membagikan amplop berisi uang"',
    en: 'Example: "the success team handed out envelopes of cash"',
  },
  {
    id: 'Contoh: "kepala dinas datang ke kampanye memakai mobil dinas"',
    en: 'Example: "an agency head came to a rally in an official car"',
  },
];

function describeTerm(f: Feature): string {
  return f.correctedFrom ? `"${f.source}" (dari/from "${f.correctedFrom}")` : `"${f.source}"`;
}

export function matchConduct(
  text: string,
  catalogue: Catalogue,
  options: { limit?: number; minScore?: number } = {},
): ConductMatchResult {
  const limit = options.limit ?? 5;
  const minScore = options.minScore ?? MIN_SCORE;
  const index = buildConductIndex(catalogue);
  const features = analyse(text.slice(0, 2000)); // bound the work on pasted essays
  const unique = new Map<string, Feature>();
  for (const f of features) if (!unique.has(f.key)) unique.set(f.key, f);

  const scored: ConductMatch[] = [];
  for (const { entry, weights } of index.entries) {
    let score = 0;
    let informative = false;
    const matched: Feature[] = [];
    for (const [key, f] of unique) {
      const w = weights.get(key);
      if (w === undefined) continue;
      // A word repaired from a typo is weaker evidence than one written correctly.
      score += (index.idf.get(key) ?? 0) * w * (f.correctedFrom ? REPAIRED_WEIGHT : 1);
      matched.push(f);
      if (!LOW_INFORMATION.has(key.slice(2))) informative = true;
    }
    if (!informative || score < minScore) continue;
    const terms = matched.map(describeTerm).join(', ');
    scored.push({
      entry,
      score: Math.round(score * 100) / 100,
      matchedTerms: matched.map((f) => ({
        term: f.source,
        feature: f.key,
        ...(f.correctedFrom ? { correctedFrom: f.correctedFrom } : {}),
      })),
      reason: {
        id: `Cocok dengan "${entry.title.short.id}" karena kata: ${terms}.`,
        en: `Matches "${entry.title.short.en}" on the words: ${terms}.`,
      },
    });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
  const matches = scored.slice(0, limit);
  return { query: text, matches, suggestions: matches.length === 0 ? SUGGESTIONS : [] };
}
