import type {
  CreateOrganizationInput,
  Organization,
  PageQuery,
  UpdateOrganizationInput,
} from '@netra/contracts';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { escapeLike } from '../../lib/sql';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { decide, isRegionWithin, scopesFor } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { regionsRepository } from '../regions/regions.repository';
import { organizationsRepository, type OrganizationRow } from './organizations.repository';

export function createOrganizationsService(deps: { db: Database }) {
  const { db } = deps;

  const present = (ctx: RequestContext, row: OrganizationRow): Organization => ({
    id: row.id,
    type: row.type as Organization['type'],
    name: row.name,
    regionCode: row.region_code,
    regionName: row.region_name,
    parentId: row.parent_id,
    parentName: row.parent_name,
    memberCount: row.member_count,
    abilities: { canManage: decide(ctx.actor, 'organizations.manage', row.region_code).allowed },
  });

  /** A parent must cover the child's region, and be visible to the actor. */
  async function checkParent(regionCode: string, parentId: string | null): Promise<void> {
    if (parentId === null) return;
    const parent = assertFound(
      await organizationsRepository.findById(db, parentId),
      'organizations.not_found',
    );
    if (!isRegionWithin(regionCode, parent.region_code)) throw new AppError('organizations.invalid_parent');
  }

  return {
    async list(ctx: RequestContext, query: PageQuery & { type?: string; parentId?: string }) {
      await authorize(db, ctx, 'organizations.read');
      const { rows, total } = await organizationsRepository.list(db, {
        scopes: scopesFor(ctx.actor, 'organizations.read'),
        query: query.q ? escapeLike(query.q) : undefined,
        type: query.type,
        parentId: query.parentId,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((row) => present(ctx, row)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(ctx: RequestContext, id: string): Promise<Organization> {
      const row = assertFound(await organizationsRepository.findById(db, id), 'organizations.not_found');
      await authorize(db, ctx, 'organizations.read', row.region_code);
      return present(ctx, row);
    },

    async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
      assertFound(await regionsRepository.findByCode(db, input.regionCode), 'regions.not_found');
      const membership = await authorize(db, ctx, 'organizations.manage', input.regionCode);
      await checkParent(input.regionCode, input.parentId);
      const id = await inTransaction(db, async (tx) => {
        const newId = await organizationsRepository.insert(tx, input);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: input.regionCode,
          action: 'organization.created',
          entityType: 'organization',
          entityId: newId,
          after: input,
          requestId: ctx.requestId,
        });
        return newId;
      });
      return this.get(ctx, id);
    },

    async update(ctx: RequestContext, id: string, input: UpdateOrganizationInput): Promise<Organization> {
      const before = assertFound(await organizationsRepository.findById(db, id), 'organizations.not_found');
      const membership = await authorize(db, ctx, 'organizations.manage', before.region_code);
      if (input.parentId === id) throw new AppError('organizations.invalid_parent');
      await checkParent(before.region_code, input.parentId);
      await inTransaction(db, async (tx) => {
        await organizationsRepository.update(tx, id, input);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: before.region_code,
          action: 'organization.updated',
          entityType: 'organization',
          entityId: id,
          before: { name: before.name, parentId: before.parent_id },
          after: input,
          requestId: ctx.requestId,
        });
      });
      return this.get(ctx, id);
    },

    async remove(ctx: RequestContext, id: string): Promise<void> {
      const before = assertFound(await organizationsRepository.findById(db, id), 'organizations.not_found');
      const membership = await authorize(db, ctx, 'organizations.manage', before.region_code);
      if ((await organizationsRepository.countDependants(db, id)) > 0)
        throw new AppError('organizations.has_children');
      await inTransaction(db, async (tx) => {
        await organizationsRepository.delete(tx, id);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: before.region_code,
          action: 'organization.deleted',
          entityType: 'organization',
          entityId: id,
          before: { type: before.type, name: before.name, regionCode: before.region_code },
          requestId: ctx.requestId,
        });
      });
    },
  };
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
