// Public surface of the pure rules core: catalogue, election profiles, elections and stages, the
// legal clock, the conduct matcher and the case state machine. Nothing here does I/O.
export { RulesError, RulesDataError } from './errors.js';
export type { RulesErrorCode } from './errors.js';
export type { Bilingual, FactStatus, IsoDate, DurationUnit } from './shared.js';

export * from './catalogue/schema.js';
export { loadCatalogue, findEntry, DEFAULT_CATALOGUE_SOURCES } from './catalogue/load.js';
export type { CatalogueSource } from './catalogue/load.js';

export * from './profiles/schema.js';
export {
  loadProfiles,
  getProfile,
  applyProfileOverrides,
  asnRecipientOn,
  formatDocumentNumber,
  monthToRoman,
  DEFAULT_PROFILE_SOURCES,
} from './profiles/profiles.js';

export {
  stageKindSchema,
  stageSchema,
  electionSchema,
  parseElection,
  electionTimeZone,
  stageOn,
  rulesApplicableOn,
} from './elections/elections.js';
export type { StageKind, Stage, Election, StageOnResult, ApplicableRules } from './elections/elections.js';
export { bengkalis2024Election } from './data/election-bengkalis-2024.js';

export {
  TIME_ZONES,
  TIME_ZONE_ABBREVIATION,
  assertTimeZone,
  offsetMinutes,
  localDateOf,
  endOfLocalDay,
  formatLocalIso,
  formatHumanDate,
  formatHumanInstant,
  addDays,
  isWeekend,
} from './clock/time-zone.js';
export type { IndonesianTimeZone } from './clock/time-zone.js';
export { timeZoneForProvince } from './clock/province.js';
export { PROVINCE_TIME_ZONES } from './data/province-time-zones.js';
export {
  buildHolidayCalendar,
  nationalHolidays,
  normaliseHoliday,
  holidayInputSchema,
  holidayKindSchema,
} from './clock/holidays.js';
export type {
  Holiday,
  HolidayInput,
  HolidayKind,
  HolidayCalendar,
  HolidayCalendarOptions,
} from './clock/holidays.js';
export { computeDeadline, extendDeadline, applyPauses, timeLeft, isWorkingDay } from './clock/deadline.js';
export type { Deadline, DeadlineRequest, Pause } from './clock/deadline.js';
export { isWithinReportWindow } from './clock/report-window.js';
export type { ReportWindowRequest, ReportWindowResult } from './clock/report-window.js';

export { matchConduct, buildConductIndex, MIN_SCORE } from './matcher/match.js';
export type { ConductMatch, ConductMatchResult, ConductIndex } from './matcher/match.js';
export { analyse, tokenize } from './matcher/analyse.js';
export type { Feature } from './matcher/analyse.js';
export { stem } from './matcher/stemmer.js';
export { CONDUCT_CASES, CONDUCT_CASES_HOLDOUT } from './data/conduct-cases.js';
export type { ConductCase, ConductCaseStyle } from './data/conduct-cases.js';

export { CASE_STATUSES, ROLES, VIOLATION_KINDS } from './cases/types.js';
export type {
  CaseStatus,
  Role,
  ViolationKind,
  CaseState,
  Actor,
  DeadlineRecord,
  Disposition,
  HistoryItem,
  Precondition,
  GuardContext,
  TransitionEffects,
  TransitionEnv,
} from './cases/types.js';
export { TRANSITIONS, TRANSITIONS_BY_NAME } from './cases/transitions.js';
export type { TransitionDef } from './cases/transitions.js';
export { applyTransition, availableTransitions, newCase } from './cases/apply.js';
export type { TransitionResult } from './cases/apply.js';
