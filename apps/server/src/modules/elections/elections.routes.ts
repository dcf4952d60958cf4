import { z } from 'zod';
import { electionSchema, holidayKindSchema } from '@netra/rules';
import { IdParamSchema, RegionCodeSchema } from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import { AppError } from '../../lib/app-error';
import type { ElectionsService } from './elections.service';

const ElectionIdSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{3,80}$/) });
const HolidayBodySchema = z.object({
  date: z.iso.date(),
  kind: holidayKindSchema,
  nameId: z.string().trim().min(3).max(200),
  nameEn: z.string().trim().min(3).max(200),
  regionCode: RegionCodeSchema.nullable(),
});

export function registerElectionRoutes(app: NetraApp, service: ElectionsService): void {
  const tags = ['elections'];
  const config = { public: true } as const;
  app.get('/api/public/elections', { config, schema: { tags } }, async () => ({
    items: await service.list(),
  }));
  app.get('/api/public/elections/:id', { config, schema: { tags, params: ElectionIdSchema } }, (request) =>
    service.get(request.params.id),
  );
  app.get(
    '/api/public/holidays',
    {
      config,
      schema: {
        tags,
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          regionCode: RegionCodeSchema.optional(),
        }),
      },
    },
    async (request) => ({ items: await service.listHolidays(request.query.year, request.query.regionCode) }),
  );
  app.get(
    '/api/public/holidays/built-in',
    {
      config,
      schema: { tags, querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
    },
    (request) => ({ items: service.listBuiltInHolidays(request.query.year) }),
  );
  app.put(
    '/api/elections/:id',
    { schema: { tags, params: ElectionIdSchema, body: electionSchema } },
    async (request) => {
      if (request.body.id !== request.params.id) {
        throw new AppError('elections.invalid', {
          message: { id: 'id di alamat dan di data berbeda', en: 'the id in the URL and in the body differ' },
        });
      }
      return service.save(request.ctx(), request.body);
    },
  );
  app.delete('/api/elections/:id', { schema: { tags, params: ElectionIdSchema } }, async (request, reply) => {
    await service.remove(request.ctx(), request.params.id);
    return reply.code(204).send();
  });
  app.post('/api/holidays', { schema: { tags, body: HolidayBodySchema } }, async (request, reply) =>
    reply.code(201).send(await service.addHoliday(request.ctx(), request.body)),
  );
  app.delete('/api/holidays/:id', { schema: { tags, params: IdParamSchema } }, async (request, reply) => {
    await service.removeHoliday(request.ctx(), request.params.id);
    return reply.code(204).send();
  });
}
