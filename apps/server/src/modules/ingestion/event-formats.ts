/**
 * Converters from platform exports to Netra's event schema (docs/event.schema.json). Field names
 * follow the platforms' public API documentation:
 * - X API v2 post lookup / search (`GET /2/tweets`, `/2/tweets/search/*`): `{ data: [Post], includes:
 *   { users: [User] } }`, Post fields id, text, author_id, created_at, in_reply_to_user_id,
 *   referenced_tweets[{type: replied_to|quoted|retweeted, id}], entities.mentions[{username, id}];
 *   User fields id, name, username, description, location.
 * - X API v2 liking users (`GET /2/tweets/:id/liking_users`): `{ data: [User], meta }`; the response
 *   names neither the post nor the like's time, so the importer takes `tweetId`, `tweetAuthor` and
 *   `collectedAt` as parameters.
 * - TikTok Research API video query (`POST /v2/research/video/query/`): `{ data: { videos: [{ id,
 *   username, create_time (Unix seconds), video_description, hashtag_names, region_code }] } }`.
 * - TikTok Research API video comments (`POST /v2/research/video/comment/list/`): `{ data: { comments:
 *   [{ id, video_id, text, parent_comment_id, create_time }] } }`. Comments carry no author, so
 *   they can only raise content leads (vote buying, hate/hoax), never ASN leads.
 */
export type RawEvent = Record<string, unknown>;
export type PlatformFormat =
  'x_v2_posts' | 'x_v2_liking_users' | 'tiktok_videos' | 'tiktok_comments' | 'netra_array';
export type FormatParams = {
  tweetId?: string;
  tweetAuthor?: string;
  collectedAt?: string;
  videoAuthor?: string;
};

type XUser = { id?: string; name?: string; username?: string; description?: string; location?: string };
type XPost = {
  id?: string;
  text?: string;
  author_id?: string;
  created_at?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: { type?: string; id?: string }[];
  entities?: { mentions?: { username?: string; id?: string }[] };
};

/** Platform ids arrive as strings or (TikTok) numbers; anything else is no id. */
const idText = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Which export a parsed JSON document is. */
export function detectFormat(doc: unknown): PlatformFormat | undefined {
  if (Array.isArray(doc)) return 'netra_array';
  const o = obj(doc);
  if (!o) return undefined;
  const inner = obj(o.data);
  if (inner && Array.isArray(inner.videos)) return 'tiktok_videos';
  if (inner && Array.isArray(inner.comments)) return 'tiktok_comments';
  if (Array.isArray(o.data)) {
    const first = obj(o.data[0]);
    if (!first) return o.includes ? 'x_v2_posts' : 'x_v2_liking_users';
    return 'text' in first || 'author_id' in first ? 'x_v2_posts' : 'x_v2_liking_users';
  }
  return undefined;
}

function xActor(u: XUser | undefined) {
  if (!u) return undefined;
  return { handle: u.username, displayName: u.name, bio: u.description, location: u.location };
}

function fromXPosts(doc: Record<string, unknown>): RawEvent[] {
  const users = new Map<string, XUser>();
  for (const u of (obj(doc.includes)?.users as XUser[] | undefined) ?? []) if (u.id) users.set(u.id, u);
  return ((doc.data as XPost[]) ?? []).map((p) => {
    const refs = p.referenced_tweets ?? [];
    const reply = refs.find((r) => r.type === 'replied_to');
    const shared = refs.find((r) => r.type === 'retweeted' || r.type === 'quoted');
    const mention = p.entities?.mentions?.[0];
    const author = p.author_id ? users.get(p.author_id) : undefined;
    const replyTo = p.in_reply_to_user_id ? users.get(p.in_reply_to_user_id) : undefined;
    // Target accounts by handle when the response includes the user (candidate accounts are
    // registered by handle), else by the numeric id.
    const target = reply
      ? (replyTo?.username ?? p.in_reply_to_user_id)
      : mention
        ? (mention.username ?? mention.id)
        : undefined;
    return {
      id: p.id ? `x:${p.id}` : undefined,
      type: reply ? 'comment' : shared ? 'share' : mention ? 'mention' : 'post',
      platform: 'x',
      actorAccountId: p.author_id,
      targetAccountId: target?.toLowerCase(),
      targetPostId: reply?.id ?? shared?.id,
      text: p.text,
      url: author?.username && p.id ? `https://x.com/${author.username}/status/${p.id}` : undefined,
      occurredAt: p.created_at,
      actor: xActor(author),
    };
  });
}

