// Loading, looking up and overriding election profiles, plus the effective-dated recipient of
// ASN cases and document numbering.
import { RulesDataError, RulesError } from '../errors.js';
import { describeZodError } from '../shared.js';
import type { IsoDate } from '../shared.js';
import { pilkadaProfile } from '../data/profile-pilkada.js';
import { pemiluProfile } from '../data/profile-pemilu.js';
import { profileSchema } from './schema.js';
import type { ElectionProfile, NumberingPlaceholder, Recipient } from './schema.js';

export const DEFAULT_PROFILE_SOURCES = [
  { file: 'data/profile-pilkada.ts', data: pilkadaProfile as unknown },
  { file: 'data/profile-pemilu.ts', data: pemiluProfile as unknown },
] as const;

export function loadProfiles(
  sources: readonly { file: string; data: unknown }[] = DEFAULT_PROFILE_SOURCES,
): ReadonlyMap<string, ElectionProfile> {
  const profiles = new Map<string, ElectionProfile>();
  for (const source of sources) {
    const parsed = profileSchema.safeParse(source.data);
    const id = (source.data as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' ? id : undefined;
    if (!parsed.success) throw new RulesDataError(source.file, label, describeZodError(parsed.error));
    if (profiles.has(parsed.data.id))
      throw new RulesDataError(source.file, parsed.data.id, 'duplicate profile id');
    profiles.set(parsed.data.id, parsed.data);
  }
  return profiles;
}

let cached: ReadonlyMap<string, ElectionProfile> | undefined;

/** The built-in profile with this id; throws `profile.unknown` otherwise. */
export function getProfile(id: string): ElectionProfile {
  cached ??= loadProfiles();
  const profile = cached.get(id);
  if (!profile) {
    throw new RulesError(
      'profile.unknown',
      { id: `Profil pemilihan tidak dikenal: ${id}`, en: `Unknown election profile: ${id}` },
      { id },
    );
  }
  return profile;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, patch: unknown): unknown {
  // Arrays and scalars replace; objects merge key by key, so an override can change one number.
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch))
    out[key] = value === undefined ? base[key] : deepMerge(base[key], value);
  return out;
}

/**
 * Apply an installation's overrides (a partial profile, e.g. `{deadlines: {ppkFollowUp: {length: 14}}}`)
 * and validate the result. Overrides cannot change the profile id or kind.
 */
export function applyProfileOverrides(profile: ElectionProfile, overrides: unknown): ElectionProfile {
  if (!isPlainObject(overrides)) {
    throw new RulesError('profile.invalid_override', {
      id: 'Pengaturan profil harus berupa objek',
      en: 'Profile overrides must be an object',
    });
  }
  if (
    ('id' in overrides && overrides.id !== profile.id) ||
    ('kind' in overrides && overrides.kind !== profile.kind)
  ) {
    throw new RulesError('profile.invalid_override', {
      id: 'Pengaturan tidak boleh mengubah id atau jenis profil',
      en: 'Overrides cannot change the profile id or kind',
    });
  }
  const parsed = profileSchema.safeParse(deepMerge(profile, overrides));
  if (!parsed.success) {
    const reason = describeZodError(parsed.error);
    throw new RulesError(
      'profile.invalid_override',
      {
        id: `Pengaturan profil ${profile.id} tidak sah: ${reason}`,
        en: `Invalid overrides for profile ${profile.id}: ${reason}`,
      },
      { reason },
    );
  }
  return parsed.data;
}

/** Which institution receives ASN-neutrality cases on a (local) date. */
export function asnRecipientOn(profile: ElectionProfile, date: IsoDate): Recipient | undefined {
  return profile.asnRecipients.find((r) => {
    // A body with neither date has not started: it only matches once an override gives `from`.
    if (r.from === null && r.until === null) return false;
    return (r.from === null || r.from <= date) && (r.until === null || date <= r.until);
  });
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function monthToRoman(month: number): string {
  const roman = ROMAN[month - 1];
  if (!roman)
    throw new RulesError('clock.invalid_date', {
      id: `Bulan tidak sah: ${month}`,
      en: `Invalid month: ${month}`,
    });
  return roman;
}

/** Fill a numbering pattern. `monthRoman` is derived from `month` when not given. */
export function formatDocumentNumber(
  pattern: string,
  values: Partial<Record<NumberingPlaceholder, string | number>> & { seq: number | string },
  options: { seqWidth?: number } = {},
): string {
  const filled: Partial<Record<string, string>> = {};
  for (const [key, value] of Object.entries(values)) filled[key] = String(value);
  if (typeof values.seq === 'number') filled.seq = String(values.seq).padStart(options.seqWidth ?? 2, '0');
  if (filled.monthRoman === undefined && values.month !== undefined)
    filled.monthRoman = monthToRoman(Number(values.month));
  return pattern.replace(/\{([^}]*)\}/g, (_match, key: string) => {
    const value = filled[key];
    if (value === undefined) {
      throw new RulesError('case.invalid_input', {
        id: `Nilai untuk {${key}} dalam pola nomor belum diisi`,
        en: `No value for {${key}} in the numbering pattern`,
      });
    }
    return value;
  });
}
