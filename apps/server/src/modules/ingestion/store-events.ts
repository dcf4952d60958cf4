import { validateEvent } from '@netra/engine';
import { inTransaction, type Database } from '../../db/database';
import { importRunsRepository, type RowError } from '../registry/import-runs.repository';
import { reasonId } from './event-reasons';
import { ingestionRepository, type ActorProfile, type StoredEvent } from './ingestion.repository';

export type IngestItem = { row: number; raw: unknown };
export type BatchOutcome = { stored: string[]; duplicates: number; rejected: number; errors: RowError[] };

/** Stands for an NDJSON line that is not JSON (reported as 'invalid JSON'). */
export const INVALID_JSON: unknown = Object.freeze({});

const PROFILE_KEYS = ['handle', 'displayName', 'bio', 'location'] as const;

/** The optional `actor` profile of an event: short strings only. */
function actorOf(raw: unknown): ActorProfile | undefined | 'invalid' {
  if (raw === null || typeof raw !== 'object') return undefined;
  const a = (raw as { actor?: unknown }).actor;
  if (a === undefined || a === null) return undefined;
  if (typeof a !== 'object' || Array.isArray(a)) return 'invalid';
  const out: ActorProfile = {};
  for (const k of PROFILE_KEYS) {
    const v = (a as Record<string, unknown>)[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || v.length > 1000) return 'invalid';
    out[k] = v;
  }
  return out;
}

/**
 * Validates a batch with the engine's validateEvent and stores the valid events in ONE transaction
 * together with the run's counts and errors: a batch is stored whole or not at all. Ids already
 * stored (redelivery, re-import) are skipped and counted as duplicates.
 */
export async function storeEventBatch(
  db: Database,
  items: readonly IngestItem[],
  meta: { importId: string | null; source: 'file' | 'api' | 'jetstream' | 'demo'; regionCode: string | null },
): Promise<BatchOutcome> {
  const valid: StoredEvent[] = [];
  const errors: RowError[] = [];
  for (const item of items) {
    const v =
      item.raw === INVALID_JSON ? ({ ok: false, reason: 'invalid JSON' } as const) : validateEvent(item.raw);
    const actor = actorOf(item.raw);
    if (!v.ok || actor === 'invalid') {
      const en = v.ok ? 'actor is not an object' : v.reason;
      errors.push({
        row: item.row,
        column: v.ok ? 'actor' : null,
        code: 'invalid_event',
        id: reasonId(en),
        en,
      });
      continue;
    }
    valid.push(actor ? { ...v.event, actor } : v.event);
  }
  return inTransaction(db, async (tx) => {
    await ingestionRepository.upsertActors(tx, valid);
    const stored = await ingestionRepository.insertEvents(tx, valid, meta);
    const duplicates = valid.length - stored.length;
    if (meta.importId) {
      await importRunsRepository.addErrors(tx, meta.importId, errors);
      await importRunsRepository.addCounts(tx, meta.importId, {
        processed: items.length,
        inserted: stored.length,
        updated: 0,
        unchanged: duplicates,
        rejected: errors.length,
        details: { duplicates },
      });
    }
    return { stored, duplicates, rejected: errors.length, errors };
  });
}
