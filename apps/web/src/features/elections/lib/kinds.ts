import type { HolidayKind, StageKind } from '@netra/rules';

// The rules core's enums, repeated as values so the web bundle never loads the rules core itself;
// `Complete` fails type-checking when the core adds a value that is missing here.
type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;

export const STAGE_KINDS = [
  'candidate_registration',
  'candidate_designation',
  'campaign',
  'quiet_period',
  'voting',
  'recapitulation',
] as const satisfies readonly StageKind[];
export const stageKindsComplete: Complete<StageKind, (typeof STAGE_KINDS)[number]> = true;

export const HOLIDAY_KINDS = [
  'national',
  'cuti_bersama',
  'special',
  'regional',
  'administrative',
  'working_day',
] as const satisfies readonly HolidayKind[];
export const holidayKindsComplete: Complete<HolidayKind, (typeof HOLIDAY_KINDS)[number]> = true;
