import { z } from 'zod';
import { AuditEventSchema, AuditQuerySchema } from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import type { AuditService } from './audit-browse.service';

export function registerAuditRoutes(app: NetraApp, service: AuditService): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        querystring: AuditQuerySchema,
        response: { 200: z.object({ items: z.array(AuditEventSchema), nextBefore: z.string().nullable() }) },
      },
    },
    (request) => service.browse(request.ctx(), request.query),
  );
}
