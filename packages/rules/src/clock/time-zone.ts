// Indonesian time zones and local-date arithmetic. Indonesia has no daylight saving, but offsets
// are still read from Intl (not hard-coded) so that the runtime's tz database stays the authority.
// Local calendar dates are plain 'YYYY-MM-DD' strings, computed in UTC to avoid host-zone effects.
import { RulesError } from '../errors.js';
import type { IsoDate } from '../shared.js';

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type IndonesianTimeZone = (typeof TIME_ZONES)[number];

export const TIME_ZONE_ABBREVIATION: Record<IndonesianTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function assertTimeZone(timeZone: string): asserts timeZone is IndonesianTimeZone {
  if (!(TIME_ZONES as readonly string[]).includes(timeZone)) {
    throw new RulesError(
      'clock.unknown_time_zone',
      {
        id: `Zona waktu tidak dikenal: ${timeZone}. Gunakan Asia/Jakarta (WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT).`,
        en: `Unknown time zone: ${timeZone}. Use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).`,
      },
      { timeZone },
    );
  }
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offset from UTC in minutes at the given instant, read from Intl. */
export function offsetMinutes(timeZone: IndonesianTimeZone, at: Date): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export function parseInstant(value: Date | string, field = 'start'): Date {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  // A bare date string would be read as UTC midnight, which is 07:00 WIB: refuse the ambiguity.
  if (Number.isNaN(date.getTime()) || (typeof value === 'string' && !/T\d{2}:\d{2}/.test(value))) {
    throw new RulesError(
      'clock.invalid_instant',
      {
        id: `${field} bukan waktu ISO yang sah (contoh: 2024-11-05T09:00:00+07:00): ${String(value)}`,
        en: `${field} is not a valid ISO instant (e.g. 2024-11-05T09:00:00+07:00): ${String(value)}`,
      },
      { field, value: String(value) },
    );
  }
  return date;
}

export function assertIsoDate(value: string, field = 'date'): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok = match !== null && toDayNumber(value) !== undefined;
  if (!ok) {
    throw new RulesError(
      'clock.invalid_date',
      {
        id: `${field} bukan tanggal YYYY-MM-DD yang sah: ${value}`,
        en: `${field} is not a valid YYYY-MM-DD date: ${value}`,
      },
      { field, value },
    );
  }
  return value;
}

/** Days since 1970-01-01 for a local date, or undefined if the date does not exist. */
function toDayNumber(date: IsoDate): number | undefined {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms / 86_400_000;
}

export function localDateOf(instant: Date, timeZone: IndonesianTimeZone): IsoDate {
  const shifted = new Date(instant.getTime() + offsetMinutes(timeZone, instant) * 60_000);
  return shifted.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const n = toDayNumber(date);
  if (n === undefined) assertIsoDate(date);
  return new Date(((n ?? 0) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** The instant a local wall-clock time happens: `localTime` is 'HH:MM:SS.mmm'. */
export function instantAtLocal(date: IsoDate, localTime: string, timeZone: IndonesianTimeZone): Date {
  const naive = new Date(`${date}T${localTime}Z`);
  return new Date(naive.getTime() - offsetMinutes(timeZone, naive) * 60_000);
}

export function endOfLocalDay(date: IsoDate, timeZone: IndonesianTimeZone): Date {
  return instantAtLocal(date, '23:59:59.999', timeZone);
}

/** '2024-11-05T23:59:59.999+07:00': the instant in local wall-clock time with its offset. */
export function formatLocalIso(instant: Date, timeZone: IndonesianTimeZone): string {
  const offset = offsetMinutes(timeZone, instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Human dates for explanations, without relying on the host's ICU locale data. */
export function formatHumanDate(date: IsoDate, language: 'id' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  const months = language === 'id' ? MONTHS_ID : MONTHS_EN;
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

export function formatHumanInstant(
  instant: Date,
  timeZone: IndonesianTimeZone,
  language: 'id' | 'en',
): string {
  const local = formatLocalIso(instant, timeZone);
  const time = local.slice(11, 16);
  const clock = language === 'id' ? time.replace(':', '.') : time;
  const at = language === 'id' ? 'pukul' : 'at';
  return `${formatHumanDate(local.slice(0, 10), language)} ${at} ${clock} ${TIME_ZONE_ABBREVIATION[timeZone]}`;
}
