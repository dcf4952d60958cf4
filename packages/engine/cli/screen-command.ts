import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { screenNdjson } from '../src/screening/screen-events.js';
import type {
  AsnLink,
  CandidateLexiconEntry,
  ScreeningError,
  ScreeningSummary,
  StageVerdict,
} from '../src/screening/types.js';
import { openOutput, readLines, readRecords, type LineError } from './io.js';

export interface ScreenCommandOptions {
  /** Events NDJSON (one ScreeningEvent per line). */
  events: string;
  /** Link results NDJSON from `engine link` (AccountLinkResult) or rows {accountId, nip, probability, band}. */
  links: string;
  /**
   * Candidates JSON: { accounts: {accountId: candidateId}, groups?: {...}, posts?: {...},
   * lexicon?: [{candidateId, terms, ballotNumber}], voteBuyingTerms?: [], hateHoaxTerms?: [] }.
   */
  candidates: string;
  /** Stages JSON: [{ stage, from, to, isViolation }] with ISO dates; default: every date is a violation stage "unknown". */
  stages?: string;
  /** NDJSON output of leads and error records; stdout when absent. */
  out?: string;
  json?: boolean;
  onProgress?: (message: string) => void;
}

interface CandidatesFile {
  accounts: Record<string, string>;
  groups?: Record<string, string>;
  posts?: Record<string, string>;
  lexicon?: CandidateLexiconEntry[];
  voteBuyingTerms?: string[];
  hateHoaxTerms?: string[];
}

export interface ScreenCommandSummary extends ScreeningSummary {
  inputErrors: LineError[];
  firstErrors: ScreeningError[];
  ms: number;
}

export async function runScreenCommand(opts: ScreenCommandOptions): Promise<ScreenCommandSummary> {
  const t0 = performance.now();
  const inputErrors: LineError[] = [];
  const asnLinks = new Map<string, AsnLink>();
  for await (const r of readRecords(opts.links, inputErrors)) {
    const o = r as unknown as {
      accountId?: string;
      band?: AsnLink['band'];
      best?: { nip: string; probability: number; explanation: AsnLink['explanation'] } | null;
      nip?: string;
      probability?: number | string;
    };
    if (!o.accountId || !o.band) continue;
    if (o.best)
      asnLinks.set(o.accountId, {
        nip: o.best.nip,
        probability: o.best.probability,
        band: o.band,
        explanation: o.best.explanation,
      });
    else if (o.nip)
      asnLinks.set(o.accountId, {
        nip: o.nip,
        probability: Number(o.probability ?? 1),
        band: o.band,
        explanation: [],
      });
  }
  const c = JSON.parse(readFileSync(opts.candidates, 'utf8')) as CandidatesFile;
  const stages = opts.stages
    ? (JSON.parse(readFileSync(opts.stages, 'utf8')) as Array<{
        stage: string;
        from: string;
        to: string;
        isViolation: boolean;
      }>)
    : [];
  const ranges = stages.map((s) => ({ ...s, f: Date.parse(s.from), t: Date.parse(s.to) }));
  const stageAt = (d: Date): StageVerdict => {
    const x = d.getTime();
    const hit = ranges.find((r) => x >= r.f && x < r.t);
    return hit
      ? { stage: hit.stage, isViolation: hit.isViolation }
      : { stage: 'unknown', isViolation: ranges.length === 0 };
  };
  const out = openOutput(opts.out);
  const firstErrors: ScreeningError[] = [];
  let summary: ScreeningSummary = { events: 0, leads: 0, errors: 0, duplicates: 0, byRule: {} };
  const stream = screenNdjson(readLines(opts.events), {
    asnLinks,
    candidateAccounts: new Map(Object.entries(c.accounts ?? {})),
    candidateGroups: new Map(Object.entries(c.groups ?? {})),
    candidatePosts: new Map(Object.entries(c.posts ?? {})),
    candidateLexicon: c.lexicon ?? [],
    ...(c.voteBuyingTerms ? { voteBuyingTerms: c.voteBuyingTerms } : {}),
    ...(c.hateHoaxTerms ? { hateHoaxTerms: c.hateHoaxTerms } : {}),
    stageAt,
    hash: (s) => createHash('sha256').update(s).digest('hex'),
  });
  let n = 0;
  for await (const o of stream) {
    if (o.kind === 'summary') summary = o.summary;
    else {
      out.write(o);
      if (o.kind === 'error' && firstErrors.length < 100) firstErrors.push(o.error);
    }
    if (++n % 100_000 === 0) opts.onProgress?.(`${n} outputs`);
  }
  await out.close();
  return { ...summary, inputErrors, firstErrors, ms: performance.now() - t0 };
}
