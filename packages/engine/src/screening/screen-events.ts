import { ballotNumberPhrases } from '../text/number-phrases.js';
import { TextScanner } from '../text/text-scanner.js';
import { HATE_HOAX_TERMS, INTERACTION_WEIGHT, RULE_CATALOGUE, VOTE_BUYING_TERMS } from './lexicons.js';
import type {
  AsnLink,
  Lead,
  RuleId,
  ScreeningConfig,
  ScreeningEvent,
  ScreeningOutput,
  ScreeningSummary,
} from './types.js';
import { RecentIds } from './recent-ids.js';
import { parseEventLine, validateEvent, type Validation } from './validate-event.js';

export { RecentIds } from './recent-ids.js';

type Term = { kind: 'candidate'; candidateId: string } | { kind: 'vote_buying' } | { kind: 'hate_hoax' };

/** Event types whose text is the actor's own words. */
const AUTHORED: ReadonlySet<string> = new Set(['post', 'comment', 'share', 'mention']);
const NONE: readonly ScreeningOutput[] = Object.freeze([]);
const uniq = (xs: string[]): string[] => (xs.length < 2 ? xs : [...new Set(xs)]);

/** The stateful screener: build once per run, feed events, collect leads. */
export class Screener {
  private readonly scanner: TextScanner<Term>;
  private readonly recent: RecentIds;
  private readonly bands: ReadonlySet<string>;
  /** Matches of the text being scanned, filled by `onMatch` (no closure per event). */
  private matches: { cands: string[]; candTerms: string[]; vote: string[]; hate: string[] } = {
    cands: [],
    candTerms: [],
    vote: [],
    hate: [],
  };
  private readonly onMatch = (id: number): void => {
    const pattern = this.scanner.patternText(id) ?? '';
    for (const v of this.scanner.patternValues(id)) {
      if (v.kind === 'candidate') {
        this.matches.cands.push(v.candidateId);
        this.matches.candTerms.push(pattern);
      } else if (v.kind === 'vote_buying') this.matches.vote.push(pattern);
      else this.matches.hate.push(pattern);
    }
  };
  readonly summary: ScreeningSummary = { events: 0, leads: 0, errors: 0, duplicates: 0, byRule: {} };

  constructor(private readonly cfg: ScreeningConfig) {
    const pats: Array<{ pattern: string; value: Term }> = [];
    for (const c of cfg.candidateLexicon ?? []) {
      const v: Term = { kind: 'candidate', candidateId: c.candidateId };
      for (const t of c.terms) pats.push({ pattern: t, value: v });
      if (c.ballotNumber !== undefined)
        for (const p of ballotNumberPhrases(c.ballotNumber)) pats.push({ pattern: p, value: v });
    }
    for (const t of cfg.voteBuyingTerms ?? VOTE_BUYING_TERMS)
      pats.push({ pattern: t, value: { kind: 'vote_buying' } });
    for (const t of cfg.hateHoaxTerms ?? HATE_HOAX_TERMS)
      pats.push({ pattern: t, value: { kind: 'hate_hoax' } });
    this.scanner = new TextScanner(pats);
    this.recent = new RecentIds(cfg.dedupeWindow ?? 200_000);
    this.bands = new Set(cfg.linkBands ?? ['auto_flag', 'review']);
  }

  private asn(accountId: string): AsnLink | null {
    const l = this.cfg.asnLinks.get(accountId);
    return l && this.bands.has(l.band) ? l : null;
  }

  private lead(
    e: ScreeningEvent,
    ruleId: RuleId,
    identity: AsnLink | null,
    candidateIds: string[],
    terms: string[],
    score: number,
  ): Lead {
    const verdict = this.cfg.stageAt(new Date(e.occurredAt));
    const content = e.text ?? e.url ?? `${e.platform}:${e.id}`;
    const evidence: Lead['evidence'] = {
      eventId: e.id,
      contentHash: this.cfg.hash(content),
      matchedTerms: terms,
      occurredAt: e.occurredAt,
      platform: e.platform,
    };
    if (e.url) evidence.url = e.url;
    if (e.text !== undefined) evidence.text = e.text;
    return {
      ruleId,
      catalogueEntryId: (this.cfg.catalogue ?? RULE_CATALOGUE)[ruleId],
      eventId: e.id,
      actorAccountId: e.actorAccountId,
      candidateIds,
      evidence,
      identity,
      score: Math.round(score * 1000) / 1000,
      stage: verdict.stage,
      stageMakesViolation: verdict.isViolation,
    };
  }

