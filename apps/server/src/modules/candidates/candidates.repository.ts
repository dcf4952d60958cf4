import { inRegionScopes } from '../../lib/sql';
import type { CandidateAccountInput, CandidateInput, LexiconTermInput } from '@netra/contracts';
import type { Queryable } from '../../db/database';

export type CandidateRow = {
  id: string;
  election_id: string;
  region_code: string;
  ballot_number: number;
  name: string;
  running_mate_name: string | null;
  nicknames: string[];
  parties: string[];
  coalition_name: string | null;
};
export type CandidateAccountRow = {
  id: string;
  candidate_id: string;
  platform: string;
  kind: 'official' | 'campaign_team' | 'group';
  handle: string;
  account_id: string | null;
  display_name: string | null;
  profile_url: string | null;
};
export type LexiconRow = {
  id: string;
  candidate_id: string;
  kind: 'name' | 'nickname' | 'slogan' | 'hashtag' | 'number_phrase';
  term: string;
};

export const candidatesRepository = {
  async electionRegion(q: Queryable, electionId: string): Promise<string | undefined> {
    const { rows } = await q.query<{ region_code: string }>(
      'SELECT region_code FROM elections WHERE id = $1',
      [electionId],
    );
    return rows[0]?.region_code;
  },

  async list(q: Queryable, scopes: string[], electionId?: string): Promise<CandidateRow[]> {
    const { rows } = await q.query<CandidateRow>(
      // Also the pairs of an election that covers the actor's area: a Panwaslu Kecamatan watches
      // the regency's candidates (candidate pairs are public information), and every scope lies in
      // a national election ('ID'). The single read (candidates.service get) decides the same way.
      `SELECT c.* FROM candidates c
       WHERE (${inRegionScopes('c.region_code', '$1')}
              OR EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE s LIKE c.region_code || '.%' OR c.region_code = 'ID'))
         AND ($2::text IS NULL OR c.election_id = $2)
       ORDER BY c.election_id, c.ballot_number`,
      [scopes, electionId ?? null],
    );
    return rows;
  },

  async get(q: Queryable, id: string, lock = false): Promise<CandidateRow | undefined> {
    const { rows } = await q.query<CandidateRow>(
      `SELECT * FROM candidates WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  },

  async byBallot(q: Queryable, electionId: string, ballot: number): Promise<CandidateRow | undefined> {
    const { rows } = await q.query<CandidateRow>(
      'SELECT * FROM candidates WHERE election_id = $1 AND ballot_number = $2 FOR UPDATE',
      [electionId, ballot],
    );
    return rows[0];
  },

  async insert(q: Queryable, c: CandidateInput, regionCode: string): Promise<CandidateRow> {
    const { rows } = await q.query<CandidateRow>(
      `INSERT INTO candidates (election_id, region_code, ballot_number, name, running_mate_name, nicknames,
         parties, coalition_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [
        c.electionId,
        regionCode,
        c.ballotNumber,
        c.name,
        c.runningMateName ?? null,
        c.nicknames,
        c.parties,
        c.coalitionName ?? null,
      ],
    );
    return rows[0]!;
  },

  async update(q: Queryable, id: string, c: CandidateInput): Promise<CandidateRow> {
    const { rows } = await q.query<CandidateRow>(
      `UPDATE candidates SET ballot_number = $2, name = $3, running_mate_name = $4, nicknames = $5,
         parties = $6, coalition_name = $7, updated_at = now() WHERE id = $1 RETURNING *`,
      [
        id,
        c.ballotNumber,
        c.name,
        c.runningMateName ?? null,
        c.nicknames,
        c.parties,
        c.coalitionName ?? null,
      ],
    );
    return rows[0]!;
  },

  async remove(q: Queryable, id: string): Promise<void> {
    await q.query('DELETE FROM candidates WHERE id = $1', [id]);
  },

  async accounts(q: Queryable, candidateIds: string[]): Promise<CandidateAccountRow[]> {
    const { rows } = await q.query<CandidateAccountRow>(
      'SELECT * FROM candidate_accounts WHERE candidate_id = ANY($1) ORDER BY platform, kind, handle',
      [candidateIds],
    );
    return rows;
  },

  async countAccounts(q: Queryable, candidateId: string, platform: string): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM candidate_accounts WHERE candidate_id = $1 AND platform = $2 AND kind <> 'group'`,
      [candidateId, platform],
    );
    return rows[0]!.n;
  },

  async insertAccount(
    q: Queryable,
    candidateId: string,
    a: CandidateAccountInput,
  ): Promise<CandidateAccountRow> {
    const { rows } = await q.query<CandidateAccountRow>(
      `INSERT INTO candidate_accounts (candidate_id, platform, kind, handle, account_id, display_name, profile_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [
        candidateId,
        a.platform,
        a.kind,
        a.handle,
        a.accountId ?? null,
        a.displayName ?? null,
        a.profileUrl ?? null,
      ],
    );
    return rows[0]!;
  },

  async removeAccount(q: Queryable, candidateId: string, accountId: string): Promise<boolean> {
    const r = await q.query('DELETE FROM candidate_accounts WHERE id = $1 AND candidate_id = $2', [
      accountId,
      candidateId,
    ]);
    return (r.rowCount ?? 0) > 0;
  },

  async clearAccountsAndLexicon(q: Queryable, candidateId: string): Promise<void> {
    await q.query('DELETE FROM candidate_accounts WHERE candidate_id = $1', [candidateId]);
    await q.query('DELETE FROM candidate_lexicon WHERE candidate_id = $1', [candidateId]);
  },

  async lexicon(q: Queryable, candidateIds: string[]): Promise<LexiconRow[]> {
    const { rows } = await q.query<LexiconRow>(
      'SELECT id, candidate_id, kind, term FROM candidate_lexicon WHERE candidate_id = ANY($1) ORDER BY kind, term',
      [candidateIds],
    );
    return rows;
  },

  async insertTerm(q: Queryable, candidateId: string, t: LexiconTermInput): Promise<LexiconRow | undefined> {
    const { rows } = await q.query<LexiconRow>(
      `INSERT INTO candidate_lexicon (candidate_id, kind, term) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING id, candidate_id, kind, term`,
      [candidateId, t.kind, t.term],
    );
    return rows[0];
  },

  async removeTerm(q: Queryable, candidateId: string, termId: string): Promise<boolean> {
    const r = await q.query('DELETE FROM candidate_lexicon WHERE id = $1 AND candidate_id = $2', [
      termId,
      candidateId,
    ]);
    return (r.rowCount ?? 0) > 0;
  },

  /** Everything the screening needs, for all candidates (accounts, groups, lexicon, ballots). */
  async screeningData(q: Queryable) {
    const candidates = await q.query<{
      id: string;
      ballot_number: number;
      region_code: string;
      name: string;
      running_mate_name: string | null;
      nicknames: string[];
    }>('SELECT id, ballot_number, region_code, name, running_mate_name, nicknames FROM candidates');
    const ids = candidates.rows.map((c) => c.id);
    return {
      candidates: candidates.rows,
      accounts: await candidatesRepository.accounts(q, ids),
      lexicon: await candidatesRepository.lexicon(q, ids),
    };
  },
};
