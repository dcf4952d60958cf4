import type { PublicRegion, Region } from '@netra/contracts';
import type { Database } from '../../db/database';
import { assertFound } from '../../lib/app-error';
import { escapeLike } from '../../lib/sql';
import { authorize, type RequestContext } from '../access/access.service';
import { scopesFor } from '../access/access.policy';
import { regionsRepository, type RegionRow } from './regions.repository';

const present = (row: RegionRow): Region => ({
  code: row.code,
  parentCode: row.parent_code,
  level: row.level,
  kind: row.kind,
  name: row.name,
  timeZone: row.time_zone,
});

/** At most this many public search results: enough to pick from, too few to crawl the table. */
export const PUBLIC_SEARCH_LIMIT = 20;

// Region names and codes are public facts: any signed-in user may browse all of Indonesia.
export function createRegionsService(deps: { db: Database }) {
  const { db } = deps;
  return {
    async get(ctx: RequestContext, code: string) {
      await authorize(db, ctx, 'regions.read');
      const row = assertFound(await regionsRepository.findByCode(db, code), 'regions.not_found');
      const ancestors = await regionsRepository.listAncestors(db, code);
      return { ...present(row), ancestors: ancestors.filter((a) => a.code !== code).map(present) };
    },
    async children(ctx: RequestContext, code: string, page: number, pageSize: number) {
      await authorize(db, ctx, 'regions.read');
      assertFound(await regionsRepository.findByCode(db, code), 'regions.not_found');
      const { rows, total } = await regionsRepository.listChildren(db, code, pageSize, (page - 1) * pageSize);
      return { items: rows.map(present), total, page, pageSize };
    },
    /** For visitors without an account (report and tip forms): public facts only, no actor. */
    async searchPublic(query: string): Promise<PublicRegion[]> {
      const rows = await regionsRepository.searchPublic(db, escapeLike(query), PUBLIC_SEARCH_LIMIT);
      return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentName: r.parent_name }));
    },
    async search(ctx: RequestContext, query: string, withinOwnJurisdiction: boolean) {
      await authorize(db, ctx, 'regions.read');
      const scopes = withinOwnJurisdiction ? scopesFor(ctx.actor, 'organizations.read') : ['ID'];
      return (await regionsRepository.search(db, escapeLike(query), scopes, 30)).map(present);
    },
  };
}
export type RegionsService = ReturnType<typeof createRegionsService>;
