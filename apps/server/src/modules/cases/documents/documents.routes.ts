import { z } from 'zod';
import type { NetraApp } from '../../../http/netra-app';
import { DOCUMENT_KINDS } from './document-kinds';
import type { DocumentsService } from './documents.service';

const DocumentQuerySchema = z.object({
  format: z.enum(['pdf', 'docx']).default('pdf'),
  variant: z.string().max(80).optional(),
  /** Print the reporter's identity on a document addressed to or naming them (cases.read_reporter). */
  includeReporter: z.enum(['true', 'false']).optional(),
  reason: z.string().trim().max(500).optional(),
});

export function registerCaseDocumentRoutes(app: NetraApp, documents: DocumentsService): void {
  const tags = ['cases'];
  app.get('/api/cases/:id/documents', { schema: { tags, params: z.object({ id: z.uuid() }) } }, (request) =>
    documents.list(request.ctx(), request.params.id),
  );
  app.get(
    '/api/cases/:id/documents/:kind',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid(), kind: z.enum(DOCUMENT_KINDS) }),
        querystring: DocumentQuerySchema,
      },
    },
    async (request, reply) => {
      const q = request.query;
      const file = await documents.generate(request.ctx(), request.params.id, request.params.kind, {
        format: q.format,
        variant: q.variant,
        includeReporter: q.includeReporter === 'true',
        reason: q.reason,
      });
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .header('x-document-number', encodeURIComponent(file.number))
        .send(file.bytes);
    },
  );
}
