import { z } from 'zod';
import { RegionCodeSchema } from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import type { RulesService } from './rules.service';

// The rules are public: civil servants and citizens read them without an account ("Cek Aturan").
export function registerRulesRoutes(app: NetraApp, service: RulesService): void {
  const tags = ['rules'];
  const config = { public: true } as const;
  app.get(
    '/api/public/rules',
    { config, schema: { tags, querystring: z.object({ instrument: z.string().max(50).optional() }) } },
    (request) => ({ items: service.listEntries(request.query) }),
  );
  app.get(
    '/api/public/rules/check',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        querystring: z.object({
          q: z.string().max(2000).default(''),
          date: z.iso.date().optional(),
        }),
      },
    },
    (request) =>
      service.check(
        request.query.q,
        request.query.date ? new Date(`${request.query.date}T12:00:00+07:00`) : new Date(),
      ),
  );
  app.get(
    '/api/public/rules/:id',
    { config, schema: { tags, params: z.object({ id: z.string().regex(/^[a-z0-9.-]{3,80}$/) }) } },
    (request) => service.getEntry(request.params.id),
  );
  app.get('/api/public/election-profiles', { config, schema: { tags } }, () => ({
    items: service.profiles(),
  }));
  app.get(
    '/api/public/deadline',
    {
      config,
      schema: {
        tags,
        querystring: z.object({
          start: z.string().min(10).max(40),
          length: z.coerce.number(),
          unit: z.enum(['hours', 'calendar_days', 'working_days']),
          timeZone: z.string().max(50).default('Asia/Jakarta'),
          regionCode: RegionCodeSchema.optional(),
        }),
      },
    },
    (request) => service.deadline(request.query),
  );
  app.get(
    '/api/public/report-window',
    {
      config,
      schema: {
        tags,
        querystring: z.object({
          reportedAt: z.string().min(10).max(40),
          knownOn: z.string().min(10).max(40),
          profileId: z.string().max(50).default('pilkada'),
          timeZone: z.string().max(50).default('Asia/Jakarta'),
        }),
      },
    },
    (request) => service.reportWindow(request.query),
  );
}
