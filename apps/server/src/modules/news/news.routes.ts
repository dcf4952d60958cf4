import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  IdParamSchema,
  NewsArticleInputSchema,
  NewsListQuerySchema,
  SlugParamSchema,
} from '@netra/contracts';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import { readPhotoUpload } from '../outreach/outreach.routes';
import { buildNewsFeed } from './news-feed';
import { newsPhotoUrl, type NewsService } from './news.service';

const PUBLIC_LIMITS = {
  read: { max: 120, timeWindow: '1 minute' },
  feed: { max: 60, timeWindow: '1 minute' },
  photo: { max: 300, timeWindow: '1 minute' },
} as const;
const open = (rateLimit: { max: number; timeWindow: string }) => ({ public: true, rateLimit });

export function registerNewsRoutes(app: NetraApp, news: NewsService): void {
  const tags = ['news'];
  const photoParams = z.object({ id: z.uuid(), photoId: z.uuid() });

  app.get('/api/news', { schema: { tags, querystring: NewsListQuerySchema } }, (request) =>
    news.list(request.ctx(), request.query),
  );
  app.post('/api/news', { schema: { tags, body: NewsArticleInputSchema } }, async (request, reply) =>
    reply.code(201).send(await news.create(request.ctx(), request.body)),
  );
  app.get('/api/news/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    news.get(request.ctx(), request.params.id),
  );
  app.put(
    '/api/news/:id',
    { schema: { tags, params: IdParamSchema, body: NewsArticleInputSchema } },
    (request) => news.update(request.ctx(), request.params.id, request.body),
  );
  app.post('/api/news/:id/publish', { schema: { tags, params: IdParamSchema } }, (request) =>
    news.setStatus(request.ctx(), request.params.id, 'published'),
  );
  app.post('/api/news/:id/unpublish', { schema: { tags, params: IdParamSchema } }, (request) =>
    news.setStatus(request.ctx(), request.params.id, 'draft'),
  );
  app.post(
    '/api/news/:id/photos',
    {
      schema: {
        tags,
        params: IdParamSchema,
        querystring: z.object({ caption: z.string().max(300).optional() }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await news.addPhoto(request.ctx(), request.params.id, await readPhotoUpload(request))),
  );
  app.get(
    '/api/news/:id/photos/:photoId',
    { schema: { tags, params: photoParams } },
    async (request, reply) => {
      const photo = await news.staffPhoto(request.ctx(), request.params.id, request.params.photoId);
      return reply.type(photo.mediaType).header('cache-control', 'private, max-age=3600').send(photo.bytes);
    },
  );
}

export function registerPublicNewsRoutes(app: NetraApp, news: NewsService, publicUrl: string): void {
  const tags = ['public'];
  app.get(
    '/api/public/news',
    {
      config: open(PUBLIC_LIMITS.read),
      schema: {
        tags,
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(50).default(10),
        }),
      },
    },
    (request) => news.publicList(request.query),
  );
  app.get(
    '/api/public/news/feed.xml',
    { config: open(PUBLIC_LIMITS.feed), schema: { tags } },
    async (_request, reply) =>
      reply
        .type('application/rss+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(buildNewsFeed(await news.latest(30), publicUrl).rss2()),
  );
  app.get(
    '/api/public/news/atom.xml',
    { config: open(PUBLIC_LIMITS.feed), schema: { tags } },
    async (_request, reply) =>
      reply
        .type('application/atom+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(buildNewsFeed(await news.latest(30), publicUrl).atom1()),
  );
  app.get(
    '/api/public/news/:slug',
    { config: open(PUBLIC_LIMITS.read), schema: { tags, params: SlugParamSchema } },
    (request) => news.publicArticle(request.params.slug),
  );
  app.get(
    '/api/public/news/:slug/photos/:photoId',
    {
      config: open(PUBLIC_LIMITS.photo),
      schema: { tags, params: SlugParamSchema.extend({ photoId: z.uuid() }) },
    },
    async (request, reply) => {
      const photo = await news.publicPhoto(request.params.slug, request.params.photoId);
      return reply.type(photo.mediaType).header('cache-control', 'public, max-age=86400').send(photo.bytes);
    },
  );
}

const escapeAttr = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * /berita/:slug answered by the server with the single-page app's index.html plus Open Graph tags,
 * so that a link shared in WhatsApp or Facebook shows the title, lead and photo (their crawlers do
 * not run JavaScript). Registered only when the built web app is served.
 */
export function registerNewsOpenGraphRoute(
  app: NetraApp,
  news: NewsService,
  options: { webDistDir: string | undefined; publicUrl: string },
): void {
  const indexFile = options.webDistDir ? path.join(options.webDistDir, 'index.html') : undefined;
  if (!indexFile || !existsSync(indexFile)) return;
  const indexHtml = readFileSync(indexFile, 'utf8');
  app.get(
    '/berita/:slug',
    {
      config: open(PUBLIC_LIMITS.read),
      schema: { hide: true, params: z.object({ slug: z.string().max(200) }) },
    },
    async (request, reply) => {
      const slug = request.params.slug;
      const article = /^[a-z0-9-]{1,120}$/.test(slug) ? await news.findPublished(slug) : undefined;
      if (!article) return reply.code(404).type('text/html; charset=utf-8').send(indexHtml);
      const url = `${options.publicUrl}/berita/${article.slug}`;
      const tags = [
        ['og:type', 'article'],
        ['og:site_name', 'Netra'],
        ['og:title', article.title],
        ['og:description', article.lead],
        ['og:url', url],
        ['og:locale', 'id_ID'],
        ...(article.cover_photo_id
          ? [['og:image', `${options.publicUrl}${newsPhotoUrl(article.slug, article.cover_photo_id)}`]]
          : []),
        ...(article.published_at ? [['article:published_time', article.published_at.toISOString()]] : []),
      ]
        .map(([property, content]) => `<meta property="${property}" content="${escapeAttr(content!)}" />`)
        .concat(`<meta name="description" content="${escapeAttr(article.lead)}" />`)
        .concat(`<link rel="canonical" href="${escapeAttr(url)}" />`)
        .join('\n    ');
      const html = indexHtml.replace('</head>', `    ${tags}\n  </head>`);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    },
  );
}
