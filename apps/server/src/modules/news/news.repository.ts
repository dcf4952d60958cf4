import type { Queryable } from '../../db/database';
import { inRegionScopes } from '../../lib/sql';

export type ArticleRow = {
  id: string;
  slug: string;
  organization_id: string;
  organization_name: string;
  region_code: string;
  title: string;
  lead: string;
  body_html: string;
  author_name: string;
  photographer_name: string | null;
  tags: string[];
  status: 'draft' | 'published';
  published_at: Date | null;
  updated_at: Date;
  cover_photo_id: string | null;
};

export type ArticleWrite = {
  title: string;
  lead: string;
  bodyHtml: string;
  authorName: string;
  photographerName: string | null;
  tags: string[];
};

const SELECT = `SELECT n.id, n.slug, n.organization_id, o.name AS organization_name, n.region_code, n.title, n.lead,
  n.body_html, n.author_name, n.photographer_name, n.tags, n.status, n.published_at, n.updated_at,
  (SELECT p.id FROM outreach_photos p WHERE p.article_id = n.id ORDER BY p.created_at, p.id LIMIT 1) AS cover_photo_id
  FROM news_articles n JOIN organizations o ON o.id = n.organization_id`;

export const newsRepository = {
  async insert(
    tx: Queryable,
    a: ArticleWrite & { slug: string; organizationId: string; regionCode: string; createdBy: string | null },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO news_articles (slug, organization_id, region_code, title, lead, body_html, author_name,
         photographer_name, tags, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        a.slug,
        a.organizationId,
        a.regionCode,
        a.title,
        a.lead,
        a.bodyHtml,
        a.authorName,
        a.photographerName,
        a.tags,
        a.createdBy,
      ],
    );
    return result.rows[0]!.id;
  },

  async update(tx: Queryable, id: string, a: ArticleWrite): Promise<void> {
    await tx.query(
      `UPDATE news_articles SET title = $2, lead = $3, body_html = $4, author_name = $5, photographer_name = $6,
         tags = $7, updated_at = now() WHERE id = $1`,
      [id, a.title, a.lead, a.bodyHtml, a.authorName, a.photographerName, a.tags],
    );
  },

  async setStatus(tx: Queryable, id: string, status: 'draft' | 'published'): Promise<void> {
    // Publishing again keeps the first publication time: feeds and "Berita Lainnya" stay stable.
    await tx.query(
      `UPDATE news_articles SET status = $2,
         published_at = CASE WHEN $2 = 'published' THEN COALESCE(published_at, now()) ELSE published_at END,
         updated_at = now() WHERE id = $1`,
      [id, status],
    );
  },

  async replaceActivities(tx: Queryable, id: string, activityIds: string[]): Promise<void> {
    await tx.query('DELETE FROM news_article_activities WHERE article_id = $1', [id]);
    await tx.query(
      `INSERT INTO news_article_activities (article_id, activity_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [id, activityIds],
    );
  },

  async findById(db: Queryable, id: string): Promise<ArticleRow | undefined> {
    return (await db.query<ArticleRow>(`${SELECT} WHERE n.id = $1`, [id])).rows[0];
  },

  async findPublishedBySlug(db: Queryable, slug: string): Promise<ArticleRow | undefined> {
    return (await db.query<ArticleRow>(`${SELECT} WHERE n.slug = $1 AND n.status = 'published'`, [slug]))
      .rows[0];
  },

  async list(
    db: Queryable,
    f: { scopes: string[]; status?: string; q?: string; limit: number; offset: number },
  ): Promise<{ rows: ArticleRow[]; total: number }> {
    const result = await db.query<ArticleRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT}
         WHERE ${inRegionScopes('n.region_code', '$1')} AND ($2::text IS NULL OR n.status = $2)
           AND ($3::text IS NULL OR n.title ILIKE '%' || $3 || '%')) x
       ORDER BY updated_at DESC, id LIMIT $4 OFFSET $5`,
      [f.scopes, f.status ?? null, f.q ?? null, f.limit, f.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  async listPublished(
    db: Queryable,
    page: { limit: number; offset: number; excludeId?: string },
  ): Promise<{ rows: ArticleRow[]; total: number }> {
    const result = await db.query<ArticleRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT}
         WHERE n.status = 'published' AND ($3::uuid IS NULL OR n.id <> $3)) x
       ORDER BY published_at DESC, id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset, page.excludeId ?? null],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  /** Related activities without any personal data: what, when, where (village). */
  async relatedActivities(db: Queryable, id: string) {
    const result = await db.query<{
      id: string;
      title: string;
      kind: string;
      local_start: string;
      time_zone: string;
      village_name: string;
      district_name: string;
      village_code: string;
    }>(
      `SELECT a.id, a.title, a.kind, to_char(a.starts_at AT TIME ZONE v.time_zone, 'YYYY-MM-DD"T"HH24:MI') AS local_start,
         v.time_zone, v.name AS village_name, d.name AS district_name, a.village_code
       FROM news_article_activities x JOIN outreach_activities a ON a.id = x.activity_id
       JOIN regions v ON v.code = a.village_code JOIN regions d ON d.code = a.district_code
       WHERE x.article_id = $1 ORDER BY a.starts_at`,
      [id],
    );
    return result.rows;
  },

  async activityVillages(db: Queryable, ids: string[]) {
    const result = await db.query<{ id: string; village_code: string }>(
      'SELECT id, village_code FROM outreach_activities WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return result.rows;
  },
};
