// Is a report within its filing window (7 days since the violation became known)? The answer
// carries the deadline and a one-sentence explanation that staff can paste into the status notice.
import { RulesError } from '../errors.js';
import type { Bilingual, DurationUnit, IsoDate } from '../shared.js';
import { computeDeadline } from './deadline.js';
import type { Deadline } from './deadline.js';
import type { HolidayInput } from './holidays.js';
import {
  addDays,
  assertIsoDate,
  assertTimeZone,
  formatHumanDate,
  formatHumanInstant,
  instantAtLocal,
  localDateOf,
  parseInstant,
} from './time-zone.js';

export interface ReportWindowRequest {
  /** When the violation became known or was found: a local date or an instant. */
  readonly knownOn: IsoDate | Date;
  readonly reportedAt: Date | string;
  /** Usually `profile.deadlines.reportWindow`. */
  readonly period: { readonly length: number; readonly unit: DurationUnit };
  readonly timeZone: string;
  readonly holidays?: readonly HolidayInput[];
  readonly regionCode?: string;
}

export interface ReportWindowResult {
  readonly within: boolean;
  readonly deadline: Date;
  readonly window: Deadline;
  /** Whole local days after the deadline day (0 when within). */
  readonly daysLate: number;
  readonly explanation: Bilingual;
}

const UNIT_TEXT: Record<DurationUnit, Bilingual> = {
  hours: { id: 'jam', en: 'hours' },
  calendar_days: { id: 'hari kalender', en: 'calendar days' },
  working_days: { id: 'hari kerja', en: 'working days' },
};

function daysBetween(from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = from; d < to; d = addDays(d, 1)) n += 1;
  return n;
}

export function isWithinReportWindow(request: ReportWindowRequest): ReportWindowResult {
  const { timeZone } = request;
  assertTimeZone(timeZone);
  const reportedAt = parseInstant(request.reportedAt, 'reportedAt');
  const knownInstant =
    request.knownOn instanceof Date
      ? parseInstant(request.knownOn, 'knownOn')
      : instantAtLocal(assertIsoDate(request.knownOn, 'knownOn'), '00:00:00.000', timeZone);
  const knownDay = localDateOf(knownInstant, timeZone);
  const reportedDay = localDateOf(reportedAt, timeZone);
  // A date-only knownOn may legitimately be the same day as the report at any hour.
  const reportedBeforeKnown =
    request.knownOn instanceof Date ? reportedAt < knownInstant : reportedDay < knownDay;
  if (reportedBeforeKnown) {
    throw new RulesError(
      'clock.end_before_start',
      {
        id: 'Tanggal laporan lebih awal dari tanggal pelanggaran diketahui',
        en: 'The report date is earlier than the date the violation became known',
      },
      { knownOn: knownDay, reportedAt: reportedAt.toISOString() },
    );
  }

  const window = computeDeadline({
    start: knownInstant,
    length: request.period.length,
    unit: request.period.unit,
    timeZone,
    ...(request.holidays ? { holidays: request.holidays } : {}),
    ...(request.regionCode ? { regionCode: request.regionCode } : {}),
  });
  const within = reportedAt.getTime() <= window.deadline.getTime();
  const lastDay = window.lastDay ?? localDateOf(window.deadline, timeZone);
  const daysLate = within ? 0 : Math.max(1, daysBetween(lastDay, reportedDay));
  const unit = UNIT_TEXT[request.period.unit];
  const received = {
    id: formatHumanInstant(reportedAt, timeZone, 'id'),
    en: formatHumanInstant(reportedAt, timeZone, 'en'),
  };
  const ends = {
    id: formatHumanInstant(window.deadline, timeZone, 'id'),
    en: formatHumanInstant(window.deadline, timeZone, 'en'),
  };
  const known = { id: formatHumanDate(knownDay, 'id'), en: formatHumanDate(knownDay, 'en') };
  const rule = {
    id: `batas ${request.period.length} ${unit.id} sejak diketahui pada ${known.id}, yang berakhir ${ends.id}`,
    en: `the limit of ${request.period.length} ${unit.en} since it became known on ${known.en}, which ends ${ends.en}`,
  };
  const explanation: Bilingual = within
    ? {
        id: `Laporan diterima ${received.id}, masih dalam ${rule.id}.`,
        en: `The report was received ${received.en}, within ${rule.en}.`,
      }
    : {
        id: `Laporan diterima ${received.id}, melewati ${rule.id} (terlambat ${daysLate} hari), sehingga tidak memenuhi syarat formil dan tidak dapat diregistrasi.`,
        en: `The report was received ${received.en}, after ${rule.en} (${daysLate} day(s) late), so it fails the formal requirement and cannot be registered.`,
      };
  return { within, deadline: window.deadline, window, daysLate, explanation };
}
