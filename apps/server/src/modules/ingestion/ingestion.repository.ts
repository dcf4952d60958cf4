import type { ScreeningEvent } from '@netra/engine';
import type { Queryable } from '../../db/database';

export type ActorProfile = { handle?: string; displayName?: string; bio?: string; location?: string };
export type StoredEvent = ScreeningEvent & { actor?: ActorProfile };

export type EventRow = {
  id: string;
  type: ScreeningEvent['type'];
  platform: string;
  actor_account_id: string;
  target_account_id: string | null;
  target_post_id: string | null;
  group_id: string | null;
  text: string | null;
  url: string | null;
  occurred_at: Date;
  region_code: string | null;
};

export const ingestionRepository = {
  /** Actor profiles: new accounts inserted, known ones refreshed with what this batch says. */
  async upsertActors(q: Queryable, events: readonly StoredEvent[]): Promise<void> {
    const byKey = new Map<string, { platform: string; account_id: string } & ActorProfile>();
    for (const e of events)
      byKey.set(`${e.platform}\u0000${e.actorAccountId}`, {
        platform: e.platform,
        account_id: e.actorAccountId,
        ...e.actor,
      });
    if (byKey.size === 0) return;
    await q.query(
      `INSERT INTO social_accounts AS s (platform, account_id, handle, display_name, bio, location)
       SELECT a.platform, a.account_id, lower(ltrim(a.handle, '@')), a."displayName", a.bio, a.location
       FROM jsonb_to_recordset($1::jsonb) AS a(platform text, account_id text, handle text, "displayName" text,
         bio text, location text)
       ON CONFLICT (platform, account_id) DO UPDATE SET
         handle = coalesce(EXCLUDED.handle, s.handle), display_name = coalesce(EXCLUDED.display_name, s.display_name),
         bio = coalesce(EXCLUDED.bio, s.bio), location = coalesce(EXCLUDED.location, s.location), last_seen_at = now()`,
      [JSON.stringify([...byKey.values()])],
    );
  },

  /** Inserts the events; ids already stored are skipped. Returns the ids actually inserted. */
  async insertEvents(
    q: Queryable,
    events: readonly StoredEvent[],
    meta: { regionCode: string | null; source: string; importId: string | null },
  ): Promise<string[]> {
    if (events.length === 0) return [];
    const { rows } = await q.query<{ id: string }>(
      `INSERT INTO events (id, type, platform, actor_account_id, target_account_id, target_post_id, group_id,
         text, url, occurred_at, region_code, source, import_id)
       SELECT e.id, e.type, e.platform, e."actorAccountId", e."targetAccountId", e."targetPostId", e."groupId",
         e.text, e.url, e."occurredAt"::timestamptz, $2, $3, $4
       FROM jsonb_to_recordset($1::jsonb) AS e(id text, type text, platform text, "actorAccountId" text,
         "targetAccountId" text, "targetPostId" text, "groupId" text, text text, url text, "occurredAt" text)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        JSON.stringify(events.map(({ actor: _actor, ...e }) => e)),
        meta.regionCode,
        meta.source,
        meta.importId,
      ],
    );
    return rows.map((r) => r.id);
  },

  async byIds(q: Queryable, ids: readonly string[]): Promise<EventRow[]> {
    const { rows } = await q.query<EventRow>(
      'SELECT * FROM events WHERE id = ANY($1) ORDER BY occurred_at, id',
      [ids],
    );
    return rows;
  },

  async unscreened(q: Queryable, limit: number): Promise<EventRow[]> {
    const { rows } = await q.query<EventRow>(
      'SELECT * FROM events WHERE screened_at IS NULL ORDER BY received_at, id LIMIT $1',
      [limit],
    );
    return rows;
  },

  /** Keyset page over all events of a region subtree (replay). */
  async page(q: Queryable, scope: string, afterId: string, limit: number): Promise<EventRow[]> {
    const { rows } = await q.query<EventRow>(
      `SELECT * FROM events WHERE id > $2 AND ($1 = 'ID' OR region_code IS NULL OR region_code = $1
         OR region_code LIKE $1 || '.%') ORDER BY id LIMIT $3`,
      [scope, afterId, limit],
    );
    return rows;
  },

  async markScreened(q: Queryable, ids: readonly string[]): Promise<void> {
    await q.query('UPDATE events SET screened_at = now() WHERE id = ANY($1)', [ids]);
  },

  async countByIds(q: Queryable, ids: readonly string[]): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events WHERE id = ANY($1)',
      [ids],
    );
    return rows[0]!.n;
  },
};

export function toScreeningEvent(r: EventRow): ScreeningEvent {
  const e: ScreeningEvent = {
    id: r.id,
    type: r.type,
    platform: r.platform,
    actorAccountId: r.actor_account_id,
    occurredAt: r.occurred_at.toISOString(),
  };
  if (r.target_account_id) e.targetAccountId = r.target_account_id;
  if (r.target_post_id) e.targetPostId = r.target_post_id;
  if (r.group_id) e.groupId = r.group_id;
  if (r.text !== null) e.text = r.text;
  if (r.url) e.url = r.url;
  return e;
}
