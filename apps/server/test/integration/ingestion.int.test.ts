import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { actorContext, letterTag, monitoringWorld } from './ingestion-helpers';
import { fileUpload, sessionAs } from './registry-helpers';

type Ingest = {
  importId: string;
  received: number;
  stored: number;
  duplicates: number;
  rejected: number;
  leads: number;
  errors: { row: number; reason: string }[];
};
type LeadRow = {
  rule_id: string;
  asn_id: string | null;
  region_code: string;
  status: string;
  band: string | null;
  explanation: { identity: { nip: string } | null };
  account_handle: string;
  candidate_id: string | null;
};
type ErrorRow = { rowNumber: number; messageId: string };
type Pair = { ballotNumber: number; accounts: unknown[]; lexicon: unknown[] };
type Err = { error: { code: string } };

let t: TestApp;
let session: Awaited<ReturnType<typeof sessionAs>>;
let world: Awaited<ReturnType<typeof monitoringWorld>>;
const tag = letterTag();
const at = '2024-10-15T09:00:00+07:00'; // campaign period of the Bengkalis 2024 election

beforeAll(async () => {
  t = await createTestApp();
  session = await sessionAs(t, 'commissioner', '14.03');
  world = await monitoringWorld(t, tag, await actorContext(t, 'commissioner'));
});
afterAll(async () => t?.close());

const leadsOf = async (eventIds: string[]) =>
  (
    await t.db.query<LeadRow>(
      `SELECT rule_id, asn_id, region_code, status, band, explanation, account_handle, candidate_id FROM leads
       WHERE event_id = ANY($1) ORDER BY rule_id`,
      [eventIds],
    )
  ).rows;

async function post(events: unknown[]) {
  return t.app.inject({
    method: 'POST',
    url: '/api/ingestion/events',
    headers: session.headers,
    payload: { regionCode: '14.03', events },
  });
}

