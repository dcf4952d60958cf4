import {
  addDays,
  electionTimeZone,
  getProfile,
  localDateOf,
  timeZoneForProvince,
  type HolidayInput,
  type IndonesianTimeZone,
} from '@netra/rules';
import { isRegionWithin } from '../access/access.policy';
import type { ElectionsService } from '../elections/elections.service';

export type CaseEnvironment = {
  profileId: string;
  timeZone: IndonesianTimeZone;
  /** The election's region: its level decides the election-type segment of register numbers. */
  electionRegionCode: string;
  holidays: HolidayInput[];
  today: string;
};

/**
 * What the rules core needs to know about where and when a case is handled: the election profile
 * and time zone of the region, and the holidays administrators added around today.
 */
export function createCaseEnvironment(deps: { elections: ElectionsService }) {
  return async function environmentFor(regionCode: string, now: Date): Promise<CaseEnvironment> {
    const election = await deps.elections.current(regionCode);
    const covers = isRegionWithin(regionCode, election.regionCode);
    const timeZone = covers ? electionTimeZone(election) : timeZoneForProvince(regionCode);
    const today = localDateOf(now, timeZone);
    const holidays = await deps.elections.holidaysFor(regionCode, addDays(today, -60), addDays(today, 400));
    getProfile(election.profileId); // fails loudly on a misconfigured election
    return {
      profileId: election.profileId,
      timeZone,
      electionRegionCode: covers ? election.regionCode : regionCode.slice(0, 5),
      holidays,
      today,
    };
  };
}
export type EnvironmentFor = ReturnType<typeof createCaseEnvironment>;
