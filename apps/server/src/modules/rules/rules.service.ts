import {
  bengkalis2024Election,
  buildConductIndex,
  computeDeadline,
  findEntry,
  isWithinReportWindow,
  loadCatalogue,
  loadProfiles,
  matchConduct,
  rulesApplicableOn,
  RulesError,
  stageOn,
  type Catalogue,
  type DurationUnit,
} from '@netra/rules';
import { AppError } from '../../lib/app-error';
import type { ElectionsService } from '../elections/elections.service';

/**
 * Read side of the legal knowledge: the catalogue and profiles are loaded and validated once, at
 * start (an invalid data file stops start-up with its file, entry and reason).
 */
export function createRulesService(deps: { elections?: ElectionsService; catalogue?: Catalogue } = {}) {
  const catalogue = deps.catalogue ?? loadCatalogue();
  const profiles = loadProfiles();
  // Built once here; matching a query then only scores it.
  buildConductIndex(catalogue);
  // Without a database (the CLI) the bundled demo election stands in.
  const currentElection = async () => (deps.elections ? deps.elections.current() : bengkalis2024Election);

  /** Rules-core input errors become one API error with the core's bilingual message in details. */
  function translate<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (error instanceof RulesError)
        throw new AppError('rules.invalid_request', { code: error.code, message: error.messages });
      throw error;
    }
  }

  return {
    listEntries(query?: { instrument?: string }) {
      return catalogue.entries.filter(
        (e) => !query?.instrument || e.legalBasis.some((b) => b.instrument === query.instrument),
      );
    },
    getEntry(id: string) {
      const entry = findEntry(catalogue, id);
      if (!entry) throw new AppError('rules.entry_not_found', { id });
      return entry;
    },
    /** Ranked catalogue entries for a described conduct, with the election stage on `date`. */
    async check(text: string, date: Date) {
      const election = await currentElection();
      const result = matchConduct(text, catalogue, { limit: 5 });
      const stage = stageOn(election, date);
      const applicable = new Set(rulesApplicableOn(catalogue, election, date).applicable.map((e) => e.id));
      return {
        query: result.query,
        election: { id: election.id, name: election.name },
        stage,
        matches: result.matches.map((m) => ({
          entry: m.entry,
          score: m.score,
          reason: m.reason,
          appliesOnDate: applicable.has(m.entry.id),
        })),
        suggestions: result.suggestions,
      };
    },
    profiles: () => [...profiles.values()],
    /** Counts over the national calendar plus the holidays administrators added for the region. */
    async deadline(input: {
      start: string;
      length: number;
      unit: DurationUnit;
      timeZone: string;
      regionCode?: string;
    }) {
      const startDay = input.start.slice(0, 10);
      const holidays =
        deps.elections && input.regionCode && /^\d{4}-\d{2}-\d{2}$/.test(startDay)
          ? await deps.elections.holidaysFor(input.regionCode, startDay, addYear(startDay))
          : [];
      return translate(() => computeDeadline({ ...input, holidays }));
    },
    reportWindow(input: { reportedAt: string; knownOn: string; profileId: string; timeZone: string }) {
      return translate(() => {
        const profile = profiles.get(input.profileId);
        if (!profile) {
          throw new RulesError('profile.unknown', {
            id: `Profil tidak dikenal: ${input.profileId}`,
            en: `Unknown profile: ${input.profileId}`,
          });
        }
        return isWithinReportWindow({
          knownOn: input.knownOn,
          reportedAt: input.reportedAt,
          timeZone: input.timeZone,
          period: profile.deadlines.reportWindow,
        });
      });
    },
  };
}
function addYear(day: string): string {
  return `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
}

export type RulesService = ReturnType<typeof createRulesService>;
