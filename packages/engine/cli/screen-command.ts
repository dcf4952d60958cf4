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
import { isoWithZone } from '../src/screening/validate-event.js';
import { EngineInputError, LineErrors, openOutput, readLines, readRecords, type LineError } from './io.js';

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
  /** Bad lines of the links file, all counted; the first 1,000 kept. */
  inputErrorCount: number;
  inputErrors: LineError[];
  firstErrors: ScreeningError[];
  ms: number;
}

function readJsonFile(file: string): unknown {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw EngineInputError.unreadable(file, e);
  }
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new EngineInputError(file, `bukan JSON yang sah (${(e as Error).message})`, 'not valid JSON');
  }
}

interface StageRange {
  stage: string;
  from: string;
  to: string;
  isViolation: boolean;
}

/** Stages file: every entry needs a name, zoned ISO dates `from` < `to` and isViolation. */
function readStages(file: string): StageRange[] {
  const raw = readJsonFile(file);
  if (!Array.isArray(raw))
    throw new EngineInputError(
      file,
      'harus berupa larik {stage, from, to, isViolation}',
      'expected an array of {stage, from, to, isViolation}',
    );
  const zoned = (v: unknown): v is string => typeof v === 'string' && isoWithZone(v);
  return raw.map((s: Partial<StageRange>, i) => {
    if (typeof s?.stage !== 'string' || !zoned(s.from) || !zoned(s.to) || typeof s.isViolation !== 'boolean')
      throw new EngineInputError(
        file,
        `entri ${i + 1} memerlukan stage, from dan to dengan zona waktu, dan isViolation (true/false)`,
        `entry ${i + 1} needs stage, from and to with a time zone, and isViolation (true/false)`,
      );
    if (Date.parse(s.from) >= Date.parse(s.to))
      throw new EngineInputError(
        file,
        `entri ${i + 1} berakhir sebelum dimulai`,
        `entry ${i + 1} ends before it starts`,
      );
    return { stage: s.stage, from: s.from, to: s.to, isViolation: s.isViolation };
  });
}

export async function runScreenCommand(opts: ScreenCommandOptions): Promise<ScreenCommandSummary> {
  const t0 = performance.now();
  const inputErrors = new LineErrors();
  const asnLinks = new Map<string, AsnLink>();
  const bands: ReadonlySet<unknown> = new Set(['auto_flag', 'review', 'ignore']);
  for await (const { line, fields } of readRecords(opts.links, inputErrors)) {
    const o = fields as {
      accountId?: unknown;
      band?: unknown;
      best?: { nip?: unknown; probability?: unknown; explanation?: AsnLink['explanation'] } | null;
      nip?: unknown;
      probability?: unknown;
    };
    if (typeof o.accountId !== 'string' || o.accountId === '') {
      inputErrors.add(opts.links, line, 'missing accountId');
      continue;
    }
    if (!bands.has(o.band)) {
      inputErrors.add(opts.links, line, 'band must be auto_flag, review or ignore');
      continue;
    }
    const band = o.band as AsnLink['band'];
    const nip = o.best ? o.best.nip : o.nip;
    if (nip === undefined || nip === null || nip === '') continue; // linked to nobody: nothing to screen
    const probability = Number(o.best ? o.best.probability : (o.probability ?? 1));
    if (typeof nip !== 'string' || !Number.isFinite(probability) || probability < 0 || probability > 1) {
      inputErrors.add(opts.links, line, 'nip must be text and probability a number from 0 to 1');
      continue;
    }
    asnLinks.set(o.accountId, { nip, probability, band, explanation: o.best?.explanation ?? [] });
  }
  const c = readJsonFile(opts.candidates) as CandidatesFile;
  if (!c || typeof c !== 'object' || typeof c.accounts !== 'object' || c.accounts === null)
    throw new EngineInputError(
      opts.candidates,
      'harus berupa objek dengan "accounts" (id akun → id calon)',
      'expected an object with "accounts" (account id → candidate id)',
    );
  const stages = opts.stages ? readStages(opts.stages) : [];
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
  return {
    ...summary,
    inputErrorCount: inputErrors.count,
    inputErrors: inputErrors.first,
    firstErrors,
    ms: performance.now() - t0,
  };
}
