import { describe, expect, it } from 'vitest';
import { RulesError } from '../errors.js';
import { applyPauses, computeDeadline, extendDeadline, timeLeft } from './deadline.js';
import { buildHolidayCalendar, nationalHolidays } from './holidays.js';
import { timeZoneForProvince } from './province.js';
import { isWithinReportWindow } from './report-window.js';
import { PROVINCE_TIME_ZONES } from '../data/province-time-zones.js';

const WIB = 'Asia/Jakarta';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof RulesError ? e.code : 'other';
  }
  return undefined;
}

describe('computeDeadline', () => {
  it('counts calendar days from the day after the start to the end of the last day', () => {
    const d = computeDeadline({
      start: '2024-11-05T09:00:00+07:00',
      length: 7,
      unit: 'calendar_days',
      timeZone: WIB,
    });
    expect(d.deadlineLocal).toBe('2024-11-12T23:59:59.999+07:00');
    expect(d.lastDay).toBe('2024-11-12');
  });

  it('uses the time zone of the region: end of day in WITA and WIT', () => {
    const start = '2024-11-05T01:00:00Z';
    expect(
      computeDeadline({
        start,
        length: 1,
        unit: 'calendar_days',
        timeZone: 'Asia/Makassar',
      }).deadline.toISOString(),
    ).toBe('2024-11-06T15:59:59.999Z');
    expect(
      computeDeadline({
        start,
        length: 1,
        unit: 'calendar_days',
        timeZone: 'Asia/Jayapura',
      }).deadline.toISOString(),
    ).toBe('2024-11-06T14:59:59.999Z');
    // 20:00 UTC on 5 Nov is already 6 Nov in WIB, so day one is 7 Nov.
    expect(
      computeDeadline({ start: '2024-11-05T20:00:00Z', length: 1, unit: 'calendar_days', timeZone: WIB })
        .lastDay,
    ).toBe('2024-11-07');
  });

  it('runs hours to the minute (2×24 hours)', () => {
    const d = computeDeadline({
      start: '2024-11-08T15:30:00+07:00',
      length: 48,
      unit: 'hours',
      timeZone: WIB,
    });
    expect(d.deadlineLocal).toBe('2024-11-10T15:30:00.000+07:00');
  });

  it('skips weekends, national holidays and cuti bersama for working days', () => {
    // Thursday 4 April 2024; 8–15 April is the Idul Fitri block.
    const d = computeDeadline({
      start: '2024-04-04T10:00:00+07:00',
      length: 3,
      unit: 'working_days',
      timeZone: WIB,
    });
    expect(d.lastDay).toBe('2024-04-17'); // Fri 5, Tue 16, Wed 17
    expect(d.skippedHolidays.map((h) => h.date)).toEqual([
      '2024-04-08',
      '2024-04-09',
      '2024-04-10',
      '2024-04-11',
      '2024-04-12',
      '2024-04-15',
    ]);
    const noCuti = computeDeadline({
      start: '2024-04-04T10:00:00+07:00',
      length: 3,
      unit: 'working_days',
      timeZone: WIB,
      includeCutiBersama: false,
    });
    expect(noCuti.lastDay).toBe('2024-04-09');
  });

  it('takes extra holidays from an administrator and regional holidays for the region only', () => {
    const base = {
      start: '2024-10-01T08:00:00+07:00',
      length: 1,
      unit: 'working_days' as const,
      timeZone: WIB,
    };
    expect(computeDeadline(base).lastDay).toBe('2024-10-02');
    expect(computeDeadline({ ...base, holidays: ['2024-10-02'] }).lastDay).toBe('2024-10-03');
    const regional = [{ date: '2024-10-02', regionCode: '14.03' }];
    expect(computeDeadline({ ...base, holidays: regional, regionCode: '14.03' }).lastDay).toBe('2024-10-03');
    expect(computeDeadline({ ...base, holidays: regional, regionCode: '14.01' }).lastDay).toBe('2024-10-02');
  });

  it('lets an administrator cancel a wrong built-in holiday with a working_day entry', () => {
    // 2024-12-25 (Christmas) is a built-in national holiday; 2024-12-26 is cuti bersama.
    const base = {
      start: '2024-12-24T08:00:00+07:00',
      length: 1,
      unit: 'working_days' as const,
      timeZone: WIB,
    };
    expect(computeDeadline(base).lastDay).toBe('2024-12-27');
    const cancelled = [{ date: '2024-12-26', kind: 'working_day' as const }];
    expect(computeDeadline({ ...base, holidays: cancelled }).lastDay).toBe('2024-12-26');
    // Only for its region when it names one.
    const regional = [{ date: '2024-12-26', kind: 'working_day' as const, regionCode: '14.03' }];
    expect(computeDeadline({ ...base, holidays: regional, regionCode: '14.03.12' }).lastDay).toBe(
      '2024-12-26',
    );
    expect(computeDeadline({ ...base, holidays: regional, regionCode: '14.06' }).lastDay).toBe('2024-12-27');
  });

  it('reports unverified holidays it relied on', () => {
    // 27 Nov 2024 (Pilkada voting day) is in the data as unverified.
    const d = computeDeadline({
      start: '2024-11-26T08:00:00+07:00',
      length: 1,
      unit: 'working_days',
      timeZone: WIB,
    });
    expect(d.lastDay).toBe('2024-11-28');
    expect(d.unverifiedHolidays.map((h) => h.date)).toEqual(['2024-11-27']);
  });

  it('gives specific errors for bad input', () => {
    const ok = {
      start: '2024-11-05T09:00:00+07:00',
      length: 1,
      unit: 'calendar_days' as const,
      timeZone: WIB,
    };
    expect(code(() => computeDeadline({ ...ok, timeZone: 'Asia/Singapore' }))).toBe(
      'clock.unknown_time_zone',
    );
    expect(code(() => computeDeadline({ ...ok, length: -1 }))).toBe('clock.negative_length');
    expect(code(() => computeDeadline({ ...ok, length: 1.5 }))).toBe('clock.invalid_length');
    expect(code(() => computeDeadline({ ...ok, start: '2024-11-05' }))).toBe('clock.invalid_instant');
    expect(code(() => computeDeadline({ ...ok, holidays: ['2024-13-01'] }))).toBe('data.invalid');
    try {
      computeDeadline({ ...ok, length: -2 });
    } catch (e) {
      expect((e as RulesError).messages.id).toMatch(/tidak boleh negatif/);
    }
  });
});

