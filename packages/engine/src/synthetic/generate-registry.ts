import type { RegistryRecord } from '../linkage/types.js';
import {
  AGENCIES,
  FEMALE_FIRST,
  FEMALE_LAST,
  FEMALE_PREFIX,
  MALAY_FEMALE,
  MALAY_MALE,
  MALE_FIRST,
  MALE_LAST,
  MALE_PREFIX,
  MONONYMS,
  REGIONS,
  SUFFIXES,
} from './name-pools.js';
import { createRng, type Rng } from './rng.js';

/** What the generator knows about a person, beyond the registry row. */
export interface SyntheticPerson {
  record: RegistryRecord;
  gender: 'm' | 'f';
  /** Name parts without titles, in the spelling used in the registry. */
  core: string[];
  prefixes: string[];
  suffixes: string[];
  hasMuhammad: boolean;
  oldSpelling: boolean;
  mononym: boolean;
}

const NEW_TO_OLD: ReadonlyArray<readonly [RegExp, string]> = [
  [/u/g, 'oe'],
  [/j/g, 'dj'],
  [/c/g, 'tj'],
  [/sy/g, 'sj'],
  [/kh/g, 'ch'],
];

export function toOldSpelling(word: string): string {
  let w = word.toLowerCase();
  for (const [re, to] of NEW_TO_OLD) w = w.replace(re, to);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function coreName(
  rng: Rng,
  gender: 'm' | 'f',
): { core: string[]; hasMuhammad: boolean; mononym: boolean } {
  const first = gender === 'm' ? MALE_FIRST : FEMALE_FIRST;
  const last = gender === 'm' ? MALE_LAST : FEMALE_LAST;
  if (rng.chance(0.08)) return { core: [rng.pick(MONONYMS)], hasMuhammad: false, mononym: true };
  const core: string[] = [];
  let hasMuhammad = false;
  if (gender === 'm' && rng.chance(0.14)) {
    core.push('Muhammad');
    hasMuhammad = true;
  }
  core.push(rng.pick(first));
  if (rng.chance(0.35)) core.push(rng.pick(first));
  core.push(rng.pick(last));
  return { core: [...new Set(core)], hasMuhammad, mononym: false };
}

export function generatePerson(rng: Rng, i: number): SyntheticPerson {
  const gender = rng.chance(0.5) ? 'm' : 'f';
  const { core, hasMuhammad, mononym } = coreName(rng, gender);
  let oldSpelling = false;
  let spelled = core;
  if (!hasMuhammad && rng.chance(0.1)) {
    spelled = core.map(toOldSpelling);
    oldSpelling = spelled.join(' ') !== core.join(' ');
  }
  const prefixes: string[] = [];
  if (rng.chance(0.08)) prefixes.push(rng.pick(gender === 'm' ? MALAY_MALE : MALAY_FEMALE));
  if (rng.chance(0.25)) prefixes.unshift(rng.pick(gender === 'm' ? MALE_PREFIX : FEMALE_PREFIX));
  const suffixes: string[] = [];
  if (rng.chance(0.6)) suffixes.push(rng.pick(SUFFIXES));
  if (suffixes.length > 0 && rng.chance(0.25)) suffixes.push(rng.pick(['M.Si.', 'M.M.', 'M.Pd.', 'M.Kes.']));
  const bin = !mononym && rng.chance(0.04) ? [gender === 'm' ? 'bin' : 'binti', rng.pick(MALE_FIRST)] : [];
  const region = rng.pick(REGIONS);
  const ag = rng.pick(AGENCIES);
  const fullName =
    [...prefixes, ...spelled, ...bin].join(' ') + (suffixes.length > 0 ? `, ${suffixes.join(', ')}` : '');
  const nip = `19${String(70 + rng.int(30))}${String(1 + rng.int(12)).padStart(2, '0')}${String(1 + rng.int(28)).padStart(2, '0')}20${String(rng.int(20)).padStart(2, '0')}${String(1 + rng.int(12)).padStart(2, '0')}${gender === 'm' ? 1 : 2}${String(i % 1000).padStart(3, '0')}`;
  return {
    record: {
      nip: `${nip}-${i}`,
      fullName,
      agency: `${ag.agency} Kabupaten ${region.name}`,
      unit: `${ag.unit(1 + rng.int(40))} ${region.name}`,
      position: rng.pick(ag.positions),
      regionCode: region.code,
      regionName: region.name,
    },
    gender,
    core: spelled,
    prefixes,
    suffixes,
    hasMuhammad,
    oldSpelling,
    mononym,
  };
}

export function generateRegistry(n: number, seed = 1): SyntheticPerson[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => generatePerson(rng, i));
}
