import { randomInt, randomUUID } from 'node:crypto';
import { bengkalis2024Election } from '@netra/rules';
import type { TestApp } from '../helpers/test-app';

// Monitoring data for the triage tests and the authorisation matrix: an ASN with a declared X
// account, a candidate pair with its official account, and "like" events by the ASN's account on the
// candidate's account during the campaign, screened by the real screening service into leads.

export type PlantedLead = {
  leadId: string;
  asnId: string;
  nip: string;
  handle: string;
  candidateId: string;
  candidateAccountId: string;
  platform: string;
  eventIds: string[];
};

async function ensureElection(t: TestApp): Promise<string> {
  const e = bengkalis2024Election;
  await t.db.query(
    `INSERT INTO elections (id, name, profile_id, region_code, definition) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (id) DO NOTHING`,
    [e.id, e.name, e.profileId, e.regionCode, JSON.stringify(e)],
  );
  return e.id;
}

/** Stores events of `handle` liking the candidate account and screens them (returns their ids). */
export async function likeEvents(
  t: TestApp,
  p: { platform: string; actorId: string; targetId: string; count: number; day?: string },
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < p.count; i++) {
    const id = `uji-${randomUUID()}`;
    await t.db.query(
      `INSERT INTO events (id, type, platform, actor_account_id, target_account_id, target_post_id, url, occurred_at, source)
       VALUES ($1, 'like', $2, $3, $4, $5, $6, $7, 'api')`,
      [
        id,
        p.platform,
        p.actorId,
        p.targetId,
        `post-${i}`,
        `https://x.example/paslon/status/${i}`,
        `${p.day ?? '2024-10-10'}T0${i % 10}:00:00+07:00`,
      ],
    );
    ids.push(id);
  }
  t.services.screening.invalidate();
  await t.services.screening.screenEventIds(ids);
  return ids;
}

/**
 * A candidate with a free ballot number (10–99) in the shared test election. Ballot numbers are
 * unique per election and every planted lead adds a candidate, so the number is picked among the
 * free ones; a file running at the same time may take it first, hence the retries.
 */
async function insertCandidate(t: TestApp, electionId: string, name: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const r = await t.db.query<{ id: string }>(
        `INSERT INTO candidates (election_id, region_code, ballot_number, name, running_mate_name)
         SELECT $1, '14.03', n, $2, 'Wakil Uji' FROM generate_series(10, 99) AS n
          WHERE NOT EXISTS (SELECT 1 FROM candidates c WHERE c.election_id = $1 AND c.ballot_number = n)
          ORDER BY random() LIMIT 1
         RETURNING id`,
        [electionId, name],
      );
      if (!r.rows[0]) throw new Error('no free ballot number left in the test election');
      return r.rows[0].id;
    } catch (e) {
      if ((e as { code?: string }).code !== '23505') throw e;
    }
  }
  throw new Error('could not find a free ballot number after 5 attempts');
}

export async function plantLead(
  t: TestApp,
  regionCode = '14.03.12',
  agency = 'Dinas Pendidikan',
): Promise<PlantedLead> {
  const suffix = randomUUID().slice(0, 8);
  const platform = 'x';
  const nip = `19850312${String(randomInt(100000, 999999))}1001`.slice(0, 18);
  const asn = await t.db.query<{ id: string }>(
    `INSERT INTO asn_people (nip, full_name, name_key, asn_type, agency_name, unit, position, rank, region_code, row_hash)
     VALUES ($1, $2, $3, 'PNS', $4, 'SD Negeri 1', 'Guru Ahli Pertama', 'III/b', $5, md5($1)) RETURNING id`,
    [nip, `Budi Santoso ${suffix}, S.Pd.`, `budi santoso ${suffix}`, `${agency} ${suffix}`, regionCode],
  );
  const asnId = asn.rows[0]!.id;
  const handle = `budi_${suffix}`;
  const actorId = `actor-${suffix}`;
  await t.db.query(
    `INSERT INTO asn_accounts (asn_id, platform, handle, source) VALUES ($1, $2, $3, 'registry')`,
    [asnId, platform, handle],
  );
  await t.db.query(
    `INSERT INTO social_accounts (platform, account_id, handle, display_name) VALUES ($1, $2, $3, $4)`,
    [platform, actorId, handle, `Budi ${suffix}`],
  );
  const electionId = await ensureElection(t);
  const candidateId = await insertCandidate(t, electionId, `Calon Uji ${suffix}`);
  const candidateAccountId = `cand-${suffix}`;
  await t.db.query(
    `INSERT INTO candidate_accounts (candidate_id, platform, kind, handle, account_id) VALUES ($1, $2, 'official', $3, $4)`,
    [candidateId, platform, `paslon_${suffix}`, candidateAccountId],
  );
  const eventIds = await likeEvents(t, { platform, actorId, targetId: candidateAccountId, count: 3 });
  const lead = await t.db.query<{ id: string }>(`SELECT id FROM leads WHERE event_id = $1 AND asn_id = $2`, [
    eventIds[0],
    asnId,
  ]);
  if (!lead.rows[0]) throw new Error('screening made no lead for the planted event');
  return { leadId: lead.rows[0].id, asnId, nip, handle, candidateId, candidateAccountId, platform, eventIds };
}
