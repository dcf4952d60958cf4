import type { Readable } from 'node:stream';
import type { AsnSearchQuery } from '@netra/contracts';
import { normaliseName } from '@netra/engine';
import type { Database } from '../../db/database';
import { inTransaction } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { scopesFor, type Action } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { importRunsRepository, toImportRunDto } from './import-runs.repository';
import { importRegistryStream, missingColumnsMessage } from './registry-import';
import { registryRepository, type AsnRow } from './registry.repository';
import { formatOf } from './tabular-reader';

export const REGISTRY_IMPORT_KIND = 'asn_registry';

const toSummary = (r: AsnRow) => ({
  id: r.id,
  nip: r.nip,
  fullName: r.full_name,
  asnType: r.asn_type,
  agencyName: r.agency_name,
  unit: r.unit,
  position: r.position,
  rank: r.rank,
  regionCode: r.region_code,
  regionName: r.region_name,
  active: r.active,
});

/** CSV cell quoting (RFC 4180), with a leading quote against formula injection in spreadsheets. */
export const csvCell = (v: unknown) => {
  let s = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The ASN registry: streamed imports, search, records and their audited linked accounts. */
export function createRegistryService(deps: {
  db: Database;
  today?: () => string;
  /** Called after an import changed the registry (the screening re-runs over stored events). */
  onRegistryChanged?: (regionCode: string) => Promise<void>;
}) {
  const { db } = deps;
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));

  /** An import run of `kind`, authorised by `action` in the run's region. */
  async function runFor(ctx: RequestContext, id: string, kinds: string[], action: Action) {
    const run = await importRunsRepository.get(db, id);
    if (!run || !kinds.includes(run.kind)) throw new AppError('imports.not_found');
    await authorize(db, ctx, action, run.region_code ?? undefined);
    return run;
  }

  return {
    runFor,

    async importFile(
      ctx: RequestContext,
      file: { stream: Readable; fileName: string; regionCode: string; resumeId?: string },
    ) {
      const membership = await authorize(db, ctx, 'asn.manage', file.regionCode);
      const format = formatOf(file.fileName);
      if (!format) {
        file.stream.resume();
        throw new AppError('registry.unsupported_file');
      }
      let run;
      if (file.resumeId) {
        run = await runFor(ctx, file.resumeId, [REGISTRY_IMPORT_KIND], 'asn.manage');
        await importRunsRepository.reopen(db, run.id);
      } else
        run = await importRunsRepository.create(db, {
          kind: REGISTRY_IMPORT_KIND,
          fileName: file.fileName.slice(0, 200),
          regionCode: file.regionCode,
          createdBy: ctx.actor.userId,
        });
      try {
        const outcome = await importRegistryStream(db, file.stream, {
          format,
          importId: run.id,
          regionCode: file.regionCode,
          today: today(),
          skip: run.processed_rows,
        });
        if (outcome.missingColumns) {
          const m = missingColumnsMessage(outcome.missingColumns);
          await importRunsRepository.addErrors(db, run.id, [
            { row: 0, column: null, code: 'missing_columns', id: m.id, en: m.en },
          ]);
          await importRunsRepository.finish(db, run.id, 'failed', m.en);
          throw new AppError('registry.missing_columns', {
            importId: run.id,
            missing: outcome.missingColumns,
          });
        }
        await inTransaction(db, async (tx) => {
          await importRunsRepository.setHash(tx, run.id, outcome.sha256);
          await importRunsRepository.finish(tx, run.id, 'done');
          await recordAudit(tx, {
            actor: auditActor(ctx, membership),
            regionCode: file.regionCode,
            action: 'asn.imported',
            entityType: 'import_run',
            entityId: run.id,
            after: { ...outcome, sha256: outcome.sha256 },
            requestId: ctx.requestId,
          });
        });
        if (outcome.inserted + outcome.updated > 0) await deps.onRegistryChanged?.(file.regionCode);
        return toImportRunDto(assertFound(await importRunsRepository.get(db, run.id), 'imports.not_found'));
      } catch (error) {
        if (!(error instanceof AppError))
          await importRunsRepository.finish(db, run.id, 'failed', (error as Error).message.slice(0, 500));
        throw error;
      }
    },

    async listImports(ctx: RequestContext, page: { page: number; pageSize: number }) {
      await authorize(db, ctx, 'asn.manage');
      const { rows, total } = await importRunsRepository.list(db, {
        kinds: [REGISTRY_IMPORT_KIND],
        scopes: scopesFor(ctx.actor, 'asn.manage'),
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
      });
      return { items: rows.map(toImportRunDto), total, page: page.page, pageSize: page.pageSize };
    },

    async getImport(ctx: RequestContext, id: string) {
      return toImportRunDto(await runFor(ctx, id, [REGISTRY_IMPORT_KIND], 'asn.manage'));
    },

    async importErrors(ctx: RequestContext, id: string, page: { page: number; pageSize: number }) {
      await runFor(ctx, id, [REGISTRY_IMPORT_KIND], 'asn.manage');
      const rows = await importRunsRepository.errors(db, id, page.pageSize, (page.page - 1) * page.pageSize);
      return rows.map((r) => ({
        rowNumber: r.row_number,
        columnName: r.column_name,
        code: r.code,
        messageId: r.message_id,
        messageEn: r.message_en,
      }));
    },

    async search(ctx: RequestContext, query: AsnSearchQuery) {
      await authorize(db, ctx, 'asn.read', query.regionCode);
      const q =
        query.q && !/^\d+$/.test(query.q.replace(/\s/g, '')) ? normaliseName(query.q).canonical : query.q;
      const { rows, total } = await registryRepository.search(db, {
        scopes: scopesFor(ctx.actor, 'asn.read'),
        q: q || undefined,
        agency: query.agency,
        regionCode: query.regionCode,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
    },

    /** One record; the look is audited (personal data). */
    async get(ctx: RequestContext, id: string) {
      const row = assertFound(await registryRepository.get(db, id), 'registry.not_found');
      const membership = await authorize(db, ctx, 'asn.read', row.region_code);
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: row.region_code,
        action: 'asn.viewed',
        entityType: 'asn_person',
        entityId: row.id,
        fieldsRead: ['nip', 'full_name', 'agency_name', 'unit', 'position', 'rank', 'birth_date', 'gender'],
        requestId: ctx.requestId,
      });
      return {
        ...toSummary(row),
        agencyOrganizationId: row.agency_organization_id,
        gender: row.gender,
        birthDate: row.birth_date,
        updatedAt: row.updated_at.toISOString(),
      };
    },

    /** The ASN's known social-media accounts: separate permission, every view audited. */
    async accounts(ctx: RequestContext, id: string) {
      const row = assertFound(await registryRepository.get(db, id), 'registry.not_found');
      const membership = await authorize(db, ctx, 'asn.read_accounts', row.region_code);
      const accounts = await registryRepository.accounts(db, id);
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: row.region_code,
        action: 'asn.accounts_viewed',
        entityType: 'asn_person',
        entityId: row.id,
        fieldsRead: ['asn_accounts'],
        after: { count: accounts.length },
        requestId: ctx.requestId,
      });
      return accounts.map((a) => ({
        id: a.id,
        platform: a.platform,
        handle: a.handle,
        displayName: a.display_name,
        profileUrl: a.profile_url,
        source: a.source,
        createdAt: a.created_at.toISOString(),
      }));
    },
  };
}
export type RegistryService = ReturnType<typeof createRegistryService>;