describe('extensions and pauses', () => {
  const decision = computeDeadline({
    start: '2024-10-01T10:00:00+07:00',
    length: 3,
    unit: 'calendar_days',
    timeZone: WIB,
  });

  it('extends by 2 days after the 3-day decision period', () => {
    const extended = extendDeadline(decision, { length: 2 });
    expect(decision.lastDay).toBe('2024-10-04');
    expect(extended.lastDay).toBe('2024-10-06');
    expect(extended.length).toBe(5);
  });

  it('moves a day-unit deadline by the counted days a pause touches', () => {
    const paused = applyPauses(decision, [
      { from: '2024-10-02T12:00:00+07:00', to: '2024-10-03T09:00:00+07:00' },
    ]);
    expect(paused.lastDay).toBe('2024-10-06');
    const after = applyPauses(decision, [
      { from: '2024-10-10T00:00:00+07:00', to: '2024-10-11T00:00:00+07:00' },
    ]);
    expect(after.lastDay).toBe('2024-10-04');
    const overlapping = applyPauses(decision, [
      { from: '2024-10-02T08:00:00+07:00', to: '2024-10-02T10:00:00+07:00' },
      { from: '2024-10-02T09:00:00+07:00', to: '2024-10-02T11:00:00+07:00' },
    ]);
    expect(overlapping.lastDay).toBe('2024-10-05');
  });

  it('moves an hours deadline by the paused time and rejects reversed pauses', () => {
    const completion = computeDeadline({
      start: '2024-10-01T10:00:00+07:00',
      length: 48,
      unit: 'hours',
      timeZone: WIB,
    });
    const paused = applyPauses(completion, [
      { from: '2024-10-02T10:00:00+07:00', to: '2024-10-02T13:30:00+07:00' },
    ]);
    expect(paused.deadlineLocal).toBe('2024-10-03T13:30:00.000+07:00');
    expect(
      code(() =>
        applyPauses(completion, [{ from: '2024-10-02T10:00:00+07:00', to: '2024-10-02T09:00:00+07:00' }]),
      ),
    ).toBe('clock.end_before_start');
  });

  it('tells the time left', () => {
    expect(timeLeft(decision, '2024-10-04T23:59:58.999+07:00')).toBe(1000);
    expect(timeLeft(decision, '2024-10-05T00:00:00+07:00')).toBeLessThan(0);
  });
});