describe('batch API', () => {
  const like = () => ({
    id: `ev-${tag}-like`,
    type: 'like',
    platform: 'x',
    actorAccountId: `u-${tag}`,
    actor: { handle: world.asnHandle, displayName: `Hendra ${tag}` },
    targetAccountId: world.candidateHandle,
    occurredAt: at,
  });

  it('stores valid events once, reports malformed ones by position, counts duplicates, and makes leads', async () => {
    const res = await post([
      like(),
      like(), // same id twice in one batch
      { id: `ev-${tag}-bad`, type: 'clap', platform: 'x', actorAccountId: 'a', occurredAt: at },
      {
        id: `ev-${tag}-nozone`,
        type: 'like',
        platform: 'x',
        actorAccountId: 'a',
        occurredAt: '2024-10-15T09:00:00',
      },
      'not an object',
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Ingest>();
    expect(body).toMatchObject({ received: 5, stored: 1, duplicates: 1, rejected: 3, leads: 1 });
    expect(body.errors).toEqual([
      { row: 3, reason: 'unknown event type "clap"' },
      { row: 4, reason: 'timestamp without time zone' },
      { row: 5, reason: 'not a JSON object' },
    ]);
    const run = (
      await t.app.inject({ url: `/api/ingestion/imports/${body.importId}`, headers: session.headers })
    ).json<ErrorRow[]>();
    expect(run).toMatchObject({
      status: 'done',
      processedRows: 5,
      insertedRows: 1,
      rejectedRows: 3,
      unchangedRows: 1,
    });
    const errors = (
      await t.app.inject({ url: `/api/ingestion/imports/${body.importId}/errors`, headers: session.headers })
    ).json<ErrorRow[]>();
    expect(errors[0]).toMatchObject({ rowNumber: 3, messageId: 'jenis peristiwa tidak dikenal "clap"' });
    const leads = await leadsOf([`ev-${tag}-like`]);
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({
      rule_id: 'asn.interaction.candidate_account',
      asn_id: world.asnId,
      region_code: '14.03.12',
      status: 'open',
      band: 'auto_flag',
      account_handle: world.asnHandle,
      candidate_id: world.candidateId,
    });
    expect(leads[0]!.explanation.identity!.nip).toBe(world.asnNip);
  });

  it('a re-sent batch stores nothing and creates no lead (idempotent by event id)', async () => {
    const res = (await post([like()])).json<Ingest>();
    expect(res).toMatchObject({ stored: 0, duplicates: 1, leads: 0 });
    expect(
      await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE id = $1`, [
        `ev-${tag}-like`,
      ]),
    ).toMatchObject({
      rows: [{ n: 1 }],
    });
  });

  it('refuses more than 1,000 events and agency HR entirely', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ ...like(), id: `many-${tag}-${i}` }));
    expect((await post(many)).statusCode).toBe(400);
    const hr = await sessionAs(t, 'agency_hr', '14.03');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/ingestion/events',
      headers: hr.headers,
      payload: { regionCode: '14.03', events: [like()] },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('screening jobs', () => {
  it('replaying stored events creates no duplicate lead; a rejected pair is never proposed again', async () => {
    // Only this file's events: other files share the database and their own events may still be
    // waiting for screening, so a replay of the region can rightly add leads for them.
    const ours = async () =>
      (
        await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM leads WHERE event_id LIKE $1`, [
          `%${tag}%`,
        ])
      ).rows[0]!.n;
    const before = await ours();
    expect(before).toBeGreaterThan(0);
    await t.services.screening.requestReplay('14.03');
    await t.services.screening.runReplays();
    expect(await ours()).toBe(before);

    const { inTransaction } = await import('../../src/db/database');
    await inTransaction(t.db, (tx) =>
      t.services.screening.rejectPair(tx, {
        platform: 'x',
        handle: world.asnHandle,
        asnId: world.asnId,
        userId: session.userId,
        reason: 'bukan orangnya',
      }),
    );
    expect((await leadsOf([`ev-${tag}-like`]))[0]!.status).toBe('rejected');
    const res = (
      await post([
        {
          id: `ev-${tag}-like2`,
          type: 'comment',
          platform: 'x',
          actorAccountId: `u-${tag}`,
          targetAccountId: world.candidateHandle,
          text: 'mantap',
          occurredAt: at,
        },
      ])
    ).json<Ingest>();
    expect(res).toMatchObject({ stored: 1, leads: 0 });
    await t.services.screening.requestReplay('14.03');
    await t.services.screening.runReplays();
    const again = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM leads WHERE asn_id = $1 AND status = 'open'`,
      [world.asnId],
    );
    expect(again.rows[0]!.n).toBe(0);
  });

  it('the pending sweep screens events stored without screening (e.g. from JetStream)', async () => {
    await t.db.query(
      `INSERT INTO events (id, type, platform, actor_account_id, text, occurred_at, source, region_code)
       VALUES ($1, 'post', 'x', 'someone', 'Ada serangan fajar, amplop dibagi malam ini', $2, 'jetstream', '14.03')`,
      [`ev-${tag}-vote`, at],
    );
    const out = await t.services.screening.screenPending();
    expect(out.events).toBeGreaterThanOrEqual(1);
    const leads = await leadsOf([`ev-${tag}-vote`]);
    expect(leads.map((l) => l.rule_id)).toEqual(['any.post.vote_buying']);
    expect(leads[0]).toMatchObject({ asn_id: null, band: null, region_code: '14.03' });
    expect((await t.services.screening.screenPending()).events).toBe(0);
  });
});

describe('candidates', () => {
  it('enforces the KPU limit of 20 accounts per platform per candidate pair', async () => {
    const url = `/api/candidates/${world.candidateId}/accounts`;
    for (let i = 1; i < 20; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: session.headers,
        payload: { platform: 'x', kind: 'campaign_team', handle: `tim${i}_${tag}` },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const over = await t.app.inject({
      method: 'POST',
      url,
      headers: session.headers,
      payload: { platform: 'x', kind: 'campaign_team', handle: `tim21_${tag}` },
    });
    expect(over.statusCode).toBe(422);
    expect(over.json<Err>().error.code).toBe('candidates.account_limit');
    const other = await t.app.inject({
      method: 'POST',
      url,
      headers: session.headers,
      payload: { platform: 'tiktok', kind: 'official', handle: `@Calon_${tag}` },
    });
    expect(other.json<Record<string, unknown>>()).toMatchObject({
      platform: 'tiktok',
      handle: `calon_${tag}`,
    });
  });

  it('imports pairs from CSV (replacing accounts and lexicon) in one transaction', async () => {
    const csv = [
      'pemilihan,nomor_urut,jenis,platform,nilai',
      `pilbup-bengkalis-2024,8,calon,,H. Yusuf ${tag},`,
      `pilbup-bengkalis-2024,8,akun_resmi,instagram,yusuf_${tag}`,
      `pilbup-bengkalis-2024,8,tagar,,#YusufBisa${tag}`,
    ].join('\n');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/candidates/import',
      headers: session.headers,
      payload: { csv },
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = (
      await t.app.inject({
        url: '/api/candidates?electionId=pilbup-bengkalis-2024',
        headers: session.headers,
      })
    ).json<Pair[]>();
    const pair = list.find((c) => c.ballotNumber === 8)!;
    expect(pair.accounts).toEqual([
      expect.objectContaining({ platform: 'instagram', handle: `yusuf_${tag}` }),
    ]);
    expect(pair.lexicon).toEqual([expect.objectContaining({ kind: 'hashtag', term: `#YusufBisa${tag}` })]);
  });
});

