import type { Explanation } from '../linkage/types.js';

export const EVENT_TYPES = ['like', 'comment', 'share', 'follow', 'join_group', 'post', 'mention'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface ScreeningEvent {
  id: string;
  type: EventType;
  actorAccountId: string;
  targetAccountId?: string;
  targetPostId?: string;
  groupId?: string;
  text?: string;
  url?: string;
  /** ISO 8601 with an explicit zone (Z or ±hh:mm). */
  occurredAt: string;
  platform: string;
}

export type RuleId =
  | 'asn.interaction.candidate_account'
  | 'asn.interaction.candidate_group'
  | 'asn.interaction.candidate_post'
  | 'asn.post.mentions_candidate'
  | 'any.post.vote_buying'
  | 'any.post.hate_hoax';

export interface AsnLink {
  nip: string;
  probability: number;
  band: 'auto_flag' | 'review' | 'ignore';
  explanation: Explanation[];
}

export interface StageVerdict {
  stage: string;
  isViolation: boolean;
}

export interface Lead {
  ruleId: RuleId;
  /** Catalogue entry the rule points to (see RULE_CATALOGUE). */
  catalogueEntryId: string;
  eventId: string;
  actorAccountId: string;
  candidateIds: string[];
  evidence: {
    eventId: string;
    url?: string;
    text?: string;
    contentHash: string;
    matchedTerms: string[];
    occurredAt: string;
    platform: string;
  };
  identity: AsnLink | null;
  score: number;
  stage: string;
  stageMakesViolation: boolean;
}

export interface ScreeningError {
  line: number;
  eventId?: string;
  reason: string;
}

export interface ScreeningSummary {
  events: number;
  leads: number;
  errors: number;
  duplicates: number;
  byRule: Record<string, number>;
}

export type ScreeningOutput =
  | { kind: 'lead'; lead: Lead }
  | { kind: 'error'; error: ScreeningError }
  | { kind: 'summary'; summary: ScreeningSummary };

export interface CandidateLexiconEntry {
  candidateId: string;
  /** Names, nicknames, slogans, hashtags. */
  terms: string[];
  ballotNumber?: number;
}

export interface ScreeningConfig {
  asnLinks: ReadonlyMap<string, AsnLink>;
  /** Candidate and campaign-team accounts → candidate id. */
  candidateAccounts: ReadonlyMap<string, string>;
  candidateGroups?: ReadonlyMap<string, string>;
  candidatePosts?: ReadonlyMap<string, string>;
  candidateLexicon?: readonly CandidateLexiconEntry[];
  voteBuyingTerms?: readonly string[];
  hateHoaxTerms?: readonly string[];
  stageAt: (date: Date) => StageVerdict;
  /** Content hash of evidence (e.g. SHA-256 hex), injected so the engine stays pure. */
  hash: (content: string) => string;
  /** Which link bands count as ASN-linked (default auto_flag and review). */
  linkBands?: ReadonlyArray<AsnLink['band']>;
  /** How many recent event ids are remembered for idempotence (default 200,000). */
  dedupeWindow?: number;
  catalogue?: Readonly<Record<RuleId, string>>;
}