function fromXLikingUsers(doc: Record<string, unknown>, params: FormatParams): RawEvent[] {
  const at = params.collectedAt ?? new Date().toISOString();
  return ((doc.data as XUser[]) ?? []).map((u) => ({
    id: params.tweetId && u.id ? `x:like:${params.tweetId}:${u.id}` : undefined,
    type: 'like',
    platform: 'x',
    actorAccountId: u.id,
    targetAccountId: params.tweetAuthor?.replace(/^@/, '').toLowerCase(),
    targetPostId: params.tweetId,
    occurredAt: at,
    actor: xActor(u),
  }));
}

const unix = (v: unknown) => (typeof v === 'number' ? new Date(v * 1000).toISOString() : undefined);

function fromTikTokVideos(doc: Record<string, unknown>): RawEvent[] {
  const videos = (obj(doc.data)?.videos as Record<string, unknown>[]) ?? [];
  return videos.map((v) => {
    const tags = Array.isArray(v.hashtag_names)
      ? (v.hashtag_names as string[]).map((h) => `#${h}`).join(' ')
      : '';
    const desc = typeof v.video_description === 'string' ? v.video_description : '';
    const username = typeof v.username === 'string' ? v.username : undefined;
    return {
      id: v.id !== undefined ? `tiktok:${idText(v.id)}` : undefined,
      type: 'post',
      platform: 'tiktok',
      actorAccountId: username?.toLowerCase(),
      text: [desc, tags].filter(Boolean).join(' '),
      url:
        username && v.id !== undefined
          ? `https://www.tiktok.com/@${username}/video/${idText(v.id)}`
          : undefined,
      occurredAt: unix(v.create_time),
      actor: username ? { handle: username } : undefined,
    };
  });
}

function fromTikTokComments(doc: Record<string, unknown>, params: FormatParams): RawEvent[] {
  const comments = (obj(doc.data)?.comments as Record<string, unknown>[]) ?? [];
  return comments.map((c) => ({
    id: c.id !== undefined ? `tiktok:comment:${idText(c.id)}` : undefined,
    type: 'comment',
    platform: 'tiktok',
    // The Research API gives no commenter: the comment itself stands for an unknown actor.
    actorAccountId: c.id !== undefined ? `anonymous-comment:${idText(c.id)}` : undefined,
    targetAccountId: params.videoAuthor?.replace(/^@/, '').toLowerCase(),
    targetPostId: c.video_id !== undefined ? `tiktok:${idText(c.video_id)}` : undefined,
    text: c.text,
    occurredAt: unix(c.create_time),
  }));
}

export function eventsFromDocument(
  doc: unknown,
  format: PlatformFormat,
  params: FormatParams = {},
): unknown[] {
  const o = obj(doc) ?? {};
  switch (format) {
    case 'netra_array':
      return doc as unknown[];
    case 'x_v2_posts':
      return fromXPosts(o);
    case 'x_v2_liking_users':
      return fromXLikingUsers(o, params);
    case 'tiktok_videos':
      return fromTikTokVideos(o);
    case 'tiktok_comments':
      return fromTikTokComments(o, params);
  }
}

/** Netra CSV columns (header names) → event fields; actor profile columns are optional. */
export const NETRA_CSV_COLUMNS = [
  'id',
  'type',
  'platform',
  'actorAccountId',
  'actorHandle',
  'actorDisplayName',
  'actorBio',
  'actorLocation',
  'targetAccountId',
  'targetPostId',
  'groupId',
  'text',
  'url',
  'occurredAt',
] as const;

export function eventFromCsvRecord(r: Record<string, string>): RawEvent {
  const blank = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  const actor = {
    handle: blank(r.actorHandle),
    displayName: blank(r.actorDisplayName),
    bio: blank(r.actorBio),
    location: blank(r.actorLocation),
  };
  return {
    id: blank(r.id),
    type: blank(r.type),
    platform: blank(r.platform),
    actorAccountId: blank(r.actorAccountId),
    targetAccountId: blank(r.targetAccountId),
    targetPostId: blank(r.targetPostId),
    groupId: blank(r.groupId),
    text: blank(r.text),
    url: blank(r.url),
    occurredAt: blank(r.occurredAt),
    actor: Object.values(actor).some(Boolean) ? actor : undefined,
  };
}
