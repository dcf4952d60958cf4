import type { Queryable } from '../../db/database';

export type AuditRow = {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_label: string | null;
  organization_id: string | null;
  region_code: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  outcome: string;
  before: unknown;
  after: unknown;
  fields_read: string[] | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
};

// Serialises appends so that each event links to the one before it. A single chain is simple to
// verify; at national scale it could be split per region (see docs/adr/0005-audit-hash-chain.md).
const AUDIT_CHAIN_LOCK_KEY = 7_305_012_025;

export const auditRepository = {
  async lockChainAndGetLastHash(tx: Queryable): Promise<string | undefined> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
    const result = await tx.query<{ hash: string }>('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
    return result.rows[0]?.hash;
  },

  async insert(tx: Queryable, row: Omit<AuditRow, 'id'>): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO audit_events (occurred_at, actor_user_id, actor_label, organization_id, region_code, action,
         entity_type, entity_id, outcome, before, after, fields_read, request_id, prev_hash, hash)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
      [
        row.occurred_at,
        row.actor_user_id,
        row.actor_label,
        row.organization_id,
        row.region_code,
        row.action,
        row.entity_type,
        row.entity_id,
        row.outcome,
        row.before === undefined ? null : JSON.stringify(row.before),
        row.after === undefined ? null : JSON.stringify(row.after),
        row.fields_read,
        row.request_id,
        row.prev_hash,
        row.hash,
      ],
    );
    return result.rows[0]!.id;
  },

  /** Keyset pagination by id, so verifying millions of rows never holds more than one page. */
  async listAfterId(db: Queryable, afterId: string, limit: number): Promise<AuditRow[]> {
    const result = await db.query<AuditRow>('SELECT * FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2', [
      afterId,
      limit,
    ]);
    return result.rows;
  },

  async search(
    db: Queryable,
    filter: {
      regionScopes: string[];
      action?: string;
      entityType?: string;
      actorUserId?: string;
      from?: Date;
      to?: Date;
      beforeId?: string;
      limit: number;
    },
  ): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replaceAll('?', `$${params.length}`));
    };
    if (!filter.regionScopes.includes('ID')) {
      params.push(filter.regionScopes);
      const p = `$${params.length}`;
      where.push(
        `EXISTS (SELECT 1 FROM unnest(${p}::text[]) s WHERE audit_events.region_code = s OR audit_events.region_code LIKE s || '.%')`,
      );
    }
    if (filter.action) add('action = ?', filter.action);
    if (filter.entityType) add('entity_type = ?', filter.entityType);
    if (filter.actorUserId) add('actor_user_id = ?', filter.actorUserId);
    if (filter.from) add('occurred_at >= ?', filter.from);
    if (filter.to) add('occurred_at < ?', filter.to);
    if (filter.beforeId) add('id < ?', filter.beforeId);
    params.push(filter.limit);
    const result = await db.query<AuditRow>(
      `SELECT * FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    return result.rows;
  },
};
