import type { Me, MembershipDto, PageQuery, Role, UserDto } from '@netra/contracts';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { escapeLike } from '../../lib/sql';
import { ACTIONS, decide, requiresTwoFactor, scopesFor, type Membership } from '../access/access.policy';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { recordAudit } from '../audit/audit.service';
import { organizationsRepository } from '../organizations/organizations.repository';
import { usersRepository } from './users.repository';

const presentMembership = (m: Membership & { id: string }): MembershipDto => ({
  ...m,
  organizationType: m.organizationType as MembershipDto['organizationType'],
});

export function createUsersService(deps: { db: Database; twoFactorRoles: readonly string[] }) {
  const { db } = deps;
  return {
    async me(ctx: RequestContext): Promise<Me> {
      const user = assertFound(await usersRepository.findById(db, ctx.actor.userId), 'users.not_found');
      const memberships = await usersRepository.listMemberships(db, user.id);
      return {
        id: user.id,
        name: user.name,
        email: user.email,
        locale: user.locale ?? 'id',
        twoFactorEnabled: Boolean(user.twoFactorEnabled),
        twoFactorRequired: requiresTwoFactor(ctx.actor, deps.twoFactorRoles),
        memberships: memberships.map(presentMembership),
        abilities: Object.fromEntries(ACTIONS.map((action) => [action, decide(ctx.actor, action).allowed])),
      };
    },

    async list(ctx: RequestContext, query: PageQuery) {
      await authorize(db, ctx, 'users.read');
      const { rows, total } = await usersRepository.list(db, {
        scopes: scopesFor(ctx.actor, 'users.read'),
        query: query.q ? escapeLike(query.q) : undefined,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      const items: UserDto[] = rows.map((row) => ({
        id: row.id,
        name: row.name,
        email: row.email,
        twoFactorEnabled: Boolean(row.twoFactorEnabled),
        memberships: (row.memberships as (Membership & { id: string })[]).map(presentMembership),
      }));
      await recordAudit(db, {
        actor: auditActor(ctx),
        action: 'users.listed',
        entityType: 'user',
        fieldsRead: ['name', 'email'],
        after: { count: items.length, page: query.page },
        requestId: ctx.requestId,
      });
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    async addMembership(
      ctx: RequestContext,
      userId: string,
      input: { organizationId: string; role: Role },
    ): Promise<void> {
      assertFound(await usersRepository.findById(db, userId), 'users.not_found');
      const organization = assertFound(
        await organizationsRepository.findById(db, input.organizationId),
        'organizations.not_found',
      );
      const membership = await authorize(db, ctx, 'users.manage', organization.region_code);
      await inTransaction(db, async (tx) => {
        const id = await usersRepository.insertMembership(tx, { userId, ...input });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: organization.region_code,
          action: 'membership.added',
          entityType: 'membership',
          entityId: id,
          after: { userId, ...input },
          requestId: ctx.requestId,
        });
      });
    },

    async removeMembership(ctx: RequestContext, membershipId: string): Promise<void> {
      const target = assertFound(await usersRepository.findMembership(db, membershipId), 'common.not_found');
      const membership = await authorize(db, ctx, 'users.manage', target.regionCode);
      if (target.role === 'administrator' && (await usersRepository.countAdministrators(db)) <= 1) {
        throw new AppError('users.last_administrator');
      }
      await inTransaction(db, async (tx) => {
        await usersRepository.deleteMembership(tx, membershipId);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: target.regionCode,
          action: 'membership.removed',
          entityType: 'membership',
          entityId: membershipId,
          before: { userId: target.userId, organizationId: target.organizationId, role: target.role },
          requestId: ctx.requestId,
        });
      });
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