  /** Leads for one valid event (empty when nothing applies, or when the id was seen recently). */
  screen(e: ScreeningEvent): Lead[] {
    this.summary.events++;
    if (this.recent.checkAndAdd(e.id)) {
      this.summary.duplicates++;
      return [];
    }
    const out: Lead[] = [];
    const who = this.asn(e.actorAccountId);
    const weight = INTERACTION_WEIGHT[e.type] ?? 0.5;
    if (who) {
      const acc = e.targetAccountId ? this.cfg.candidateAccounts.get(e.targetAccountId) : undefined;
      if (acc)
        out.push(this.lead(e, 'asn.interaction.candidate_account', who, [acc], [], who.probability * weight));
      const grp = e.groupId ? this.cfg.candidateGroups?.get(e.groupId) : undefined;
      if (grp)
        out.push(this.lead(e, 'asn.interaction.candidate_group', who, [grp], [], who.probability * weight));
      const post = e.targetPostId ? this.cfg.candidatePosts?.get(e.targetPostId) : undefined;
      if (post)
        out.push(this.lead(e, 'asn.interaction.candidate_post', who, [post], [], who.probability * weight));
    }
    // Only authored content is scanned: a like or follow carries no text of the actor's own.
    const text = e.text;
    if (text && AUTHORED.has(e.type) && this.scanner.forEachMatch(text, this.onMatch) > 0) {
      const m = this.matches;
      this.matches = { cands: [], candTerms: [], vote: [], hate: [] };
      const candTerms = uniq(m.candTerms);
      const cands = uniq(m.cands);
      if (who && cands.length > 0) {
        const s = who.probability * weight * Math.min(1, 0.6 + 0.2 * candTerms.length);
        out.push(this.lead(e, 'asn.post.mentions_candidate', who, cands, candTerms, s));
      }
      if (m.vote.length > 0) {
        const vote = uniq(m.vote);
        out.push(
          this.lead(e, 'any.post.vote_buying', who, cands, vote, Math.min(1, 0.5 + 0.25 * vote.length)),
        );
      }
      if (m.hate.length > 0) {
        const hate = uniq(m.hate);
        out.push(this.lead(e, 'any.post.hate_hoax', who, cands, hate, Math.min(1, 0.5 + 0.25 * hate.length)));
      }
    }
    for (const l of out) this.summary.byRule[l.ruleId] = (this.summary.byRule[l.ruleId] ?? 0) + 1;
    this.summary.leads += out.length;
    return out;
  }

  /** Outputs for one parsed line: an error record, or the event's leads (usually none). */
  handle(v: Validation, line: number): readonly ScreeningOutput[] {
    if (!v.ok) {
      this.summary.errors++;
      const error = v.eventId ? { line, eventId: v.eventId, reason: v.reason } : { line, reason: v.reason };
      return [{ kind: 'error', error }];
    }
    const leads = this.screen(v.event);
    return leads.length === 0 ? NONE : leads.map((lead) => ({ kind: 'lead', lead }));
  }
}

/**
 * Screen NDJSON lines (one event per line). Yields leads and error records as they arise and
 * a summary at the end. Memory is bounded by the dedupe window, not by the input.
 */
export async function* screenNdjson(
  lines: AsyncIterable<string> | Iterable<string>,
  cfg: ScreeningConfig,
): AsyncGenerator<ScreeningOutput> {
  const s = new Screener(cfg);
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim().length === 0) continue;
    yield* s.handle(parseEventLine(line), n);
  }
  yield { kind: 'summary', summary: s.summary };
}

/** Same as screenNdjson for already-parsed objects; the position counts as the line number. */
export async function* screenEvents(
  events: AsyncIterable<unknown> | Iterable<unknown>,
  cfg: ScreeningConfig,
): AsyncGenerator<ScreeningOutput> {
  const s = new Screener(cfg);
  let n = 0;
  for await (const raw of events) {
    n++;
    yield* s.handle(validateEvent(raw), n);
  }
  yield { kind: 'summary', summary: s.summary };
}
