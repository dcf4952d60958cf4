import {
  OutreachCoverageQuerySchema,
  OutreachCoverageVillagesQuerySchema,
  IdParamSchema,
  OutreachActivityInputSchema,
  OutreachActivityListQuerySchema,
  OutreachActivityUpdateSchema,
  OutreachAudienceInputSchema,
} from '@netra/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import { AppError } from '../../lib/app-error';
import type { CalendarService } from './calendar.service';
import { CALENDAR_TOKEN } from './calendar.service';
import type { CoverageService } from './coverage.service';
import type { OutreachService } from './outreach.service';
import { cleanCaption } from './photos';

/** One photo per request (multipart `file`); the caption comes from a `caption` field or query. */
export async function readPhotoUpload(request: FastifyRequest): Promise<{ bytes: Buffer; caption: string }> {
  const file = await request.file();
  if (!file)
    throw new AppError('common.validation_failed', {
      fields: [{ field: 'file', message: 'Foto wajib / A photo is required' }],
    });
  let bytes: Buffer;
  try {
    bytes = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('outreach.photo_too_large');
    throw error;
  }
  const field = file.fields.caption;
  const fromField = field && !Array.isArray(field) && 'value' in field ? field.value : undefined;
  const fromQuery = (request.query as { caption?: unknown } | undefined)?.caption;
  return { bytes, caption: cleanCaption(fromField ?? fromQuery) };
}

export function registerOutreachRoutes(
  app: NetraApp,
  services: { outreach: OutreachService; coverage: CoverageService; calendar: CalendarService },
): void {
  const tags = ['outreach'];
  const { outreach, coverage, calendar } = services;
  const photoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
  const exportQuery = OutreachCoverageQuerySchema;
  const fileName = (q: { regionCode: string; from: string; to: string }, ext: string) =>
    `cakupan-${q.regionCode}-${q.from}-${q.to}.${ext}`;

  app.get(
    '/api/outreach/activities',
    { schema: { tags, querystring: OutreachActivityListQuerySchema } },
    (request) => outreach.list(request.ctx(), request.query),
  );
  app.post(
    '/api/outreach/activities',
    { schema: { tags, body: OutreachActivityInputSchema } },
    async (request, reply) => reply.code(201).send(await outreach.create(request.ctx(), request.body)),
  );
  app.get('/api/outreach/activities/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    outreach.get(request.ctx(), request.params.id),
  );
  app.put(
    '/api/outreach/activities/:id',
    { schema: { tags, params: IdParamSchema, body: OutreachActivityUpdateSchema } },
    (request) => outreach.update(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/outreach/activities/:id/photos',
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
        .send(await outreach.addPhoto(request.ctx(), request.params.id, await readPhotoUpload(request))),
  );
  app.get(
    '/api/outreach/activities/:id/photos/:photoId',
    { schema: { tags, params: photoParams } },
    async (request, reply) => {
      const photo = await outreach.photo(request.ctx(), request.params.id, request.params.photoId);
      return reply.type(photo.mediaType).header('cache-control', 'private, max-age=3600').send(photo.bytes);
    },
  );

  app.get('/api/outreach/audiences', { schema: { tags } }, (request) =>
    outreach.listAudiences(request.ctx()),
  );
  app.post(
    '/api/outreach/audiences',
    { schema: { tags, body: OutreachAudienceInputSchema } },
    async (request, reply) => reply.code(201).send(await outreach.addAudience(request.ctx(), request.body)),
  );

  app.get(
    '/api/outreach/coverage',
    { schema: { tags, querystring: OutreachCoverageQuerySchema } },
    (request) => coverage.summary(request.ctx(), request.query),
  );
  app.get(
    '/api/outreach/coverage/villages',
    { schema: { tags, querystring: OutreachCoverageVillagesQuerySchema } },
    (request) => coverage.villages(request.ctx(), request.query),
  );
  app.get(
    '/api/outreach/coverage/export.csv',
    { schema: { tags, querystring: exportQuery } },
    async (request, reply) => {
      const stream = await coverage.csv(request.ctx(), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(request.query, 'csv')}"`)
        .send(stream);
    },
  );
  app.get(
    '/api/outreach/coverage/export.xlsx',
    { schema: { tags, querystring: exportQuery } },
    async (request, reply) => {
      const stream = await coverage.xlsx(request.ctx(), request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName(request.query, 'xlsx')}"`)
        .send(stream);
    },
  );

  app.post(
    '/api/outreach/calendar-feeds',
    { schema: { tags, body: z.object({ organizationId: z.uuid() }) } },
    async (request, reply) =>
      reply.code(201).send(await calendar.rotate(request.ctx(), request.body.organizationId)),
  );

  // Public: calendar apps fetch this without a session; the token in the address is the credential.
  app.get(
    '/api/public/outreach/calendar/:token.ics',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['public'], params: z.object({ token: z.string().regex(CALENDAR_TOKEN) }) },
    },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await calendar.feed(request.params.token)),
  );
}
