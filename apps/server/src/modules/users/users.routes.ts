import {
  AddMembershipInputSchema,
  IdParamSchema,
  MeSchema,
  PageQuerySchema,
  UserSchema,
  pageOf,
} from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import type { UsersService } from './users.service';

export function registerUserRoutes(app: NetraApp, service: UsersService): void {
  const tags = ['users'];
  app.get(
    '/api/me',
    { config: { allowWithoutTwoFactor: true }, schema: { tags, response: { 200: MeSchema } } },
    (request) => service.me(request.ctx()),
  );
  app.get(
    '/api/users',
    { schema: { tags, querystring: PageQuerySchema, response: { 200: pageOf(UserSchema) } } },
    (request) => service.list(request.ctx(), request.query),
  );
  app.post(
    '/api/users/:id/memberships',
    { schema: { tags, params: IdParamSchema, body: AddMembershipInputSchema } },
    async (request, reply) => {
      await service.addMembership(request.ctx(), request.params.id, request.body);
      return reply.code(204).send();
    },
  );
  app.delete('/api/memberships/:id', { schema: { tags, params: IdParamSchema } }, async (request, reply) => {
    await service.removeMembership(request.ctx(), request.params.id);
    return reply.code(204).send();
  });
}