describe('platform exports and files', () => {
  async function upload(bytes: Buffer, name: string, query = '') {
    const body = fileUpload(bytes, name);
    return t.app.inject({
      method: 'POST',
      url: `/api/ingestion/imports?regionCode=14.03${query}`,
      headers: { ...session.headers, ...body.headers },
      payload: body.payload,
    });
  }

  it('imports an X API v2 post lookup response (data + includes.users)', async () => {
    // Field names as in the X API v2 documentation (GET /2/tweets with expansions=author_id).
    const doc = {
      data: [
        {
          id: `17${tag.length}0001`,
          text: `@${world.candidateHandle} setuju, lanjutkan! #Lanjutkan${tag}`,
          author_id: `55${tag.length}1`,
          created_at: '2024-10-16T03:00:00.000Z',
          in_reply_to_user_id: '99',
          referenced_tweets: [{ type: 'replied_to', id: '1700000000000000001' }],
          entities: { mentions: [{ start: 0, end: 10, username: world.candidateHandle, id: '99' }] },
        },
      ],
      includes: {
        users: [
          { id: `55${tag.length}1`, name: `Ani ${tag}`, username: `ani_${tag}`, description: 'warga biasa' },
          { id: '99', name: 'Calon', username: world.candidateHandle },
        ],
      },
    };
    const res = await upload(Buffer.from(JSON.stringify(doc)), 'x-posts.json');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Ingest>()).toMatchObject({ received: 1, stored: 1, rejected: 0 });
    const ev = (
      await t.db.query<Record<string, string>>(
        `SELECT type, target_account_id, target_post_id, url FROM events WHERE id = $1`,
        [`x:17${tag.length}0001`],
      )
    ).rows[0];
    expect(ev).toMatchObject({
      type: 'comment',
      target_account_id: world.candidateHandle,
      target_post_id: '1700000000000000001',
    });
    expect(ev!.url).toBe(`https://x.com/ani_${tag}/status/17${tag.length}0001`);
    const actor = (
      await t.db.query<Record<string, string>>(
        `SELECT handle, display_name FROM social_accounts WHERE platform = 'x' AND account_id = $1`,
        [`55${tag.length}1`],
      )
    ).rows[0];
    expect(actor).toEqual({ handle: `ani_${tag}`, display_name: `Ani ${tag}` });
  });

  it('imports an X API v2 liking-users response with the post named in the query', async () => {
    const doc = {
      data: [{ id: `66${tag.length}`, name: 'Pembaca', username: `pembaca_${tag}` }],
      meta: { result_count: 1 },
    };
    const res = await upload(
      Buffer.from(JSON.stringify(doc)),
      'liking-users.json',
      `&tweetId=1700000000000000002&tweetAuthor=${world.candidateHandle}&collectedAt=2024-10-16T05:00:00%2B07:00`,
    );
    expect(res.json<Ingest>()).toMatchObject({ stored: 1 });
    const ev = (
      await t.db.query<{ type: string; target_account_id: string; occurred_at: Date }>(
        `SELECT type, target_account_id, occurred_at FROM events WHERE id = $1`,
        [`x:like:1700000000000000002:66${tag.length}`],
      )
    ).rows[0];
    expect(ev!.type).toBe('like');
    expect(ev!.target_account_id).toBe(world.candidateHandle);
    expect(ev!.occurred_at.toISOString()).toBe('2024-10-15T22:00:00.000Z');
  });

  it('imports TikTok Research API videos and comments; a vote-buying comment becomes a content lead', async () => {
    // Raw JSON text: TikTok ids are int64 numbers that a JS number would round.
    const videos = `{"data":{"videos":[{"id":7300000000000000001,"username":"kreator_${tag}","create_time":1729051200,
      "video_description":"kampanye akbar","hashtag_names":["Lanjutkan${tag}"],"region_code":"ID"}],
      "cursor":1,"has_more":false,"search_id":"abc"},"error":{"code":"ok","message":""}}`;
    const v = await upload(Buffer.from(videos), 'tiktok-videos.json');
    expect(v.json<Ingest>()).toMatchObject({ stored: 1, rejected: 0 });
    const comments = `{"data":{"comments":[
      {"id":7400000000000000001,"video_id":7300000000000000001,"text":"yang pilih nomor 7 dapat serangan fajar",
       "like_count":1,"reply_count":0,"parent_comment_id":7300000000000000001,"create_time":1729051300},
      {"id":7400000000000000002,"video_id":7300000000000000001,"text":"tanpa waktu"}],
      "cursor":2,"has_more":false}}`;
    const c = (
      await upload(Buffer.from(comments), 'tiktok-comments.json', `&videoAuthor=kreator_${tag}`)
    ).json<Ingest>();
    expect(c).toMatchObject({ received: 2, stored: 1, rejected: 1 });
    expect(c.errors[0]).toMatchObject({ row: 2, reason: 'missing occurredAt' });
    const leads = await leadsOf(['tiktok:comment:7400000000000000001']);
    expect(leads.map((l) => l.rule_id)).toContain('any.post.vote_buying');
    const video = (
      await t.db.query<Record<string, string>>(
        `SELECT actor_account_id, text FROM events WHERE id = 'tiktok:7300000000000000001'`,
      )
    ).rows[0];
    expect(video).toEqual({ actor_account_id: `kreator_${tag}`, text: `kampanye akbar #Lanjutkan${tag}` });
  });

  it('imports NDJSON and Netra CSV; a resumed run skips what it already stored', async () => {
    const lines = Array.from({ length: 6 }, (_, i) =>
      i === 2
        ? '{broken'
        : JSON.stringify({
            id: `nd-${tag}-${i}`,
            type: 'post',
            platform: 'facebook',
            actorAccountId: `fb-${i}`,
            text: 'halo',
            occurredAt: at,
          }),
    ).join('\n');
    const first = (await upload(Buffer.from(lines), 'events.ndjson')).json<Ingest>();
    expect(first).toMatchObject({ received: 6, stored: 5, rejected: 1 });
    expect(first.errors).toEqual([{ row: 3, reason: 'invalid JSON' }]);
    // Simulate an interrupted run: processed_rows says 4 were done; the resume reads on from row 5.
    await t.db.query(`UPDATE import_runs SET status = 'failed', processed_rows = 4 WHERE id = $1`, [
      first.importId,
    ]);
    const resumed = (
      await upload(Buffer.from(lines), 'events.ndjson', `&resume=${first.importId}`)
    ).json<Ingest>();
    expect(resumed).toMatchObject({ importId: first.importId, received: 2, stored: 0, duplicates: 2 });
    const csv = [
      'id,type,platform,actorAccountId,actorHandle,actorDisplayName,targetAccountId,text,occurredAt',
      `csv-${tag}-1,comment,x,u-${tag}-c,siti_${tag},"Siti, S.Pd.",${world.candidateHandle},"mantap, pak",${at}`,
    ].join('\n');
    const fromCsv = (await upload(Buffer.from(csv), 'events.csv')).json<Ingest>();
    expect(fromCsv).toMatchObject({ stored: 1, rejected: 0 });
    const row = (
      await t.db.query<Record<string, string>>(`SELECT text FROM events WHERE id = $1`, [`csv-${tag}-1`])
    ).rows[0];
    expect(row!.text).toBe('mantap, pak');
  });
});
