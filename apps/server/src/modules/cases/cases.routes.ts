import {
  CaseListQuerySchema,
  FindingFromTipInputSchema,
  IdParamSchema,
  PageQuerySchema,
  PromoteSupervisionInputSchema,
  RevealReasonQuerySchema,
  SupervisionResultInputSchema,
  TransitionParamsSchema,
  TransitionRequestSchema,
} from '@netra/contracts';
import type { NetraApp } from '../../http/netra-app';
import { z } from 'zod';
import type { CasesService } from './cases.service';
import type { EvidenceService } from './evidence.service';
import type { FindingsService } from './findings.service';
import { readUpload } from './upload';

export function registerCaseRoutes(
  app: NetraApp,
  services: { cases: CasesService; findings: FindingsService; evidence: EvidenceService },
): void {
  const tags = ['cases'];
  const { cases, findings, evidence } = services;

  app.get('/api/cases', { schema: { tags, querystring: CaseListQuerySchema } }, (request) =>
    cases.list(request.ctx(), request.query),
  );
  app.get('/api/cases/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    cases.get(request.ctx(), request.params.id),
  );
  app.get(
    '/api/cases/:id/reporter',
    { schema: { tags, params: IdParamSchema, querystring: RevealReasonQuerySchema } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return cases.reporter(request.ctx(), request.params.id, request.query.reason);
    },
  );
  app.get(
    '/api/cases/:id/evidence/:evidenceId',
    { schema: { tags, params: z.object({ id: z.uuid(), evidenceId: z.uuid() }) } },
    async (request, reply) => {
      const file = await evidence.download(request.ctx(), request.params.id, request.params.evidenceId);
      // Always a download, never rendered inline: the bytes come from the public.
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.sha256.slice(0, 16)}"`)
        .header('cache-control', 'no-store')
        .send(file.bytes);
    },
  );
  app.post(
    '/api/cases/:id/transitions/:name',
    { schema: { tags, params: TransitionParamsSchema, body: TransitionRequestSchema } },
    (request) => cases.transition(request.ctx(), request.params.id, request.params.name, request.body),
  );

  app.post(
    '/api/supervision-results',
    { schema: { tags, body: SupervisionResultInputSchema } },
    async (request, reply) =>
      reply.code(201).send(await findings.fileSupervisionResult(request.ctx(), request.body)),
  );
  app.get('/api/supervision-results', { schema: { tags, querystring: PageQuerySchema } }, (request) =>
    findings.listSupervisionResults(request.ctx(), request.query),
  );
  app.post(
    '/api/supervision-results/:id/promote',
    { schema: { tags, params: IdParamSchema, body: PromoteSupervisionInputSchema } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await findings.promoteSupervisionResult(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/api/supervision-results/:id/evidence',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      const target = await findings.supervisionEvidenceTarget(request.ctx(), request.params.id);
      const file = await readUpload(request);
      const stored = await evidence.add(target.owner, file, {
        regionCode: target.regionCode,
        actor: target.actor,
        requestId: request.id,
      });
      return reply.code(201).send(stored);
    },
  );

  app.get('/api/tips', { schema: { tags, querystring: PageQuerySchema } }, (request) =>
    findings.listTips(request.ctx(), request.query),
  );
  app.post(
    '/api/tips/:id/finding',
    { schema: { tags, params: IdParamSchema, body: FindingFromTipInputSchema } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await findings.raiseFindingFromTip(request.ctx(), request.params.id, request.body)),
  );
}
