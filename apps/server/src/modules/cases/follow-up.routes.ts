import {
  FollowUpDocumentQuerySchema,
  FollowUpExecutionSchema,
  FollowUpListQuerySchema,
  FollowUpRecordSchema,
  IdParamSchema,
} from '@netra/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import type { FollowUpService } from './follow-up.service';
import { readUpload, readUploadWithPayload } from './upload';

const sendDocument = (reply: FastifyReply, file: { bytes: Buffer; mediaType: string; sha256: string }) =>
  reply
    .type(file.mediaType)
    .header('content-disposition', `attachment; filename="keputusan-${file.sha256.slice(0, 12)}"`)
    .header('cache-control', 'no-store')
    .send(file.bytes);

/** Follow-up of forwarded cases by the receiving organisation, and the decision document for staff. */
export function registerFollowUpRoutes(app: NetraApp, followUp: FollowUpService): void {
  const tags = ['follow-up'];
  app.get('/api/follow-ups', { schema: { tags, querystring: FollowUpListQuerySchema } }, (request) =>
    followUp.list(request.ctx(), request.query),
  );
  app.get('/api/follow-ups/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    followUp.get(request.ctx(), request.params.id),
  );
  app.post(
    '/api/follow-ups/:id/decision',
    { schema: { tags, params: IdParamSchema, body: FollowUpRecordSchema } },
    (request) => followUp.record(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/follow-ups/:id/document',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      const file = await readUpload(request);
      return reply.code(201).send(await followUp.attachDocument(request.ctx(), request.params.id, file));
    },
  );
  // Multipart: a `payload` field (FollowUpExecutionSchema as JSON) before the evidence file.
  app.post('/api/follow-ups/:id/execution', { schema: { tags, params: IdParamSchema } }, async (request) => {
    const { file, payload } = await readUploadWithPayload(request, FollowUpExecutionSchema);
    return followUp.recordExecution(request.ctx(), request.params.id, payload, file);
  });
  app.get(
    '/api/follow-ups/:id/document',
    { schema: { tags, params: IdParamSchema, querystring: FollowUpDocumentQuerySchema } },
    async (request, reply) =>
      sendDocument(reply, await followUp.document(request.ctx(), request.params.id, request.query.kind)),
  );
  app.get(
    '/api/cases/:id/forwardings/:forwardingId/document',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid(), forwardingId: z.uuid() }),
        querystring: FollowUpDocumentQuerySchema,
      },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await followUp.documentForStaff(
          request.ctx(),
          request.params.id,
          request.params.forwardingId,
          request.query.kind,
        ),
      ),
  );
}
