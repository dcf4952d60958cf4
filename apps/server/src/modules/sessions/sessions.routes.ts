import { z } from 'zod';
import { IdParamSchema } from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import type { SessionsService } from './sessions.service';

const SessionSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastActiveAt: z.string(),
  expiresAt: z.string(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  isCurrent: z.boolean(),
});

export function registerSessionRoutes(app: NetraApp, service: SessionsService): void {
  const tags = ['sessions'];
  const config = { allowWithoutTwoFactor: true };
  app.get(
    '/api/sessions',
    { config, schema: { tags, response: { 200: z.object({ items: z.array(SessionSchema) }) } } },
    async (request) => ({
      items: await service.list(request.ctx(), request.requestContext?.sessionId),
    }),
  );
  app.delete(
    '/api/sessions/:id',
    { config, schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      await service.revoke(request.ctx(), request.params.id);
      return reply.code(204).send();
    },
  );
}
