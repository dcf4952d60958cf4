// Turns Indonesian free text into matching features: concepts from the synonym list (phrases
// first, then words, then stems, then one-typo repairs) and stems for everything else.
import { ABBREVIATIONS, ROOTS, STOP_WORDS, SYNONYMS } from '../data/conduct-vocabulary.js';
import { editDistance } from './edit-distance.js';
import { stem } from './stemmer.js';

export interface Feature {
  /** 'c:like' for a concept, 's:panggung' for a stem. */
  readonly key: string;
  /** The words of the text that produced it, for explanations. */
  readonly source: string;
  /** Set when the word was repaired from a typo. */
  readonly correctedFrom?: string;
}

interface Phrase {
  readonly words: readonly string[];
  readonly concept: string;
}

const phraseIndex = new Map<string, Phrase[]>(); // first word → phrases (longest first)
const wordConcepts = new Map<string, string>(); // single surface word or its stem → concept

function register(words: readonly string[], concept: string, stems: boolean): void {
  if (words.length === 1) {
    const w = words[0] ?? '';
    if (!wordConcepts.has(w)) wordConcepts.set(w, concept);
    return;
  }
  const key = words[0] ?? '';
  const list = phraseIndex.get(key) ?? [];
  list.push({ words, concept });
  list.sort((a, b) => b.words.length - a.words.length);
  phraseIndex.set(key, list);
  if (!stems) register(words.map(stem), concept, true);
}

for (const [concept, forms] of Object.entries(SYNONYMS)) {
  for (const form of forms) {
    const words = tokenize(form);
    register(words, concept, false);
  }
}
// Stems of single synonym words map to the same concept, unless the stem is already taken.
for (const [word, concept] of [...wordConcepts]) {
  const s = stem(word);
  if (!wordConcepts.has(s)) wordConcepts.set(s, concept);
}

/** Vocabulary that typos are repaired towards: synonym words and roots, at least 5 letters. */
const typoTargets: readonly string[] = [...new Set([...wordConcepts.keys(), ...ROOTS])].filter(
  (w) => w.length >= 5,
);

/** Lowercase, strip punctuation, expand chat abbreviations and collapse reduplication. */
export function tokenize(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(nge|ng|me|di)-(?=[a-z])/g, '$1') // nge-like → ngelike, me-retweet → meretweet
    .replace(/\b([a-z]{3,})2\b/g, '$1 $1') // bagi2 → bagi bagi
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/-/g, ' ');
  const tokens: string[] = [];
  for (const raw of cleaned.split(/\s+/)) {
    if (raw.length === 0) continue;
    const word = ABBREVIATIONS[raw] ?? raw;
    for (const part of word.split(' ')) {
      if (tokens[tokens.length - 1] === part) continue; // bagi bagi → bagi
      tokens.push(part);
    }
  }
  return tokens;
}

function matchPhrase(words: readonly string[], at: number): Phrase | undefined {
  const candidates = phraseIndex.get(words[at] ?? '') ?? [];
  return candidates.find((p) => p.words.every((w, i) => words[at + i] === w));
}

function repairTypo(word: string): string | undefined {
  if (word.length < 5) return undefined;
  // Only targets with the same first letter: typos rarely hit the first key, and this keeps real
  // words from being "repaired" into domain words (cerah → kerah).
  for (const target of typoTargets) {
    if (target[0] === word[0] && editDistance(word, target, 1) <= 1) return target;
  }
  return undefined;
}

export function analyse(text: string): Feature[] {
  const raw = tokenize(text);
  const stems = raw.map(stem);
  const features: Feature[] = [];
  let i = 0;
  while (i < raw.length) {
    const phrase = matchPhrase(raw, i) ?? matchPhrase(stems, i);
    if (phrase) {
      features.push({ key: `c:${phrase.concept}`, source: raw.slice(i, i + phrase.words.length).join(' ') });
      i += phrase.words.length;
      continue;
    }
    const word = raw[i] ?? '';
    const s = stems[i] ?? word;
    i += 1;
    const concept = wordConcepts.get(word) ?? wordConcepts.get(s);
    if (concept) {
      features.push({ key: `c:${concept}`, source: word });
      continue;
    }
    if (STOP_WORDS.has(word) || STOP_WORDS.has(s) || word.length < 2 || /^\d+$/.test(word)) continue;
    const repaired = wordConcepts.has(s) || ROOTS.includes(s) ? undefined : repairTypo(word);
    if (repaired) {
      const repairedConcept = wordConcepts.get(repaired) ?? wordConcepts.get(stem(repaired));
      features.push({
        key: repairedConcept ? `c:${repairedConcept}` : `s:${stem(repaired)}`,
        source: repaired,
        correctedFrom: word,
      });
      continue;
    }
    features.push({ key: `s:${s}`, source: word });
  }
  return features;
}
