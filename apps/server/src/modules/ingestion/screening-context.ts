import { createHash } from 'node:crypto';
import {
  buildRegistryIndex,
  estimateLinkModel,
  linkAccount,
  normaliseName,
  type Account,
  type AsnLink,
  type CandidateLexiconEntry,
  type LinkModel,
  type RegistryIndex,
  type StaffDecision,
  type StageVerdict,
} from '@netra/engine';
import type { Queryable } from '../../db/database';
import { candidatesRepository } from '../candidates/candidates.repository';
import { screeningRepository, type RegistryPerson } from './screening.repository';

export type IdentityLink = AsnLink & {
  asnId: string;
  regionCode: string;
  source: 'registry_account' | 'linkage';
};

/** Everything one screening pass needs, loaded once and reused for many events. */
export type ScreeningContext = {
  candidateAccounts: Map<string, string>;
  candidateGroups: Map<string, string>;
  candidateLexicon: CandidateLexiconEntry[];
  candidateRegion: Map<string, string>;
  /** `${platform}|${handle}` → ASN (declared or confirmed accounts). */
  known: Map<string, string>;
  /** `${platform}|${handle}|${asnId}` rejected by a supervisor. */
  rejected: Set<string>;
  rejectedByAccount: Map<string, string[]>;
  people: Map<string, RegistryPerson>;
  byNip: Map<string, RegistryPerson>;
  index: RegistryIndex | null;
  model: LinkModel | null;
  stageAt: (d: Date) => StageVerdict;
  hash: (s: string) => string;
};

const MODEL_SAMPLE = 20_000;

export async function loadScreeningContext(
  q: Queryable,
  stageAt: (d: Date) => StageVerdict,
): Promise<ScreeningContext> {
  const data = await candidatesRepository.screeningData(q);
  const candidateAccounts = new Map<string, string>();
  const candidateGroups = new Map<string, string>();
  for (const a of data.accounts) {
    const target = a.kind === 'group' ? candidateGroups : candidateAccounts;
    target.set(a.handle, a.candidate_id);
    if (a.account_id) target.set(a.account_id, a.candidate_id);
  }
  const candidateLexicon: CandidateLexiconEntry[] = data.candidates.map((c) => {
    const names = [c.name, c.running_mate_name ?? '', ...c.nicknames]
      .map((n) => normaliseName(n).canonical)
      .filter((n) => n.length >= 3);
    const terms = data.lexicon.filter((t) => t.candidate_id === c.id).map((t) => t.term);
    return { candidateId: c.id, terms: [...new Set([...names, ...terms])], ballotNumber: c.ballot_number };
  });
  const people = new Map<string, RegistryPerson>();
  const byNip = new Map<string, RegistryPerson>();
  for (const p of await screeningRepository.registry(q)) {
    people.set(p.id, p);
    byNip.set(p.nip, p);
  }
  const known = new Map<string, string>();
  for (const k of await screeningRepository.knownAccounts(q))
    known.set(`${k.platform}|${k.handle}`, k.asn_id);
  const rejected = new Set<string>();
  const rejectedByAccount = new Map<string, string[]>();
  for (const r of await screeningRepository.rejectedPairs(q)) {
    rejected.add(`${r.platform}|${r.handle}|${r.asn_id}`);
    const key = `${r.platform}|${r.handle}`;
    rejectedByAccount.set(key, [...(rejectedByAccount.get(key) ?? []), r.asn_id]);
  }
  let index: RegistryIndex | null = null;
  let model: LinkModel | null = null;
  if (people.size > 0) {
    index = buildRegistryIndex(
      [...people.values()].map((p) => ({
        nip: p.nip,
        fullName: p.full_name,
        agency: p.agency_name,
        ...(p.unit ? { unit: p.unit } : {}),
        ...(p.position ? { position: p.position } : {}),
        regionCode: p.region_code,
        ...(p.region_name ? { regionName: p.region_name } : {}),
      })),
    );
    const sample = (await screeningRepository.accountSample(q, MODEL_SAMPLE)).map(toAccount);
    if (sample.length > 0) model = estimateLinkModel(index, sample);
  }
  return {
    candidateAccounts,
    candidateGroups,
    candidateLexicon,
    candidateRegion: new Map(data.candidates.map((c) => [c.id, c.region_code])),
    known,
    rejected,
    rejectedByAccount,
    people,
    byNip,
    index,
    model,
    stageAt,
    hash: (s) => createHash('sha256').update(s).digest('hex'),
  };
}

export type SocialAccount = {
  platform: string;
  account_id: string;
  handle: string | null;
  display_name: string | null;
  bio: string | null;
  location: string | null;
};

export function toAccount(s: SocialAccount): Account {
  const a: Account = { id: `${s.platform}|${s.account_id}`, displayName: s.display_name ?? s.handle ?? '' };
  if (s.handle) a.username = s.handle;
  if (s.bio) a.bio = s.bio;
  if (s.location) a.location = s.location;
  return a;
}

const REGISTRY_EXPLANATION = {
  code: 'registry.account',
  id: 'akun tercatat sebagai akun ASN ini (registri atau tautan yang dikonfirmasi petugas)',
  en: 'account recorded for this ASN (registry or a link confirmed by staff)',
};

/** The identity of an actor account: a declared/confirmed account first, else the linkage model. */
export function identityOf(ctx: ScreeningContext, s: SocialAccount): IdentityLink | null {
  const handle = (s.handle ?? s.account_id).toLowerCase();
  const knownAsn = ctx.known.get(`${s.platform}|${handle}`);
  if (knownAsn && !ctx.rejected.has(`${s.platform}|${handle}|${knownAsn}`)) {
    const p = ctx.people.get(knownAsn);
    if (p)
      return {
        nip: p.nip,
        probability: 1,
        band: 'auto_flag',
        explanation: [REGISTRY_EXPLANATION],
        asnId: p.id,
        regionCode: p.region_code,
        source: 'registry_account',
      };
  }
  if (!ctx.index || !ctx.model || !s.display_name) return null;
  const decisions: StaffDecision[] = [];
  const account = toAccount(s);
  for (const asnId of ctx.rejectedByAccount.get(`${s.platform}|${handle}`) ?? []) {
    const p = ctx.people.get(asnId);
    if (p) decisions.push({ accountId: account.id, nip: p.nip, decision: 'reject' });
  }
  const result = linkAccount(account, ctx.index, ctx.model, { decisions });
  if (!result.best || result.band === 'ignore') return null;
  const p = ctx.byNip.get(result.best.nip);
  if (!p || ctx.rejected.has(`${s.platform}|${handle}|${p.id}`)) return null;
  return {
    nip: p.nip,
    probability: result.best.probability,
    band: result.band,
    explanation: result.best.explanation,
    asnId: p.id,
    regionCode: p.region_code,
    source: 'linkage',
  };
}