describe('isWithinReportWindow', () => {
  const period = { length: 7, unit: 'calendar_days' as const };

  it('accepts a report on the last day and explains it in both languages', () => {
    const r = isWithinReportWindow({
      knownOn: '2024-11-05',
      reportedAt: '2024-11-12T15:00:00+07:00',
      period,
      timeZone: WIB,
    });
    expect(r.within).toBe(true);
    expect(r.explanation.id).toBe(
      'Laporan diterima 12 November 2024 pukul 15.00 WIB, masih dalam batas 7 hari kalender sejak diketahui pada 5 November 2024, yang berakhir 12 November 2024 pukul 23.59 WIB.',
    );
    expect(r.explanation.en).toMatch(
      /^The report was received 12 November 2024 at 15:00 WIB, within the limit of 7 calendar days/,
    );
  });

  it('rejects a late report, says how late, and that it cannot be registered', () => {
    const r = isWithinReportWindow({
      knownOn: '2024-11-05',
      reportedAt: '2024-11-14T08:00:00+07:00',
      period,
      timeZone: WIB,
    });
    expect(r.within).toBe(false);
    expect(r.daysLate).toBe(2);
    expect(r.explanation.id).toMatch(/terlambat 2 hari.*tidak dapat diregistrasi/);
  });

  it('counts working days for Pemilu', () => {
    const r = isWithinReportWindow({
      knownOn: '2024-04-04',
      reportedAt: '2024-04-16T10:00:00+07:00',
      period: { length: 7, unit: 'working_days' },
      timeZone: WIB,
    });
    expect(r.within).toBe(true);
    expect(r.window.lastDay).toBe('2024-04-23');
  });

  it('refuses a report dated before the conduct became known', () => {
    expect(
      code(() =>
        isWithinReportWindow({
          knownOn: '2024-11-05',
          reportedAt: '2024-11-04T10:00:00+07:00',
          period,
          timeZone: WIB,
        }),
      ),
    ).toBe('clock.end_before_start');
  });
});

describe('holiday data and provinces', () => {
  it('holds 2024–2027 and flags 2027 as unverified', () => {
    const years = new Set(nationalHolidays().map((h) => h.date.slice(0, 4)));
    expect([...years]).toEqual(['2024', '2025', '2026', '2027']);
    expect(
      nationalHolidays()
        .filter((h) => h.date.startsWith('2027'))
        .every((h) => h.status === 'unverified'),
    ).toBe(true);
    expect(buildHolidayCalendar().get('2026-03-20')?.kind).toBe('cuti_bersama');
  });

  it('covers the 38 provinces: 18 WIB, 12 WITA, 8 WIT', () => {
    const zones = Object.values(PROVINCE_TIME_ZONES).map((p) => p.timeZone);
    expect(zones).toHaveLength(38);
    expect(zones.filter((z) => z === 'Asia/Jakarta')).toHaveLength(18);
    expect(zones.filter((z) => z === 'Asia/Makassar')).toHaveLength(12);
    expect(zones.filter((z) => z === 'Asia/Jayapura')).toHaveLength(8);
  });

  it('maps province codes to time zones', () => {
    expect(timeZoneForProvince('14')).toBe('Asia/Jakarta');
    expect(timeZoneForProvince('14.03')).toBe('Asia/Jakarta');
    expect(timeZoneForProvince('51')).toBe('Asia/Makassar');
    expect(timeZoneForProvince('63')).toBe('Asia/Makassar');
    expect(timeZoneForProvince('62')).toBe('Asia/Jakarta');
    expect(timeZoneForProvince('96')).toBe('Asia/Jayapura');
    expect(code(() => timeZoneForProvince('20'))).toBe('clock.unknown_province');
  });
});
