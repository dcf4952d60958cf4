import type { Database, Queryable } from '../../db/database';
import { auditRepository, type AuditRow } from './audit.repository';
import { GENESIS_HASH, hashAuditEvent, type HashedAuditFields } from './audit-hash';

export type AuditEventInput = {
  actor?: { userId: string | null; label?: string | null; organizationId?: string | null } | null;
  regionCode?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  outcome?: 'success' | 'denied' | 'failed';
  before?: unknown;
  after?: unknown;
  fieldsRead?: string[];
  requestId?: string | null;
};

/** Appends one event to the chain. Call it with the transaction that makes the change. */
export async function recordAudit(
  tx: Queryable,
  input: AuditEventInput,
  now: Date = new Date(),
): Promise<string> {
  const prevHash = (await auditRepository.lockChainAndGetLastHash(tx)) ?? GENESIS_HASH;
  const fields: HashedAuditFields = {
    occurredAt: now.toISOString(),
    actorUserId: input.actor?.userId ?? null,
    actorLabel: input.actor?.label ?? null,
    organizationId: input.actor?.organizationId ?? null,
    regionCode: input.regionCode ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    outcome: input.outcome ?? 'success',
    before: input.before ?? null,
    after: input.after ?? null,
    fieldsRead: input.fieldsRead ?? null,
    requestId: input.requestId ?? null,
  };
  const hash = hashAuditEvent(prevHash, fields);
  return auditRepository.insert(tx, {
    occurred_at: now,
    actor_user_id: fields.actorUserId,
    actor_label: fields.actorLabel,
    organization_id: fields.organizationId,
    region_code: fields.regionCode,
    action: fields.action,
    entity_type: fields.entityType,
    entity_id: fields.entityId,
    outcome: fields.outcome,
    before: fields.before,
    after: fields.after,
    fields_read: fields.fieldsRead,
    request_id: fields.requestId,
    prev_hash: prevHash,
    hash,
  });
}

export function rowToHashedFields(row: AuditRow): HashedAuditFields {
  return {
    occurredAt: row.occurred_at.toISOString(),
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    organizationId: row.organization_id,
    regionCode: row.region_code,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    outcome: row.outcome,
    before: row.before,
    after: row.after,
    fieldsRead: row.fields_read,
    requestId: row.request_id,
  };
}

export type ChainVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenEventId: string; reason: 'hash_mismatch' | 'link_mismatch' };

/** Walks the chain in id order and names the first event whose hash or link does not hold. */
export async function verifyAuditChain(
  db: Database | Queryable,
  pageSize = 5000,
): Promise<ChainVerification> {
  let previousHash = GENESIS_HASH;
  let lastId = '0';
  let checked = 0;
  for (;;) {
    const rows = await auditRepository.listAfterId(db, lastId, pageSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prev_hash !== previousHash)
        return { ok: false, checked, brokenEventId: row.id, reason: 'link_mismatch' };
      if (hashAuditEvent(row.prev_hash, rowToHashedFields(row)) !== row.hash) {
        return { ok: false, checked, brokenEventId: row.id, reason: 'hash_mismatch' };
      }
      previousHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
