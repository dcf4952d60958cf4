import type { Account } from '../linkage/types.js';
import { BIO_PERSONAL, MUHAMMAD_SHORT, NICKNAMES, REGIONS } from './name-pools.js';
import { coreName, generatePerson, toOldSpelling, type SyntheticPerson } from './generate-registry.js';
import { createRng, type Rng } from './rng.js';

export const VARIATIONS = [
  'exact',
  'title',
  'spelling',
  'muhammad',
  'given_only',
  'nickname',
  'reorder',
  'typo',
  'decoration',
  'mononym',
] as const;
export type Variation = (typeof VARIATIONS)[number];

export interface AccountTruth {
  accountId: string;
  /** NIP of the registry record the account belongs to, or null for a non-ASN account. */
  nip: string | null;
  variation: Variation | 'negative';
}

const EMOJI = ['✨', '🌸', '🇮🇩', '💙', '🙏', '⭐', '🔥', '❤️'];

function typo(rng: Rng, w: string): string {
  if (w.length < 4) return w;
  const i = 1 + rng.int(w.length - 2);
  const op = rng.int(3);
  if (op === 0) return w.slice(0, i) + w.slice(i + 1);
  if (op === 1) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  return w.slice(0, i) + rng.pick(['a', 'i', 'u', 'e', 'o', 'n', 'r']) + w.slice(i + 1);
}

function username(rng: Rng, tokens: readonly string[]): string {
  if (rng.chance(0.3))
    return `${rng.pick(['user', 'akun', 'gadis', 'cowok', 'anak'])}${rng.pick(['riau', 'melayu', 'ceria', 'kece'])}${rng.int(999)}`;
  const t = tokens.map((x) => x.toLowerCase().replace(/[^a-z]/g, '')).filter(Boolean);
  const sep = rng.pick(['', '_', '.']);
  return `${t.slice(0, 2).join(sep)}${rng.chance(0.5) ? rng.int(99) : ''}`;
}

function displayFor(rng: Rng, p: SyntheticPerson, v: Variation): string[] {
  const core = p.core;
  switch (v) {
    case 'exact':
      return core;
    case 'title':
      return rng.chance(0.5)
        ? [...p.prefixes, ...core, ...(p.suffixes.length ? [`${p.suffixes.join(' ')}`] : ['S.Pd.'])]
        : [rng.pick(['Drs.', 'H.', 'Dr.', 'Ir.']), ...core];
    case 'spelling':
      return p.oldSpelling
        ? core.map((w) => w.replace(/oe/gi, 'u').replace(/dj/gi, 'j').replace(/tj/gi, 'c'))
        : core.map(toOldSpelling);
    case 'muhammad':
      return core.map((w) => (w === 'Muhammad' ? rng.pick(MUHAMMAD_SHORT) : w));
    case 'given_only':
      return [core.find((w) => w !== 'Muhammad') ?? core[0] ?? ''];
    case 'nickname': {
      const first = core.find((w) => NICKNAMES[w]) ?? core[0] ?? '';
      return [NICKNAMES[first] ?? first.slice(0, Math.max(3, first.length - 2)), ...core.slice(-1)];
    }
    case 'reorder':
      return core.length > 1 ? [...core.slice(1), core[0] ?? ''] : [...core, ...core];
    case 'typo': {
      const out = [...core];
      const i = rng.int(out.length);
      out[i] = typo(rng, out[i] ?? '');
      if (rng.chance(0.3) && out.length > 1)
        out[(i + 1) % out.length] = typo(rng, out[(i + 1) % out.length] ?? '');
      return out;
    }
    case 'decoration': {
      const e = rng.pick(EMOJI);
      return rng.chance(0.5)
        ? [e, rng.pick(['Pak', 'Bu', 'Bunda', 'Mas']), ...core, e]
        : [...core, `(${p.record.position ?? 'ASN'})`, e];
    }
    case 'mononym':
      return core.length === 1 ? core : [core[core.length - 1] ?? ''];
  }
}

