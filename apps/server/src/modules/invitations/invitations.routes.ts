import { z } from 'zod';
import {
  AcceptInvitationInputSchema,
  CreateInvitationInputSchema,
  IdParamSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  PageQuerySchema,
  pageOf,
} from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import type { InvitationsService } from './invitations.service';

const TokenParamSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export function registerInvitationRoutes(app: NetraApp, service: InvitationsService): void {
  const tags = ['invitations'];
  app.get(
    '/api/invitations',
    { schema: { tags, querystring: PageQuerySchema, response: { 200: pageOf(InvitationSchema) } } },
    (request) => service.list(request.ctx(), request.query.page, request.query.pageSize),
  );
  app.post(
    '/api/invitations',
    {
      schema: {
        tags,
        body: CreateInvitationInputSchema,
        response: { 201: InvitationSchema.extend({ link: z.string() }) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(request.ctx(), request.body)),
  );
  app.delete('/api/invitations/:id', { schema: { tags, params: IdParamSchema } }, async (request, reply) => {
    await service.revoke(request.ctx(), request.params.id);
    return reply.code(204).send();
  });
  app.get(
    '/api/public/invitations/:token',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, params: TokenParamSchema, response: { 200: InvitationPreviewSchema } },
    },
    (request) => service.preview(request.params.token, request.id),
  );
  app.post(
    '/api/public/invitations/:token/accept',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        params: TokenParamSchema,
        body: AcceptInvitationInputSchema,
        response: { 201: z.object({ email: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.accept(request.params.token, request.body, request.id)),
  );
}
