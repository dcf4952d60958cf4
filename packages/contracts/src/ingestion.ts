// DTOs of event ingestion (the documented event schema is docs/event.schema.json).
import { z } from 'zod';
import { RegionCodeSchema } from './common';

export const EVENT_FORMATS = ['netra', 'x_v2', 'tiktok_research'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** Batch API: up to 1,000 events (each validated by the engine's validateEvent on the server). */
export const EventBatchSchema = z.object({
  regionCode: RegionCodeSchema,
  events: z.array(z.unknown()).min(1),
});
export type EventBatch = z.infer<typeof EventBatchSchema>;

export const IngestionResultSchema = z.object({
  importId: z.uuid(),
  received: z.number().int(),
  stored: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), eventId: z.string().optional(), reason: z.string() })),
  leads: z.number().int(),
});
export type IngestionResult = z.infer<typeof IngestionResultSchema>;

export const EventImportQuerySchema = z.object({
  regionCode: RegionCodeSchema,
  format: z.enum(EVENT_FORMATS).optional(),
});
