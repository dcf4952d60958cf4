import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import type { DuplicatesService } from './duplicates.service';

const LinkInputSchema = z
  .object({
    otherCaseId: z.uuid(),
    relation: z.enum(['linked', 'not_duplicate']),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .strict();

export function registerDuplicateRoutes(app: NetraApp, duplicates: DuplicatesService): void {
  const tags = ['cases'];
  const params = z.object({ id: z.uuid() });
  app.get('/api/cases/:id/duplicates', { schema: { tags, params } }, (request) =>
    duplicates.candidates(request.ctx(), request.params.id),
  );
  app.post('/api/cases/:id/duplicates', { schema: { tags, params, body: LinkInputSchema } }, (request) =>
    duplicates.mark(request.ctx(), request.params.id, request.body),
  );
}
