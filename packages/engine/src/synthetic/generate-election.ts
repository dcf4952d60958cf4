import type { RuleId, CandidateLexiconEntry } from '../screening/types.js';
import { BIO_PERSONAL } from './name-pools.js';
import { coreName } from './generate-registry.js';
import { createRng } from './rng.js';

export interface SyntheticCandidate {
  candidateId: string;
  ballotNumber: number;
  names: string[];
  accounts: string[];
  groups: string[];
  posts: string[];
  lexicon: CandidateLexiconEntry;
}

export interface PlantedViolation {
  eventId: string;
  ruleId: RuleId;
}

export interface SyntheticEvent {
  id: string;
  type: 'like' | 'comment' | 'share' | 'follow' | 'join_group' | 'post' | 'mention';
  actorAccountId: string;
  targetAccountId?: string;
  targetPostId?: string;
  groupId?: string;
  text?: string;
  url?: string;
  occurredAt: string;
  platform: string;
}

const SLOGANS = ['Bermarwah', 'Maju Bersama', 'Sejahtera', 'Bangkit', 'Hebat', 'Berkah', 'Madani'];

/** Candidate pairs with their accounts, groups, posts and lexicon (names, nicknames, slogan, hashtag). */
export function generateCandidates(pairs: number, seed = 3, region = 'Bengkalis'): SyntheticCandidate[] {
  const rng = createRng(seed);
  return Array.from({ length: pairs }, (_, i) => {
    const a = coreName(rng, 'm').core;
    const b = coreName(rng, rng.chance(0.3) ? 'f' : 'm').core;
    const slogan = `${region} ${rng.pick(SLOGANS)}`;
    const surnameA = a[a.length - 1] ?? 'A';
    const surnameB = b[b.length - 1] ?? 'B';
    const id = `paslon-${i + 1}`;
    const tag = `#${surnameA}${surnameB}`;
    return {
      candidateId: id,
      ballotNumber: i + 1,
      names: [a.join(' '), b.join(' ')],
      accounts: [`${id}-official`, `${id}-tim`, `${id}-a`, `${id}-b`],
      groups: [`${id}-relawan`],
      posts: Array.from({ length: 20 }, (_, k) => `${id}-post-${k}`),
      lexicon: {
        candidateId: id,
        terms: [a.join(' '), b.join(' '), surnameA, surnameB, slogan, tag, `${surnameA}-${surnameB}`],
        ballotNumber: i + 1,
      },
    };
  });
}

/**
 * Interaction events: mostly innocuous traffic, with planted violations by ASN-linked accounts
 * (interactions with candidate accounts/groups/posts, candidate mentions) and vote-buying posts.
 */
export function generateEvents(
  n: number,
  asnAccounts: readonly string[],
  otherAccounts: readonly string[],
  candidates: readonly SyntheticCandidate[],
  seed = 4,
  violationRate = 0.02,
): { events: SyntheticEvent[]; planted: PlantedViolation[] } {
  const rng = createRng(seed);
  const events: SyntheticEvent[] = [];
  const planted: PlantedViolation[] = [];
  const start = Date.parse('2024-09-25T00:00:00+07:00');
  for (let i = 0; i < n; i++) {
    const id = `ev-${i}`;
    const occurredAt = new Date(start + rng.int(60 * 86_400) * 1000).toISOString();
    const platform = rng.pick(['facebook', 'instagram', 'x', 'tiktok']);
    const base = { id, occurredAt, platform, url: `https://${platform}.example/${id}` };
    const c = candidates.length > 0 ? rng.pick(candidates) : undefined;
    if (c && asnAccounts.length > 0 && rng.chance(violationRate)) {
      const actor = rng.pick(asnAccounts);
      const k = rng.int(4);
      if (k === 0) {
        events.push({
          ...base,
          type: rng.pick(['like', 'follow', 'comment'] as const),
          actorAccountId: actor,
          targetAccountId: rng.pick(c.accounts),
        });
        planted.push({ eventId: id, ruleId: 'asn.interaction.candidate_account' });
      } else if (k === 1) {
        events.push({ ...base, type: 'join_group', actorAccountId: actor, groupId: rng.pick(c.groups) });
        planted.push({ eventId: id, ruleId: 'asn.interaction.candidate_group' });
      } else if (k === 2) {
        events.push({ ...base, type: 'share', actorAccountId: actor, targetPostId: rng.pick(c.posts) });
        planted.push({ eventId: id, ruleId: 'asn.interaction.candidate_post' });
      } else {
        const term = rng.pick(c.lexicon.terms);
        events.push({
          ...base,
          type: 'post',
          actorAccountId: actor,
          text: `Mantap! ${term} pasti menang, coblos no ${c.ballotNumber} 🙏`,
        });
        planted.push({ eventId: id, ruleId: 'asn.post.mentions_candidate' });
      }
      continue;
    }
    if (rng.chance(violationRate / 4)) {
      events.push({
        ...base,
        type: 'post',
        actorAccountId: rng.pick(otherAccounts),
        text: 'Besok ada serangan fajar, siapkan amplop pemilih',
      });
      planted.push({ eventId: id, ruleId: 'any.post.vote_buying' });
      continue;
    }
    const actor = rng.chance(0.1) && asnAccounts.length > 0 ? rng.pick(asnAccounts) : rng.pick(otherAccounts);
    const type = rng.pick(['like', 'comment', 'share', 'follow', 'post'] as const);
    const ev: SyntheticEvent = {
      ...base,
      type,
      actorAccountId: actor,
      targetAccountId: rng.pick(otherAccounts),
    };
    if (type === 'post' || type === 'comment')
      ev.text = `${rng.pick(BIO_PERSONAL)} — kali ini cuaca cerah di ${rng.pick(['Duri', 'Mandau', 'Siak', 'Dumai'])}`;
    events.push(ev);
  }
  return { events, planted };
}
