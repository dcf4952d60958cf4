import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type HashedAuditFields = {
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string | null;
  organizationId: string | null;
  regionCode: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: string;
  before: unknown;
  after: unknown;
  fieldsRead: string[] | null;
  requestId: string | null;
};

/** Keys sorted at every depth, because jsonb does not keep the key order it was given. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashAuditEvent(prevHash: string, fields: HashedAuditFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}
