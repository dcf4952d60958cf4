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

/**
 * Read side of the legal knowledge: the catalogue and profiles are loaded and validated once, at
 * start (an invalid data file stops start-up with its file, entry and reason).
 */
export function createRulesService(deps: { catalogue?: Catalogue } = {}) {
  const catalogue = deps.catalogue ?? loadCatalogue();
  const profiles = loadProfiles();
  // Built once here; matching a query then only scores it.
  buildConductIndex(catalogue);
  const election = bengkalis2024Election;

  /** Rules-core input errors become one API error with the core's bilingual message in details. */
  function translate<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (error instanceof RulesError) throw new AppError('rules.invalid_request', { code: error.code, message: error.messages });
      throw error;
    }
  }

  return {
    listEntries(query?: { instrument?: string }) {
      return catalogue.entries.filter((e) => !query?.instrument || e.legalBasis.some((b) => b.instrument === query.instrument));
    },
    getEntry(id: string) {
      const entry = findEntry(catalogue, id);
      if (!entry) throw new AppError('rules.entry_not_found', { id });
      return entry;
    },
    /** Ranked catalogue entries for a described conduct, with the election stage on `date`. */
    check(text: string, date: Date) {
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
    election: () => ({ election, today: stageOn(election, new Date()) }),
    deadline(input: { start: string; length: number; unit: DurationUnit; timeZone: string }) {
      return translate(() => computeDeadline(input));
    },
    reportWindow(input: { reportedAt: string; knownOn: string; profileId: string; timeZone: string }) {
      return translate(() => {
        const profile = profiles.get(input.profileId);
        if (!profile) {
          throw new RulesError('profile.unknown', { id: `Profil tidak dikenal: ${input.profileId}`, en: `Unknown profile: ${input.profileId}` });
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
export type RulesService = ReturnType<typeof createRulesService>;
