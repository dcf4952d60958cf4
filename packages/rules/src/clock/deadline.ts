// The legal clock. Conventions (documented in docs/rules.md):
// - hours: the deadline is the start instant plus the hours (2×24 hours runs to the minute);
// - calendar_days / working_days: counting starts on the day after the start (the start day is
//   day zero) and the deadline is the end of the last day, 23:59:59.999 local time;
// - working days skip Saturdays, Sundays and the holidays of the calendar in use.
import { RulesError } from '../errors.js';
import type { DurationUnit, IsoDate } from '../shared.js';
import { buildHolidayCalendar } from './holidays.js';
import type { Holiday, HolidayCalendar, HolidayInput } from './holidays.js';
import {
  addDays,
  assertTimeZone,
  endOfLocalDay,
  formatLocalIso,
  isWeekend,
  localDateOf,
  parseInstant,
} from './time-zone.js';
import type { IndonesianTimeZone } from './time-zone.js';

export interface DeadlineRequest {
  readonly start: Date | string;
  readonly length: number;
  readonly unit: DurationUnit;
  readonly timeZone: string;
  /** Extra holidays (administrator or region), added to the national calendar. */
  readonly holidays?: readonly HolidayInput[];
  readonly regionCode?: string;
  /** Set false to ignore the built-in national calendar (tests, special rules). */
  readonly nationalHolidays?: boolean;
  readonly includeCutiBersama?: boolean;
}

export interface Deadline {
  readonly start: Date;
  readonly deadline: Date;
  /** The deadline in local wall-clock time with offset, e.g. 2024-11-12T23:59:59.999+07:00. */
  readonly deadlineLocal: string;
  /** Last counted day (day units only). */
  readonly lastDay?: IsoDate;
  readonly length: number;
  readonly unit: DurationUnit;
  readonly timeZone: IndonesianTimeZone;
  /** Non-working days passed over while counting working days. */
  readonly skippedHolidays: readonly Holiday[];
  /** Holidays used whose date is not confirmed by a source: show a warning with the deadline. */
  readonly unverifiedHolidays: readonly Holiday[];
  /** The request, kept so that extensions and pauses count the same way. */
  readonly request: DeadlineRequest;
}

function assertLength(length: number): void {
  if (!Number.isFinite(length) || !Number.isInteger(length)) {
    throw new RulesError(
      'clock.invalid_length',
      {
        id: `Panjang jangka waktu harus bilangan bulat: ${length}`,
        en: `The length must be a whole number: ${length}`,
      },
      { length },
    );
  }
  if (length < 0) {
    throw new RulesError(
      'clock.negative_length',
      {
        id: `Panjang jangka waktu tidak boleh negatif: ${length}`,
        en: `The length must not be negative: ${length}`,
      },
      { length },
    );
  }
}

export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && !calendar.has(date);
}

/** Advance `count` days of the given type after `from`; returns the last day and skipped holidays. */
function countDays(
  from: IsoDate,
  count: number,
  unit: 'calendar_days' | 'working_days',
  calendar: HolidayCalendar,
) {
  const skipped: Holiday[] = [];
  let day = from;
  let counted = 0;
  while (counted < count) {
    day = addDays(day, 1);
    if (unit === 'calendar_days' || isWorkingDay(day, calendar)) {
      counted += 1;
    } else {
      const holiday = calendar.get(day);
      if (holiday) skipped.push(holiday);
    }
  }
  return { lastDay: day, skipped };
}

export function computeDeadline(request: DeadlineRequest): Deadline {
  const { timeZone } = request;
  assertTimeZone(timeZone);
  assertLength(request.length);
  const start = parseInstant(request.start);
  const calendar = buildHolidayCalendar({
    national: request.nationalHolidays ?? true,
    ...(request.includeCutiBersama === undefined ? {} : { includeCutiBersama: request.includeCutiBersama }),
    ...(request.regionCode === undefined ? {} : { regionCode: request.regionCode }),
    extra: request.holidays ?? [],
  });

  if (request.unit === 'hours') {
    const deadline = new Date(start.getTime() + request.length * 3_600_000);
    return {
      start,
      deadline,
      deadlineLocal: formatLocalIso(deadline, timeZone),
      length: request.length,
      unit: request.unit,
      timeZone,
      skippedHolidays: [],
      unverifiedHolidays: [],
      request,
    };
  }

  const { lastDay, skipped } = countDays(
    localDateOf(start, timeZone),
    request.length,
    request.unit,
    calendar,
  );
  const deadline = endOfLocalDay(lastDay, timeZone);
  return {
    start,
    deadline,
    deadlineLocal: formatLocalIso(deadline, timeZone),
    lastDay,
    length: request.length,
    unit: request.unit,
    timeZone,
    skippedHolidays: skipped,
    unverifiedHolidays: skipped.filter((h) => h.status === 'unverified'),
    request,
  };
}