function pickPerson(rng: Rng, people: readonly SyntheticPerson[], v: Variation, used: Set<number>): number {
  for (let tries = 0; tries < 200; tries++) {
    const i = rng.int(people.length);
    const p = people[i];
    if (!p || used.has(i)) continue;
    if (v === 'muhammad' && !p.hasMuhammad) continue;
    if (v === 'mononym' && !p.mononym) continue;
    if (v !== 'mononym' && v !== 'given_only' && p.mononym) continue;
    used.add(i);
    return i;
  }
  return -1;
}

function bioFor(rng: Rng, p: SyntheticPerson): string {
  const r = rng.next();
  const reg = p.record.regionName ?? '';
  if (r < 0.45)
    return rng.pick([
      `${p.record.position ?? 'ASN'} di ${p.record.unit ?? ''}`,
      `ASN ${p.record.agency ?? ''}`,
      `Abdi negara | ${p.record.unit ?? ''}`,
    ]);
  if (r < 0.65) return rng.pick([`PNS ${reg}`, `Guru | ${reg}`, 'Abdi negara', 'ASN']);
  return rng.pick(BIO_PERSONAL);
}

/**
 * Accounts for a registry: `share` of them belong to registry people (each with a recorded
 * variation), the rest are non-ASN people drawn from the same name distribution and often
 * sharing a given name with a registry person (hard negatives).
 */
export function generateAccounts(
  people: readonly SyntheticPerson[],
  n: number,
  seed = 2,
  share = 0.5,
): { accounts: Account[]; truth: AccountTruth[] } {
  const rng = createRng(seed);
  const accounts: Account[] = [];
  const truth: AccountTruth[] = [];
  const used = new Set<number>();
  const nTrue = Math.round(n * share);
  for (let k = 0; k < n; k++) {
    const id = `acc-${k}`;
    if (k < nTrue) {
      let v = VARIATIONS[k % VARIATIONS.length] ?? 'exact';
      let i = pickPerson(rng, people, v, used);
      if (i < 0) {
        v = 'exact';
        i = pickPerson(rng, people, v, used);
      }
      const p = people[i];
      if (!p) continue;
      const shown = displayFor(rng, p, v);
      accounts.push({
        id,
        displayName: shown.join(' '),
        username: username(rng, p.core),
        bio: bioFor(rng, p),
        location: rng.chance(0.6)
          ? `${p.record.regionName ?? ''}, Riau`
          : rng.chance(0.3)
            ? rng.pick(REGIONS).name
            : '',
      });
      truth.push({ accountId: id, nip: p.record.nip, variation: v });
    } else {
      const template = people[rng.int(people.length)];
      const stranger = generatePerson(rng, 1_000_000 + k);
      let core = stranger.core;
      // Hard negative: same given name as a registry person, different rest.
      if (template && !template.mononym && rng.chance(0.7)) {
        const c = coreName(rng, template.gender);
        core = [template.core[0] ?? '', ...c.core.slice(1)].filter((x, j, a) => a.indexOf(x) === j);
        if (core.length === 1) core.push(c.core[c.core.length - 1] ?? 'Saputra');
      }
      const v = rng.next();
      const shown = v < 0.25 ? [core[0] ?? ''] : v < 0.35 ? [rng.pick(EMOJI), ...core] : core;
      const r = rng.next();
      accounts.push({
        id,
        displayName: shown.join(' '),
        username: username(rng, core),
        bio:
          r < 0.1
            ? rng.pick(['Guru les privat', 'Karyawan swasta', 'Honorer sekolah swasta'])
            : r < 0.2
              ? `Warga ${rng.pick(REGIONS).name}`
              : rng.pick(BIO_PERSONAL),
        location: rng.chance(0.6) ? `${rng.pick(REGIONS).name}, Riau` : '',
      });
      truth.push({ accountId: id, nip: null, variation: 'negative' });
    }
  }
  return { accounts, truth };
}
