import {
  CaptureFileParamSchema,
  CaptureListQuerySchema,
  CaptureRequestSchema,
  IdParamSchema,
  LeadCaptureRequestSchema,
  LeadConfirmSchema,
  LeadDismissSchema,
  LeadListQuerySchema,
  LeadPromoteSchema,
  LeadRejectSchema,
  NetworkQuerySchema,
} from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import type { CapturesService } from './captures.service';
import type { LeadsService } from './leads.service';

/** The monitoring desk: leads triage, evidence captures and the network view (staff only). */
export function registerMonitoringDeskRoutes(
  app: NetraApp,
  services: { leads: LeadsService; captures: CapturesService },
): void {
  const tags = ['monitoring'];
  const { leads, captures } = services;
  // A queued capture's Chromium must not outlive the server.
  app.addHook('onClose', async () => {
    await captures.close();
  });

  app.get('/api/monitoring/leads', { schema: { tags, querystring: LeadListQuerySchema } }, (request) =>
    leads.list(request.ctx(), request.query),
  );
  app.get(
    '/api/monitoring/leads/:id',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return leads.get(request.ctx(), request.params.id);
    },
  );
  app.post(
    '/api/monitoring/leads/:id/confirm',
    { schema: { tags, params: IdParamSchema, body: LeadConfirmSchema } },
    (request) => leads.confirm(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/monitoring/leads/:id/reject',
    { schema: { tags, params: IdParamSchema, body: LeadRejectSchema } },
    (request) => leads.reject(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/monitoring/leads/:id/dismiss',
    { schema: { tags, params: IdParamSchema, body: LeadDismissSchema } },
    (request) => leads.dismiss(request.ctx(), request.params.id, request.body),
  );
  app.post(
    '/api/monitoring/leads/:id/captures',
    { schema: { tags, params: IdParamSchema, body: LeadCaptureRequestSchema } },
    async (request, reply) =>
      reply.code(202).send(await leads.capture(request.ctx(), request.params.id, request.body)),
  );
  app.post(
    '/api/monitoring/leads/:id/promote',
    { schema: { tags, params: IdParamSchema, body: LeadPromoteSchema } },
    async (request, reply) =>
      reply.code(201).send(await leads.promote(request.ctx(), request.params.id, request.body)),
  );
  app.get(
    '/api/monitoring/network',
    { schema: { tags, querystring: NetworkQuerySchema } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return leads.network(request.ctx(), request.query);
    },
  );

  app.post(
    '/api/monitoring/captures',
    { schema: { tags, body: CaptureRequestSchema } },
    async (request, reply) => reply.code(202).send(await captures.request(request.ctx(), request.body)),
  );
  app.get('/api/monitoring/captures', { schema: { tags, querystring: CaptureListQuerySchema } }, (request) =>
    captures.list(request.ctx(), request.query),
  );
  app.get('/api/monitoring/captures/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    captures.get(request.ctx(), request.params.id),
  );
  app.get(
    '/api/monitoring/captures/:id/files/:file',
    { schema: { tags, params: CaptureFileParamSchema } },
    async (request, reply) => {
      const file = await captures.file(request.ctx(), request.params.id, request.params.file);
      // The screenshot is our own PNG and may be shown inline; captured HTML is never rendered here.
      const disposition =
        request.params.file === 'screenshot'
          ? `inline; filename="${file.sha256.slice(0, 16)}.png"`
          : `attachment; filename="${file.sha256.slice(0, 16)}.html"`;
      return reply
        .type(file.mediaType)
        .header('content-disposition', disposition)
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
}
