import type { holidayKindSchema } from '@netra/rules';
import {
  bengkalis2024Election,
  nationalHolidays,
  parseElection,
  RulesError,
  type Election,
  type HolidayInput,
} from '@netra/rules';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { NATIONAL_REGION } from '../access/access.policy';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { recordAudit } from '../audit/audit.service';
import { electionsRepository, type HolidayRow } from './elections.repository';

export type HolidayInputDto = {
  date: string;
  kind: (typeof holidayKindSchema.options)[number];
  nameId: string;
  nameEn: string;
  regionCode: string | null;
};

const presentHoliday = (row: HolidayRow) => ({
  id: row.id,
  date: row.date,
  kind: row.kind,
  name: { id: row.name_id, en: row.name_en },
  regionCode: row.region_code,
});

/**
 * Elections and their stages, and the holidays administrators add to the national calendar. Both
 * are public to read (the Cek Aturan page explains the stage); editing needs `elections.manage`
 * over the election's region (national holidays: a national-level administrator).
 */
export function createElectionsService(deps: { db: Database; homeRegion: string }) {
  const { db } = deps;

  function validate(raw: unknown): Election {
    try {
      return parseElection(raw);
    } catch (error) {
      if (error instanceof RulesError) {
        const fields = error.details.fields;
        throw new AppError('elections.invalid', { message: error.messages, ...(fields ? { fields } : {}) });
      }
      throw error;
    }
  }

  return {
    async list() {
      return (await electionsRepository.list(db)).map((row) => validate(row.definition));
    },
    async get(id: string): Promise<Election> {
      return validate(
        assertFound(await electionsRepository.findById(db, id), 'elections.not_found').definition,
      );
    },
    /** The election covering the home region (or a given one); the bundled Bengkalis 2024 when none is stored. */
    async current(regionCode = deps.homeRegion): Promise<Election> {
      const row = await electionsRepository.findCoveringRegion(db, regionCode);
      return row ? validate(row.definition) : bengkalis2024Election;
    },
    async save(ctx: RequestContext, raw: Election): Promise<Election> {
      const election = validate(raw);
      const existing = await electionsRepository.findById(db, election.id);
      const membership = await authorize(db, ctx, 'elections.manage', election.regionCode);
      if (existing) await authorize(db, ctx, 'elections.manage', existing.region_code);
      await inTransaction(db, async (tx) => {
        await electionsRepository.upsert(tx, { ...election, definition: election });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: election.regionCode,
          action: existing ? 'election.updated' : 'election.created',
          entityType: 'election',
          entityId: election.id,
          before: existing?.definition ?? null,
          after: election,
          requestId: ctx.requestId,
        });
      });
      return election;
    },
    async remove(ctx: RequestContext, id: string): Promise<void> {
      const existing = assertFound(await electionsRepository.findById(db, id), 'elections.not_found');
      const membership = await authorize(db, ctx, 'elections.manage', existing.region_code);
      await inTransaction(db, async (tx) => {
        await electionsRepository.delete(tx, id);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: existing.region_code,
          action: 'election.deleted',
          entityType: 'election',
          entityId: id,
          before: existing.definition,
          requestId: ctx.requestId,
        });
      });
    },

    /** The national calendar shipped with the rules core, with each date's verified/unverified status. */
    listBuiltInHolidays(year: number) {
      const prefix = `${year}-`;
      return nationalHolidays().filter((h) => h.date.startsWith(prefix));
    },
    async listHolidays(year: number, regionCode?: string) {
      return (await electionsRepository.listHolidays(db, { year, regionCode })).map(presentHoliday);
    },
    /** Extra holidays for the legal clock, for a region and a span of dates. */
    async holidaysFor(regionCode: string, from: string, to: string): Promise<HolidayInput[]> {
      const rows = await electionsRepository.listHolidaysBetween(db, from, to, regionCode);
      return rows.map((row) => ({
        date: row.date,
        kind: row.kind as HolidayInputDto['kind'],
        name: { id: row.name_id, en: row.name_en },
        status: 'verified' as const,
      }));
    },
    async addHoliday(ctx: RequestContext, input: HolidayInputDto) {
      const regionCode = input.regionCode ?? NATIONAL_REGION;
      const membership = await authorize(db, ctx, 'elections.manage', regionCode);
      const id = await inTransaction(db, async (tx) => {
        const newId = await electionsRepository.insertHoliday(tx, { ...input, createdBy: ctx.actor.userId });
        if (!newId) throw new AppError('holidays.duplicate', { date: input.date });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode,
          action: 'holiday.added',
          entityType: 'holiday',
          entityId: newId,
          after: input,
          requestId: ctx.requestId,
        });
        return newId;
      });
      return presentHoliday(assertFound(await electionsRepository.findHoliday(db, id), 'holidays.not_found'));
    },
    async removeHoliday(ctx: RequestContext, id: string): Promise<void> {
      const row = assertFound(await electionsRepository.findHoliday(db, id), 'holidays.not_found');
      const regionCode = row.region_code ?? NATIONAL_REGION;
      const membership = await authorize(db, ctx, 'elections.manage', regionCode);
      await inTransaction(db, async (tx) => {
        await electionsRepository.deleteHoliday(tx, id);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode,
          action: 'holiday.removed',
          entityType: 'holiday',
          entityId: id,
          before: presentHoliday(row),
          requestId: ctx.requestId,
        });
      });
    },
  };
}
export type ElectionsService = ReturnType<typeof createElectionsService>;
