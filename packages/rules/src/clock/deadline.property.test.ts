// Property-based tests for the legal clock (fast-check). Kept to a few hundred runs each: the
// machines are shared and the properties are cheap to falsify when broken.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline, isWorkingDay } from './deadline.js';
import { buildHolidayCalendar } from './holidays.js';
import { addDays, isWeekend, localDateOf, TIME_ZONES } from './time-zone.js';

const FROM = Date.parse('2024-01-01T00:00:00Z');
const TO = Date.parse('2027-10-31T00:00:00Z');
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const timeZone = fc.constantFrom(...TIME_ZONES);
const extraHolidays = fc.uniqueArray(
  fc.integer({ min: 0, max: 1400 }).map((n) => addDays('2024-01-01', n)),
  { maxLength: 20 },
);
const calendar = buildHolidayCalendar();

describe('legal clock properties', () => {
  it('a working-day deadline never ends on a weekend or a holiday', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 30 }),
        timeZone,
        extraHolidays,
        (start, length, tz, extra) => {
          const d = computeDeadline({ start, length, unit: 'working_days', timeZone: tz, holidays: extra });
          const last = d.lastDay ?? '';
          expect(isWeekend(last)).toBe(false);
          expect(calendar.has(last)).toBe(false);
          expect(extra).not.toContain(last);
          expect(localDateOf(d.deadline, tz)).toBe(last);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('more days never give an earlier deadline, in every unit', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        timeZone,
        fc.constantFrom('hours' as const, 'calendar_days' as const, 'working_days' as const),
        (start, length, more, tz, unit) => {
          const a = computeDeadline({ start, length, unit, timeZone: tz });
          const b = computeDeadline({ start, length: length + more, unit, timeZone: tz });
          expect(b.deadline.getTime()).toBeGreaterThanOrEqual(a.deadline.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('calendar and working days agree when the span has no weekend or holiday', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 4 }), timeZone, (start, length, tz) => {
        const startDay = localDateOf(start, tz);
        const span = Array.from({ length }, (_, i) => addDays(startDay, i + 1));
        fc.pre(span.every((day) => isWorkingDay(day, calendar)));
        const cal = computeDeadline({ start, length, unit: 'calendar_days', timeZone: tz });
        const work = computeDeadline({ start, length, unit: 'working_days', timeZone: tz });
        expect(work.deadline.getTime()).toBe(cal.deadline.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('a day-unit deadline is always 23:59:59.999 local time, after the start', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20 }), timeZone, (start, length, tz) => {
        const d = computeDeadline({ start, length, unit: 'calendar_days', timeZone: tz });
        expect(d.deadlineLocal.slice(11, 23)).toBe('23:59:59.999');
        expect(d.deadline.getTime()).toBeGreaterThan(start.getTime());
      }),
      { numRuns: 200 },
    );
  });
});
