// A small Indonesian stemmer for matching everyday descriptions of conduct. It strips particles,
// possessives, derivational suffixes (-kan, -an, -i, colloquial -in) and prefixes (me-, ber-, di-,
// ter-, pe-, per-, ke-, se-, colloquial nge-/ng-/ny-), trying every reading and preferring one that
// lands on a known root: "memilih" → pilih, "mengikuti" → ikut, "nyebar" → sebar.
import { ROOTS } from '../data/conduct-vocabulary.js';

const ROOT_SET: ReadonlySet<string> = new Set(ROOTS);
const MIN_STEM = 3;

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'in', 'i'];

/** Prefix → replacements for the removed part ('' = just drop it). Order matters: longest first. */
const PREFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['menge', ['']],
  ['meny', ['s']],
  ['meng', ['', 'k']],
  ['mem', ['p', '']],
  ['men', ['t', '']],
  ['me', ['']],
  ['penge', ['']],
  ['peny', ['s']],
  ['peng', ['', 'k']],
  ['pem', ['p', '']],
  ['pen', ['t', '']],
  ['per', ['']],
  ['pe', ['']],
  ['ber', ['']],
  ['be', ['']],
  ['ter', ['']],
  ['di', ['']],
  ['ke', ['']],
  ['se', ['']],
  ['nge', ['']],
  ['ng', ['k', '']],
  ['ny', ['s']],
];

function stripEnding(word: string, endings: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of endings)
    if (word.endsWith(e) && word.length - e.length >= MIN_STEM) out.push(word.slice(0, -e.length));
  return out;
}

/** Every reading of the word after removing up to two prefixes. */
function prefixReadings(word: string, depth = 0): string[] {
  const out: string[] = [word];
  if (depth >= 2) return out;
  for (const [prefix, replacements] of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const r of replacements) {
      // Recoding letters (meny+a → sa) applies only before a vowel; plain removal before anything.
      if (r !== '' && !/^[aiueo]/.test(rest)) continue;
      const candidate = r + rest;
      if (candidate.length >= MIN_STEM) out.push(...prefixReadings(candidate, depth + 1));
    }
  }
  return out;
}

const cache = new Map<string, string>();

export function stem(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = computeStem(word);
  if (cache.size < 50_000) cache.set(word, result);
  return result;
}

function computeStem(word: string): string {
  if (word.length <= MIN_STEM || ROOT_SET.has(word) || /\d/.test(word)) return word;
  const noParticle = [word, ...stripEnding(word, PARTICLES)];
  const noPossessive = noParticle.flatMap((w) => [w, ...stripEnding(w, POSSESSIVES)]);
  const noSuffix = noPossessive.flatMap((w) => [w, ...stripEnding(w, SUFFIXES)]);

  // 1. A reading that is a known root wins; shorter removals first (fewer assumptions).
  for (const base of noSuffix) {
    for (const reading of prefixReadings(base)) if (ROOT_SET.has(reading)) return reading;
  }
  // 2. Otherwise apply the conventional rules: one prefix (default recoding) and one suffix,
  //    but only strip -i / -an / -in when a prefix was also found, or the rest is long enough,
  //    because many roots end in these letters (bupati, jalan).
  const prefixed = prefixReadings(word).find((r) => r !== word);
  if (prefixed) {
    const suffixed = stripEnding(prefixed, SUFFIXES)[0];
    return suffixed ?? prefixed;
  }
  const kan = stripEnding(word, ['kan'])[0];
  if (kan) return kan;
  const an = word.length >= 7 ? stripEnding(word, ['an'])[0] : undefined;
  return an ?? stripEnding(noPossessive[noPossessive.length - 1] ?? word, POSSESSIVES)[0] ?? word;
}
