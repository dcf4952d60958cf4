import { z } from 'zod';
import {
  CreateOrganizationInputSchema,
  IdParamSchema,
  OrganizationSchema,
  ORGANIZATION_TYPES,
  PageQuerySchema,
  UpdateOrganizationInputSchema,
  pageOf,
} from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import type { OrganizationsService } from './organizations.service';

export function registerOrganizationRoutes(app: NetraApp, service: OrganizationsService): void {
  const tags = ['organizations'];
  app.get(
    '/api/organizations',
    {
      schema: {
        tags,
        querystring: PageQuerySchema.extend({
          type: z.enum(ORGANIZATION_TYPES).optional(),
          parentId: z.uuid().optional(),
        }),
        response: { 200: pageOf(OrganizationSchema) },
      },
    },
    (request) => service.list(request.ctx(), request.query),
  );
  app.get(
    '/api/organizations/:id',
    { schema: { tags, params: IdParamSchema, response: { 200: OrganizationSchema } } },
    (request) => service.get(request.ctx(), request.params.id),
  );
  app.post(
    '/api/organizations',
    { schema: { tags, body: CreateOrganizationInputSchema, response: { 201: OrganizationSchema } } },
    async (request, reply) => reply.code(201).send(await service.create(request.ctx(), request.body)),
  );
  app.patch(
    '/api/organizations/:id',
    {
      schema: {
        tags,
        params: IdParamSchema,
        body: UpdateOrganizationInputSchema,
        response: { 200: OrganizationSchema },
      },
    },
    (request) => service.update(request.ctx(), request.params.id, request.body),
  );
  app.delete(
    '/api/organizations/:id',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      await service.remove(request.ctx(), request.params.id);
      return reply.code(204).send();
    },
  );
}