/**
 * Extend a deadline (e.g. the 2 extra days Bawaslu may take): the extension counts from the end
 * of the current deadline, in its own unit (default: the deadline's unit).
 */
export function extendDeadline(
  current: Deadline,
  extension: { length: number; unit?: DurationUnit },
): Deadline {
  const extended = computeDeadline({
    ...current.request,
    start: current.deadline,
    length: extension.length,
    unit: extension.unit ?? current.unit,
  });
  return {
    ...extended,
    start: current.start,
    length: current.unit === extended.unit ? current.length + extension.length : extended.length,
    skippedHolidays: [...current.skippedHolidays, ...extended.skippedHolidays],
    unverifiedHolidays: [...current.unverifiedHolidays, ...extended.unverifiedHolidays],
    request: current.request,
  };
}

export interface Pause {
  readonly from: Date | string;
  readonly to: Date | string;
}

/**
 * Stop the clock for the given pauses. For hours, the end moves by the paused time that falls
 * before it. For day units, each counted day touched by a pause is not counted (a pause on any
 * part of a day freezes the whole day), so the end moves by that many days of the same type.
 */
export function applyPauses(current: Deadline, pauses: readonly Pause[]): Deadline {
  const intervals = pauses
    .map((p) => {
      const from = parseInstant(p.from, 'pause.from');
      const to = parseInstant(p.to, 'pause.to');
      if (to.getTime() < from.getTime()) {
        throw new RulesError(
          'clock.end_before_start',
          { id: 'Akhir jeda lebih awal dari awalnya', en: 'A pause ends before it starts' },
          { from: from.toISOString(), to: to.toISOString() },
        );
      }
      return { from: Math.max(from.getTime(), current.start.getTime()), to: to.getTime() };
    })
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);

  // Merge overlaps so that the same time is never paid back twice.
  const merged: { from: number; to: number }[] = [];
  for (const p of intervals) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) last.to = Math.max(last.to, p.to);
    else merged.push({ ...p });
  }

  let result = current;
  if (current.unit === 'hours') {
    let end = current.deadline.getTime();
    for (const p of merged) if (p.from < end) end += p.to - p.from;
    const deadline = new Date(end);
    return { ...current, deadline, deadlineLocal: formatLocalIso(deadline, current.timeZone) };
  }

  const calendar = buildHolidayCalendar({
    national: current.request.nationalHolidays ?? true,
    ...(current.request.includeCutiBersama === undefined
      ? {}
      : { includeCutiBersama: current.request.includeCutiBersama }),
    ...(current.request.regionCode === undefined ? {} : { regionCode: current.request.regionCode }),
    extra: current.request.holidays ?? [],
  });
  const startDay = localDateOf(current.start, current.timeZone);
  const frozen = new Set<IsoDate>();
  for (const p of merged) {
    const lastDay = result.lastDay ?? startDay;
    let day = localDateOf(new Date(p.from), current.timeZone);
    const until = localDateOf(new Date(p.to), current.timeZone);
    if (day > lastDay) continue;
    let added = 0;
    while (day <= until) {
      const counts = day > startDay && (current.unit === 'calendar_days' || isWorkingDay(day, calendar));
      if (counts && !frozen.has(day)) {
        frozen.add(day);
        added += 1;
      }
      day = addDays(day, 1);
    }
    if (added > 0) result = { ...extendDeadline(result, { length: added }), length: result.length };
  }
  return result;
}

/** Milliseconds left until the deadline (negative once it has passed). */
export function timeLeft(deadline: Deadline, now: Date | string): number {
  return deadline.deadline.getTime() - parseInstant(now, 'now').getTime();
}
