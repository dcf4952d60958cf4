// The holiday calendar used for working-day counts: national holidays and cuti bersama as data,
// plus regional holidays and whatever an administrator adds. Validated at load like every data file.
import { z } from 'zod';
import { RulesDataError } from '../errors.js';
import { describeZodError, isoDateSchema } from '../shared.js';
import type { Bilingual, IsoDate } from '../shared.js';
import { NATIONAL_HOLIDAY_YEARS, REGIONAL_HOLIDAYS } from '../data/holidays-national.js';
import type { HolidayYear } from '../data/holidays-national.js';

export const holidayKindSchema = z.enum([
  'national',
  'cuti_bersama',
  'special',
  'regional',
  'administrative',
  // Not a holiday: cancels a built-in holiday on that date (a wrong or moved date in the data).
  'working_day',
]);
export type HolidayKind = z.infer<typeof holidayKindSchema>;

export interface Holiday {
  readonly date: IsoDate;
  readonly kind: HolidayKind;
  readonly name: Bilingual;
  readonly status: 'verified' | 'unverified';
  /** Only for regional holidays: applies to this region and every region below it. */
  readonly regionCode?: string;
  readonly basis?: string;
}

/** What a caller (an administrator, a region) may add: at least a date. */
export const holidayInputSchema = z.union([
  isoDateSchema,
  z
    .object({
      date: isoDateSchema,
      kind: holidayKindSchema.optional(),
      name: z.object({ id: z.string().min(1), en: z.string().min(1) }).optional(),
      regionCode: z
        .string()
        .regex(/^\d{2}(\.\d{2})*$/)
        .optional(),
      status: z.enum(['verified', 'unverified']).optional(),
    })
    .strict(),
]);
export type HolidayInput = z.infer<typeof holidayInputSchema>;

export function normaliseHoliday(input: HolidayInput, file = 'holidays (input)'): Holiday {
  const parsed = holidayInputSchema.safeParse(input);
  if (!parsed.success)
    throw new RulesDataError(
      file,
      typeof input === 'string' ? input : undefined,
      describeZodError(parsed.error),
    );
  const value = parsed.data;
  if (typeof value === 'string') {
    return {
      date: value,
      kind: 'administrative',
      name: { id: 'Hari libur tambahan', en: 'Additional holiday' },
      status: 'verified',
    };
  }
  return {
    date: value.date,
    kind: value.kind ?? (value.regionCode ? 'regional' : 'administrative'),
    name:
      value.name ??
      (value.kind === 'working_day'
        ? { id: 'Hari kerja (libur bawaan dibatalkan)', en: 'Working day (built-in holiday cancelled)' }
        : { id: 'Hari libur tambahan', en: 'Additional holiday' }),
    status: value.status ?? 'verified',
    ...(value.regionCode ? { regionCode: value.regionCode } : {}),
  };
}

function flattenYears(years: readonly HolidayYear[]): Holiday[] {
  const out: Holiday[] = [];
  for (const year of years) {
    for (const [date, kind, id, en, status] of year.days) {
      const ok = isoDateSchema.safeParse(date).success && date.startsWith(`${year.year}-`);
      if (!ok)
        throw new RulesDataError('data/holidays-national.ts', date, `not a valid date of year ${year.year}`);
      out.push({ date, kind, name: { id, en }, status: status ?? year.status, basis: year.basis });
    }
  }
  return out;
}

let nationalCache: readonly Holiday[] | undefined;

export function nationalHolidays(): readonly Holiday[] {
  nationalCache ??= [
    ...flattenYears(NATIONAL_HOLIDAY_YEARS),
    ...REGIONAL_HOLIDAYS.map((r) =>
      normaliseHoliday(
        { date: r.date, regionCode: r.regionCode, kind: 'regional', name: { id: r.id, en: r.en } },
        'data/holidays-national.ts',
      ),
    ),
  ];
  return nationalCache;
}

export interface HolidayCalendarOptions {
  /** Include the built-in national calendar (default true). */
  readonly national?: boolean;
  /** Count cuti bersama as non-working days (default true: government offices close). */
  readonly includeCutiBersama?: boolean;
  /** Region of the case, to pick up regional holidays ('14.03'). */
  readonly regionCode?: string;
  /** Holidays added by an administrator or a region. */
  readonly extra?: readonly HolidayInput[];
}

export type HolidayCalendar = ReadonlyMap<IsoDate, Holiday>;

function appliesToRegion(holiday: Holiday, regionCode: string | undefined): boolean {
  if (!holiday.regionCode) return true;
  if (!regionCode) return false;
  return regionCode === holiday.regionCode || regionCode.startsWith(`${holiday.regionCode}.`);
}

export function buildHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  const all = [
    ...(options.national === false ? [] : nationalHolidays()),
    ...(options.extra ?? []).map((h) => normaliseHoliday(h)),
  ];
  // An administrator's 'working_day' entry overrides every holiday on its date (for its region).
  const workingDays = new Set(
    all.filter((h) => h.kind === 'working_day' && appliesToRegion(h, options.regionCode)).map((h) => h.date),
  );
  const calendar = new Map<IsoDate, Holiday>();
  for (const holiday of all) {
    if (holiday.kind === 'working_day' || workingDays.has(holiday.date)) continue;
    if (holiday.kind === 'cuti_bersama' && options.includeCutiBersama === false) continue;
    if (!appliesToRegion(holiday, options.regionCode)) continue;
    if (!calendar.has(holiday.date)) calendar.set(holiday.date, holiday);
  }
  return calendar;
}
