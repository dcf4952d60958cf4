import { z } from 'zod';

export const RegionSchema = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  level: z.number().int(),
  kind: z.string(),
  name: z.string(),
  timeZone: z.string(),
});
export type Region = z.infer<typeof RegionSchema>;

export const RegionDetailSchema = RegionSchema.extend({ ancestors: z.array(RegionSchema) });

export const AuditEventSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  organizationId: z.string().nullable(),
  regionCode: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  outcome: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  fieldsRead: z.array(z.string()).nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  before: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
