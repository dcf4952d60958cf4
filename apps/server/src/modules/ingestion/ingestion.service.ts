import type { Readable } from 'node:stream';
import type { Database } from '../../db/database';
import { inTransaction } from '../../db/database';
import { AppError } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { scopesFor } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { importRunsRepository, toImportRunDto, type ImportRunRow } from '../registry/import-runs.repository';
import type { FormatParams } from './event-formats';
import { eventFileKind, eventItems } from './event-sources';
import type { ScreeningService } from './screening.service';
import { storeEventBatch, type IngestItem } from './store-events';

export const EVENTS_IMPORT_KIND = 'events';
export const EVENT_BATCH = 500;
export const MAX_API_BATCH = 1000;

/**
 * Event ingestion from files and the batch API. Each import is a run (import_runs, kind 'events')
 * with progress, counts and per-record errors; batches are committed whole; a resumed run skips the
 * records it already processed; duplicate ids are skipped and counted.
 */
export function createIngestionService(deps: {
  db: Database;
  screening: ScreeningService;
  /** Screen stored events right after each batch (default); the worker's job sweeps the rest. */
  screenInline?: boolean;
}) {
  const { db, screening } = deps;
  const screenInline = deps.screenInline ?? true;

  async function runOf(ctx: RequestContext, id: string): Promise<ImportRunRow> {
    const run = await importRunsRepository.get(db, id);
    if (!run || run.kind !== EVENTS_IMPORT_KIND) throw new AppError('imports.not_found');
    await authorize(db, ctx, 'monitoring.read', run.region_code ?? undefined);
    return run;
  }

  /** Feeds items through batches into a run; returns the run's summary. */
  async function consume(
    run: ImportRunRow,
    items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
    source: 'file' | 'api' | 'demo',
  ) {
    let skip = run.processed_rows;
    let batch: IngestItem[] = [];
    let leads = 0;
    const errors: { row: number; eventId?: string; reason: string }[] = [];
    const totals = { received: 0, stored: 0, duplicates: 0, rejected: 0 };
    const flush = async () => {
      if (batch.length === 0) return;
      const out = await storeEventBatch(db, batch, { importId: run.id, source, regionCode: run.region_code });
      totals.received += batch.length;
      totals.stored += out.stored.length;
      totals.duplicates += out.duplicates;
      totals.rejected += out.rejected;
      for (const e of out.errors) if (errors.length < 1000) errors.push({ row: e.row, reason: e.en });
      batch = [];
      if (screenInline && out.stored.length > 0) leads += await screening.screenEventIds(out.stored);
    };
    for await (const item of items) {
      if (skip > 0) {
        skip--;
        continue;
      }
      batch.push(item);
      if (batch.length >= EVENT_BATCH) await flush();
    }
    await flush();
    return { ...totals, errors, leads };
  }

  async function finish(ctx: RequestContext, run: ImportRunRow, summary: Record<string, unknown>) {
    const membership = await authorize(db, ctx, 'monitoring.handle', run.region_code ?? undefined);
    await inTransaction(db, async (tx) => {
      await importRunsRepository.finish(tx, run.id, 'done');
      await importRunsRepository.addCounts(tx, run.id, {
        processed: 0,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        details: { leads: Number(summary.leads ?? 0) },
      });
      await recordAudit(tx, {
        actor: auditActor(ctx, membership),
        regionCode: run.region_code,
        action: 'monitoring.events_ingested',
        entityType: 'import_run',
        entityId: run.id,
        after: {
          received: summary.received,
          stored: summary.stored,
          duplicates: summary.duplicates,
          rejected: summary.rejected,
        },
        requestId: ctx.requestId,
      });
    });
  }

  return {
    async importFile(
      ctx: RequestContext,
      file: {
        stream: Readable;
        fileName: string;
        regionCode: string;
        resumeId?: string;
        params?: FormatParams;
      },
    ) {
      await authorize(db, ctx, 'monitoring.handle', file.regionCode);
      const kind = eventFileKind(file.fileName);
      if (!kind) {
        file.stream.resume();
        throw new AppError('ingestion.unsupported_format');
      }
      let run: ImportRunRow;
      if (file.resumeId) {
        run = await runOf(ctx, file.resumeId);
        await authorize(db, ctx, 'monitoring.handle', run.region_code ?? undefined);
        await importRunsRepository.reopen(db, run.id);
      } else
        run = await importRunsRepository.create(db, {
          kind: EVENTS_IMPORT_KIND,
          fileName: file.fileName.slice(0, 200),
          regionCode: file.regionCode,
          createdBy: ctx.actor.userId,
        });
      try {
        const summary = await consume(run, eventItems(file.stream, kind, file.params ?? {}), 'file');
        await finish(ctx, run, summary);
        return { importId: run.id, ...summary };
      } catch (error) {
        await importRunsRepository.finish(db, run.id, 'failed', (error as Error).message.slice(0, 500));
        throw error;
      }
    },

    /** Batch API: up to MAX_API_BATCH events, each with its own id as the idempotency key. */
    async ingestBatch(ctx: RequestContext, body: { regionCode: string; events: unknown[] }) {
      await authorize(db, ctx, 'monitoring.handle', body.regionCode);
      if (body.events.length > MAX_API_BATCH)
        throw new AppError('ingestion.batch_too_large', { max: MAX_API_BATCH });
      const run = await importRunsRepository.create(db, {
        kind: EVENTS_IMPORT_KIND,
        fileName: null,
        regionCode: body.regionCode,
        createdBy: ctx.actor.userId,
      });
      const summary = await consume(
        run,
        body.events.map((raw, i) => ({ row: i + 1, raw })),
        'api',
      );
      await finish(ctx, run, summary);
      return { importId: run.id, ...summary };
    },

    /** Demo seeding: a run without a signed-in actor. */
    async ingestAsSystem(
      items: Iterable<IngestItem> | AsyncIterable<IngestItem>,
      regionCode: string,
      fileName: string,
    ) {
      const run = await importRunsRepository.create(db, {
        kind: EVENTS_IMPORT_KIND,
        fileName,
        regionCode,
        createdBy: null,
      });
      const summary = await consume(run, items, 'demo');
      await importRunsRepository.finish(db, run.id, 'done');
      return { importId: run.id, ...summary };
    },

    async listRuns(ctx: RequestContext, page: { page: number; pageSize: number }) {
      await authorize(db, ctx, 'monitoring.read');
      const { rows, total } = await importRunsRepository.list(db, {
        kinds: [EVENTS_IMPORT_KIND],
        scopes: scopesFor(ctx.actor, 'monitoring.read'),
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
      });
      return { items: rows.map(toImportRunDto), total, page: page.page, pageSize: page.pageSize };
    },

    async getRun(ctx: RequestContext, id: string) {
      return toImportRunDto(await runOf(ctx, id));
    },

    async runErrors(ctx: RequestContext, id: string, page: { page: number; pageSize: number }) {
      await runOf(ctx, id);
      const rows = await importRunsRepository.errors(db, id, page.pageSize, (page.page - 1) * page.pageSize);
      return rows.map((r) => ({
        rowNumber: r.row_number,
        columnName: r.column_name,
        code: r.code,
        messageId: r.message_id,
        messageEn: r.message_en,
      }));
    },
  };
}
export type IngestionService = ReturnType<typeof createIngestionService>;
