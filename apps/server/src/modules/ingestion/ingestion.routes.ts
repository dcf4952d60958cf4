import { EventBatchSchema, IdParamSchema, ImportListQuerySchema, RegionCodeSchema } from '@netra/contracts';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import { AppError } from '../../lib/app-error';
import { sendErrorsCsv } from '../registry/errors-csv';
import type { IngestionService } from './ingestion.service';
import type { ScreeningService } from './screening.service';

const MAX_EVENT_FILE_BYTES = 1024 * 1024 * 1024;

const UploadQuerySchema = z.object({
  regionCode: RegionCodeSchema,
  resume: z.uuid().optional(),
  // X liking-users responses name neither the post nor the time; TikTok comments no video author.
  tweetId: z
    .string()
    .regex(/^\d{1,25}$/)
    .optional(),
  tweetAuthor: z.string().max(100).optional(),
  collectedAt: z.iso.datetime({ offset: true }).optional(),
  videoAuthor: z.string().max(100).optional(),
});

export function registerIngestionRoutes(
  app: NetraApp,
  services: { ingestion: IngestionService; screening: ScreeningService },
): void {
  const tags = ['ingestion'];
  const { ingestion, screening } = services;
  // The batch API takes up to 1,000 events: a larger body limit than the app's 1 MiB default.
  app.post(
    '/api/ingestion/events',
    { bodyLimit: 25 * 1024 * 1024, schema: { tags, body: EventBatchSchema } },
    (request) => ingestion.ingestBatch(request.ctx(), request.body),
  );
  app.post(
    '/api/ingestion/imports',
    { schema: { tags, querystring: UploadQuerySchema } },
    async (request, reply) => {
      const ctx = request.ctx();
      const file = await request.file({ limits: { fileSize: MAX_EVENT_FILE_BYTES } });
      if (!file)
        throw new AppError('common.validation_failed', {
          fields: [{ field: 'file', message: 'Berkas wajib / A file is required' }],
        });
      const { regionCode, resume, ...params } = request.query;
      const result = await ingestion.importFile(ctx, {
        stream: file.file,
        fileName: file.filename,
        regionCode,
        resumeId: resume,
        params,
      });
      return reply.code(201).send(result);
    },
  );
  app.get('/api/ingestion/imports', { schema: { tags, querystring: ImportListQuerySchema } }, (request) =>
    ingestion.listRuns(request.ctx(), request.query),
  );
  app.get('/api/ingestion/imports/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    ingestion.getRun(request.ctx(), request.params.id),
  );
  app.get(
    '/api/ingestion/imports/:id/errors',
    {
      schema: {
        tags,
        params: IdParamSchema,
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(1000).default(100),
        }),
      },
    },
    (request) => ingestion.runErrors(request.ctx(), request.params.id, request.query),
  );
  app.get(
    '/api/ingestion/imports/:id/errors.csv',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      const rows = await ingestion.runErrors(request.ctx(), request.params.id, {
        page: 1,
        pageSize: 100_000,
      });
      return sendErrorsCsv(reply, rows, `kesalahan-peristiwa-${request.params.id.slice(0, 8)}.csv`);
    },
  );
  app.post(
    '/api/screening/replay',
    { schema: { tags, body: z.object({ regionCode: RegionCodeSchema }) } },
    async (request, reply) =>
      reply.code(202).send(await screening.requestReplayAs(request.ctx(), request.body.regionCode)),
  );
}
