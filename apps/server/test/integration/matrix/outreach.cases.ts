import path from 'node:path';
import sharp from 'sharp';
import { createFileEvidenceStorage } from '../../../src/modules/cases/evidence-storage';
import { villageIn } from '../cases-helpers';
import { activityBody, multipart } from '../outreach-helpers';
import type { Case, FeatureCases, Target } from './matrix-types';

// Outreach activities, audiences, coverage, calendar feeds and news. Targets: an activity in a
// village of the target region organised by the target organisation; an article of that organisation.
export const outreachCases: FeatureCases = ({ app }) => {
  const db = () => app().db;
  const tinyPng = () =>
    sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();

  async function activityIn(x: Target): Promise<string> {
    const village = await villageIn(db(), x.regionCode);
    const row = await db().query<{ id: string }>(
      `INSERT INTO outreach_activities (organizer_id, kind, title, topics, village_code, district_code, starts_at, status)
       SELECT $1, 'sosialisasi', 'Kegiatan matriks', '{hoaks}', v.code, v.parent_code, now(), 'done'
       FROM regions v WHERE v.code = $2 RETURNING id`,
      [x.orgId, village],
    );
    return row.rows[0]!.id;
  }

  async function articleIn(x: Target): Promise<string> {
    const row = await db().query<{ id: string }>(
      `INSERT INTO news_articles (slug, organization_id, region_code, title, lead, body_html, author_name)
       VALUES ('matriks-' || md5(random()::text), $1, $2, 'Berita matriks', 'Lead berita matriks', '<p>Isi</p>', 'Humas')
       RETURNING id`,
      [x.orgId, x.regionCode],
    );
    return row.rows[0]!.id;
  }

  async function photoOf(owner: { activityId: string } | { articleId: string }): Promise<string> {
    const storage = createFileEvidenceStorage(path.join(app().services.config.db.dataDir, 'evidence'));
    const sha = await storage.put(await tinyPng());
    const [column, id] =
      'activityId' in owner ? ['activity_id', owner.activityId] : ['article_id', owner.articleId];
    const row = await db().query<{ id: string }>(
      `INSERT INTO outreach_photos (${column}, original_sha256, public_sha256, media_type, size_bytes)
       VALUES ($1, $2, $2, 'image/png', 1) RETURNING id`,
      [id, sha],
    );
    return row.rows[0]!.id;
  }

  const period = (x: Target) => `regionCode=${x.regionCode}&from=2026-01-01&to=2026-12-31`;
  const articleBody = {
    title: 'Berita matriks kegiatan',
    lead: 'Lead berita untuk uji matriks.',
    bodyHtml: '<p>Isi berita</p>',
    authorName: 'Penulis Matriks',
  };

  const cases: Case[] = [
    {
      method: 'GET',
      route: '/api/outreach/activities',
      action: 'outreach.read',
      scoped: false,
      request: async () => ({ url: '/api/outreach/activities?pageSize=200' }),
    },
    {
      method: 'POST',
      route: '/api/outreach/activities',
      action: 'outreach.log',
      scoped: true,
      request: async (x) => ({
        url: '/api/outreach/activities',
        payload: activityBody(await villageIn(db(), x.regionCode)),
      }),
    },
    {
      method: 'GET',
      route: '/api/outreach/activities/:id',
      action: 'outreach.read',
      scoped: true,
      request: async (x) => ({ url: `/api/outreach/activities/${await activityIn(x)}` }),
    },
    {
      method: 'PUT',
      route: '/api/outreach/activities/:id',
      action: 'outreach.log',
      scoped: true,
      request: async (x) => ({
        url: `/api/outreach/activities/${await activityIn(x)}`,
        // A fresh activity is at version 0.
        payload: { ...activityBody(await villageIn(db(), x.regionCode)), expectedVersion: 0 },
      }),
    },
    {
      method: 'POST',
      route: '/api/outreach/activities/:id/photos',
      action: 'outreach.log',
      scoped: true,
      request: async (x) => {
        const body = multipart(await tinyPng(), 'a.png', 'image/png', 'Keterangan');
        return { url: `/api/outreach/activities/${await activityIn(x)}/photos`, ...body };
      },
    },
    {
      method: 'GET',
      route: '/api/outreach/activities/:id/photos/:photoId',
      action: 'outreach.read',
      scoped: true,
      request: async (x) => {
        const activityId = await activityIn(x);
        return { url: `/api/outreach/activities/${activityId}/photos/${await photoOf({ activityId })}` };
      },
    },
    {
      method: 'GET',
      route: '/api/outreach/audiences',
      action: 'outreach.read',
      scoped: false,
      request: async () => ({ url: '/api/outreach/audiences' }),
    },
    {
      method: 'POST',
      route: '/api/outreach/audiences',
      action: 'outreach.audiences',
      scoped: true,
      request: async (x) => ({
        url: '/api/outreach/audiences',
        payload: { name: `ASN ${Math.random().toString(36).slice(2, 8)}`, organizationId: x.orgId },
      }),
    },
    ...(['', '/villages', '/export.csv', '/export.xlsx'] as const).map((suffix): Case => ({
      method: 'GET',
      route: `/api/outreach/coverage${suffix}`,
      action: 'outreach.read',
      scoped: true,
      request: async (x) => ({ url: `/api/outreach/coverage${suffix}?${period(x)}` }),
    })),
    {
      method: 'POST',
      route: '/api/outreach/calendar-feeds',
      action: 'outreach.log',
      scoped: true,
      request: async (x) => ({ url: '/api/outreach/calendar-feeds', payload: { organizationId: x.orgId } }),
    },
    {
      method: 'GET',
      route: '/api/news',
      action: 'news.manage',
      scoped: false,
      request: async () => ({ url: '/api/news?pageSize=200' }),
    },
    {
      // Region-scoped through the related activity: only activities in the jurisdiction can be linked.
      method: 'POST',
      route: '/api/news',
      action: 'news.manage',
      scoped: true,
      request: async (x) => ({
        url: '/api/news',
        payload: { ...articleBody, relatedActivityIds: [await activityIn(x)] },
      }),
    },
    {
      method: 'GET',
      route: '/api/news/:id',
      action: 'news.manage',
      scoped: true,
      request: async (x) => ({ url: `/api/news/${await articleIn(x)}` }),
    },
    {
      method: 'PUT',
      route: '/api/news/:id',
      action: 'news.manage',
      scoped: true,
      request: async (x) => ({ url: `/api/news/${await articleIn(x)}`, payload: articleBody }),
    },
    ...(['publish', 'unpublish'] as const).map((verb): Case => ({
      method: 'POST',
      route: `/api/news/:id/${verb}`,
      action: 'news.manage',
      scoped: true,
      request: async (x) => ({ url: `/api/news/${await articleIn(x)}/${verb}` }),
    })),
    {
      method: 'POST',
      route: '/api/news/:id/photos',
      action: 'news.manage',
      scoped: true,
      request: async (x) => {
        const body = multipart(await tinyPng(), 'a.png', 'image/png');
        return { url: `/api/news/${await articleIn(x)}/photos`, ...body };
      },
    },
    {
      method: 'GET',
      route: '/api/news/:id/photos/:photoId',
      action: 'news.manage',
      scoped: true,
      request: async (x) => {
        const articleId = await articleIn(x);
        return { url: `/api/news/${articleId}/photos/${await photoOf({ articleId })}` };
      },
    },
  ];
  return cases;
};
