import { z } from 'zod';
import {
  PageQuerySchema,
  PublicRegionQuerySchema,
  PublicRegionSchema,
  RegionCodeSchema,
  RegionDetailSchema,
  RegionSchema,
  pageOf,
} from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import type { RegionsService } from './regions.service';

export function registerRegionRoutes(
  app: NetraApp,
  service: RegionsService,
  /** Public searches per client address and minute (NETRA_PUBLIC_READ_PER_MINUTE). */
  publicSearchPerMinute: number,
): void {
  const tags = ['regions'];
  const params = z.object({ code: RegionCodeSchema });
  // For the public report and tip forms: villages and sub-districts, public facts only.
  app.get(
    '/api/public/regions',
    {
      config: { public: true, rateLimit: { max: publicSearchPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        querystring: PublicRegionQuerySchema,
        response: { 200: z.array(PublicRegionSchema) },
      },
    },
    (request) => service.searchPublic(request.query.q),
  );
  app.get(
    '/api/regions',
    {
      schema: {
        tags,
        querystring: z.object({
          q: z.string().trim().min(2).max(100),
          mine: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: z.array(RegionSchema) },
      },
    },
    (request) => service.search(request.ctx(), request.query.q, request.query.mine === 'true'),
  );
  app.get(
    '/api/regions/:code',
    { schema: { tags, params, response: { 200: RegionDetailSchema } } },
    (request) => service.get(request.ctx(), request.params.code),
  );
  app.get(
    '/api/regions/:code/children',
    {
      schema: {
        tags,
        params,
        querystring: PageQuerySchema.omit({ q: true }),
        response: { 200: pageOf(RegionSchema) },
      },
    },
    (request) =>
      service.children(request.ctx(), request.params.code, request.query.page, request.query.pageSize),
  );
}
