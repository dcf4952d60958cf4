// Elections and their dated stages. Which catalogue entries apply depends on the stage on the
// date of the conduct: before the designation of candidates only prospective candidates exist
// (SKB regime); after it the UU 10/2016 routes open (domain.md §0.2, §9.3).
import { z } from 'zod';
import { RulesError } from '../errors.js';
import { bilingualSchema, describeZodError, factStatusSchema, isoDateSchema } from '../shared.js';
import type { Bilingual, IsoDate } from '../shared.js';
import type { Applicability, Catalogue, CatalogueEntry } from '../catalogue/schema.js';
import { getProfile } from '../profiles/profiles.js';
import { timeZoneForProvince } from '../clock/province.js';
import { assertIsoDate, formatHumanDate, localDateOf, TIME_ZONES } from '../clock/time-zone.js';
import type { IndonesianTimeZone } from '../clock/time-zone.js';

export const stageKindSchema = z.enum([
  'candidate_registration',
  'candidate_designation',
  'campaign',
  'quiet_period',
  'voting',
  'recapitulation',
]);
export type StageKind = z.infer<typeof stageKindSchema>;

export const stageSchema = z
  .object({
    kind: stageKindSchema,
    name: bilingualSchema,
    start: isoDateSchema,
    end: isoDateSchema,
    sources: z.array(z.url()).min(1),
    status: factStatusSchema,
  })
  .strict()
  .refine((s) => s.start <= s.end, 'stage end is before its start');
export type Stage = z.infer<typeof stageSchema>;

export const electionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    profileId: z.string().min(1),
    regionCode: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'region code like 14 or 14.03'),
    timeZone: z.enum(TIME_ZONES).optional(), // derived from the province when absent
    stages: z.array(stageSchema).min(1),
  })
  .strict()
  .refine((e) => e.stages.filter((s) => s.kind === 'candidate_designation').length === 1, {
    message: 'an election needs exactly one candidate_designation stage',
    path: ['stages'],
  });
export type Election = z.infer<typeof electionSchema>;

/** Validate an election (e.g. one edited by an administrator). */
export function parseElection(raw: unknown): Election {
  const parsed = electionSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = describeZodError(parsed.error);
    throw new RulesError(
      'election.invalid',
      { id: `Data pemilihan tidak sah: ${reason}`, en: `Invalid election: ${reason}` },
      {
        reason,
        // Per field, so that a form can put each message beside its input.
        fields: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      },
    );
  }
  getProfile(parsed.data.profileId); // unknown profile → profile.unknown
  timeZoneForProvince(parsed.data.regionCode); // unknown province → clock.unknown_province
  return parsed.data;
}

export function electionTimeZone(election: Election): IndonesianTimeZone {
  return election.timeZone ?? timeZoneForProvince(election.regionCode);
}

export interface StageOnResult {
  readonly date: IsoDate;
  /** Stages whose dates contain the date (usually zero or one). */
  readonly stages: readonly Stage[];
  readonly designationDate: IsoDate;
  readonly afterDesignation: boolean;
  readonly inCampaign: boolean;
  /** Applicability values of catalogue entries that are live on this date. */
  readonly phases: readonly Applicability[];
  readonly explanation: Bilingual;
}

function toLocalDate(election: Election, date: IsoDate | Date): IsoDate {
  return date instanceof Date ? localDateOf(date, electionTimeZone(election)) : assertIsoDate(date);
}

export function stageOn(election: Election, date: IsoDate | Date): StageOnResult {
  const day = toLocalDate(election, date);
  const designation = election.stages.find((s) => s.kind === 'candidate_designation');
  if (!designation)
    throw new RulesError('election.invalid', {
      id: 'Tahap penetapan calon tidak ada',
      en: 'No candidate designation stage',
    });
  const stages = election.stages.filter((s) => s.start <= day && day <= s.end);
  const afterDesignation = day >= designation.start;
  const inCampaign = stages.some((s) => s.kind === 'campaign');
  const phases: Applicability[] = [afterDesignation ? 'after_designation' : 'before_designation', 'any_time'];
  if (inCampaign) phases.push('campaign');

  const current = stages.map((s) => s.name);
  const stageText: Bilingual =
    current.length > 0
      ? {
          id: `berada pada tahap ${current.map((n) => n.id).join(', ')}`,
          en: `the ${current.map((n) => n.en).join(', ')} stage`,
        }
      : { id: 'berada di luar tahapan yang terjadwal', en: 'outside any scheduled stage' };
  const regime: Bilingual = afterDesignation
    ? { id: 'sesudah penetapan pasangan calon', en: 'after the designation of candidate pairs' }
    : {
        id: 'sebelum penetapan pasangan calon (masih bakal calon)',
        en: 'before the designation of candidate pairs (prospective candidates only)',
      };
  return {
    date: day,
    stages,
    designationDate: designation.start,
    afterDesignation,
    inCampaign,
    phases,
    explanation: {
      id: `Pada ${formatHumanDate(day, 'id')} ${election.name} ${stageText.id}, ${regime.id}.`,
      en: `On ${formatHumanDate(day, 'en')} ${election.name} is in ${stageText.en}, ${regime.en}.`,
    },
  };
}

export interface ApplicableRules {
  readonly stage: StageOnResult;
  readonly applicable: readonly CatalogueEntry[];
  readonly notApplicable: readonly { entry: CatalogueEntry; reason: Bilingual }[];
}

const APPLICABILITY_TEXT: Record<Applicability, Bilingual> = {
  before_designation: { id: 'sebelum penetapan calon', en: 'before candidate designation' },
  after_designation: { id: 'sesudah penetapan calon', en: 'after candidate designation' },
  campaign: { id: 'masa kampanye', en: 'the campaign period' },
  any_time: { id: 'setiap saat', en: 'any time' },
};

/** Split the catalogue into entries that apply on the date and those that do not, with the reason. */
export function rulesApplicableOn(
  catalogue: Catalogue,
  election: Election,
  date: IsoDate | Date,
): ApplicableRules {
  const stage = stageOn(election, date);
  const kind = getProfile(election.profileId).kind;
  const applicable: CatalogueEntry[] = [];
  const notApplicable: { entry: CatalogueEntry; reason: Bilingual }[] = [];
  for (const entry of catalogue.entries) {
    if (!entry.electionKinds.includes(kind)) {
      notApplicable.push({
        entry,
        reason: { id: `Tidak berlaku untuk ${kind}`, en: `Does not apply to ${kind}` },
      });
    } else if (
      stage.date < entry.inForce.from ||
      (entry.inForce.until !== undefined && stage.date > entry.inForce.until)
    ) {
      notApplicable.push({
        entry,
        reason: { id: `Tidak berlaku pada ${stage.date}`, en: `Not in force on ${stage.date}` },
      });
    } else if (!entry.applicability.some((a) => stage.phases.includes(a))) {
      const when = entry.applicability.map((a) => APPLICABILITY_TEXT[a]);
      notApplicable.push({
        entry,
        reason: {
          id: `Hanya berlaku ${when.map((w) => w.id).join(' atau ')}`,
          en: `Applies only ${when.map((w) => w.en).join(' or ')}`,
        },
      });
    } else {
      applicable.push(entry);
    }
  }
  return { stage, applicable, notApplicable };
}
