import { randomBytes } from 'node:crypto';
import {
  NewsArticleInputSchema,
  type NewsArticle,
  type NewsArticleInput,
  type NewsArticleSummary,
  type PageQuery,
} from '@netra/contracts';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { escapeLike } from '../../lib/sql';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { scopesFor } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import type { EvidenceStorage } from '../cases/evidence-storage';
import { PHOTO_LIMITS, photosRepository, storePhoto } from '../outreach/photos';
import { newsRepository, type ArticleRow } from './news.repository';
import { sanitizeArticleHtml } from './sanitize-article';

export const newsPhotoUrl = (slug: string, photoId: string) => `/api/public/news/${slug}/photos/${photoId}`;
const staffPhotoUrl = (id: string, photoId: string) => `/api/news/${id}/photos/${photoId}`;

/** A readable, unique address: the title's words plus a short random suffix. */
export function slugFor(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${words || 'berita'}-${randomBytes(3).toString('hex')}`;
}

/** News articles written by Humas (and commissioners): drafts, publishing, photos, related activities. */
export function createNewsService(deps: { db: Database; storage: EvidenceStorage }) {
  const { db, storage } = deps;

  const summaryOf = (row: ArticleRow, staff: boolean): NewsArticleSummary => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    status: row.status,
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    coverUrl: row.cover_photo_id
      ? staff
        ? staffPhotoUrl(row.id, row.cover_photo_id)
        : newsPhotoUrl(row.slug, row.cover_photo_id)
      : null,
  });

  async function full(row: ArticleRow, staff: boolean): Promise<NewsArticle> {
    const photos = await photosRepository.list(db, { articleId: row.id });
    const related = await newsRepository.relatedActivities(db, row.id);
    return {
      ...summaryOf(row, staff),
      bodyHtml: row.body_html,
      authorName: row.author_name,
      photographerName: row.photographer_name,
      tags: row.tags,
      organizationName: row.organization_name,
      photos: photos.map((p) => ({
        id: p.id,
        caption: p.caption,
        mediaType: p.media_type,
        url: staff ? staffPhotoUrl(row.id, p.id) : newsPhotoUrl(row.slug, p.id),
      })),
      relatedActivities: related.map((a) => ({
        id: a.id,
        title: a.title,
        kind: a.kind,
        localStart: a.local_start,
        timeZone: a.time_zone,
        villageName: a.village_name,
        districtName: a.district_name,
      })),
    };
  }

  async function prepare(ctx: RequestContext, raw: NewsArticleInput) {
    const input = NewsArticleInputSchema.parse(raw);
    const bodyHtml = sanitizeArticleHtml(input.bodyHtml);
    if (!bodyHtml)
      throw new AppError('common.validation_failed', {
        fields: [{ field: 'bodyHtml', message: 'Isi berita kosong / The body is empty' }],
      });
    const activityIds = [...new Set(input.relatedActivityIds)];
    const found = await newsRepository.activityVillages(db, activityIds);
    if (found.length !== activityIds.length)
      throw new AppError('common.validation_failed', {
        fields: [{ field: 'relatedActivityIds', message: 'Kegiatan tidak dikenal / Unknown activity' }],
      });
    // Only activities the writer may see can be linked.
    for (const a of found) await authorize(db, ctx, 'outreach.read', a.village_code);
    return {
      write: {
        title: input.title,
        lead: input.lead,
        bodyHtml,
        authorName: input.authorName,
        photographerName: input.photographerName || null,
        tags: [...new Set(input.tags)],
      },
      activityIds,
    };
  }

  async function load(ctx: RequestContext, id: string) {
    const row = assertFound(await newsRepository.findById(db, id), 'news.not_found');
    const membership = await authorize(db, ctx, 'news.manage', row.region_code);
    return { row, membership };
  }

  return {
    async list(ctx: RequestContext, query: PageQuery & { status?: 'draft' | 'published' }) {
      await authorize(db, ctx, 'news.manage');
      const { rows, total } = await newsRepository.list(db, {
        scopes: scopesFor(ctx.actor, 'news.manage'),
        status: query.status,
        q: query.q ? escapeLike(query.q) : undefined,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((r) => summaryOf(r, true)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(ctx: RequestContext, id: string) {
      const { row } = await load(ctx, id);
      return full(row, true);
    },

    async create(ctx: RequestContext, raw: NewsArticleInput) {
      const membership = await authorize(db, ctx, 'news.manage');
      const { write, activityIds } = await prepare(ctx, raw);
      const id = await inTransaction(db, async (tx) => {
        const articleId = await newsRepository.insert(tx, {
          ...write,
          slug: slugFor(write.title),
          organizationId: membership.organizationId,
          regionCode: membership.regionCode,
          createdBy: ctx.actor.userId,
        });
        await newsRepository.replaceActivities(tx, articleId, activityIds);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: membership.regionCode,
          action: 'news.created',
          entityType: 'news_article',
          entityId: articleId,
          after: { ...write, bodyHtml: undefined, activityIds },
          requestId: ctx.requestId,
        });
        return articleId;
      });
      return this.get(ctx, id);
    },

    async update(ctx: RequestContext, id: string, raw: NewsArticleInput) {
      const { row, membership } = await load(ctx, id);
      const { write, activityIds } = await prepare(ctx, raw);
      await inTransaction(db, async (tx) => {
        await newsRepository.update(tx, id, write);
        await newsRepository.replaceActivities(tx, id, activityIds);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'news.updated',
          entityType: 'news_article',
          entityId: id,
          before: { title: row.title },
          after: { ...write, bodyHtml: undefined, activityIds },
          requestId: ctx.requestId,
        });
      });
      return this.get(ctx, id);
    },

    async setStatus(ctx: RequestContext, id: string, status: 'draft' | 'published') {
      const { row, membership } = await load(ctx, id);
      await inTransaction(db, async (tx) => {
        await newsRepository.setStatus(tx, id, status);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: status === 'published' ? 'news.published' : 'news.unpublished',
          entityType: 'news_article',
          entityId: id,
          before: { status: row.status },
          after: { status },
          requestId: ctx.requestId,
        });
      });
      return this.get(ctx, id);
    },

    async addPhoto(ctx: RequestContext, id: string, file: { bytes: Buffer; caption: string }) {
      const { row, membership } = await load(ctx, id);
      if ((await photosRepository.count(db, { articleId: id })) >= PHOTO_LIMITS.maxPerOwner)
        throw new AppError('outreach.too_many_photos', { max: PHOTO_LIMITS.maxPerOwner });
      const stored = await storePhoto(storage, file.bytes);
      const photoId = await inTransaction(db, async (tx) => {
        const newId = await photosRepository.insert(
          tx,
          { articleId: id },
          stored,
          file.caption,
          ctx.actor.userId,
        );
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'news.photo_added',
          entityType: 'outreach_photo',
          entityId: newId,
          after: { articleId: id, ...stored, caption: file.caption },
          requestId: ctx.requestId,
        });
        return newId;
      });
      return {
        id: photoId,
        caption: file.caption,
        mediaType: stored.mediaType,
        url: staffPhotoUrl(id, photoId),
      };
    },

    async staffPhoto(ctx: RequestContext, id: string, photoId: string) {
      await load(ctx, id);
      const photo = assertFound(
        await photosRepository.find(db, { articleId: id }, photoId),
        'common.not_found',
      );
      return { bytes: await storage.get(photo.public_sha256), mediaType: photo.media_type };
    },

    // Public side: published articles only.
    async publicList(page: { page: number; pageSize: number }) {
      const { rows, total } = await newsRepository.listPublished(db, {
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
      });
      return { items: rows.map((r) => summaryOf(r, false)), total, page: page.page, pageSize: page.pageSize };
    },

    async publicArticle(slug: string) {
      const row = assertFound(await newsRepository.findPublishedBySlug(db, slug), 'news.not_found');
      const others = await newsRepository.listPublished(db, { limit: 6, offset: 0, excludeId: row.id });
      return { ...(await full(row, false)), others: others.rows.map((r) => summaryOf(r, false)) };
    },

    async publicPhoto(slug: string, photoId: string) {
      const row = assertFound(await newsRepository.findPublishedBySlug(db, slug), 'news.not_found');
      const photo = assertFound(
        await photosRepository.find(db, { articleId: row.id }, photoId),
        'common.not_found',
      );
      return { bytes: await storage.get(photo.public_sha256), mediaType: photo.media_type };
    },

    /** The latest published articles, for the feeds. */
    latest: (limit: number) => newsRepository.listPublished(db, { limit, offset: 0 }).then((r) => r.rows),
    findPublished: (slug: string) => newsRepository.findPublishedBySlug(db, slug),
  };
}
export type NewsService = ReturnType<typeof createNewsService>;
