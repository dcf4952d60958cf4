import {
  CandidateAccountInputSchema,
  CandidateImportSchema,
  CandidateInputSchema,
  IdParamSchema,
  LexiconTermInputSchema,
} from '@netra/contracts';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import { candidatesFromCsv } from './candidates-csv';
import type { CandidatesService } from './candidates.service';

const ImportBodySchema = z.union([
  CandidateImportSchema,
  z.object({ csv: z.string().min(1).max(1_000_000) }),
]);

export function registerCandidateRoutes(app: NetraApp, candidates: CandidatesService): void {
  const tags = ['candidates'];
  app.get(
    '/api/candidates',
    { schema: { tags, querystring: z.object({ electionId: z.string().max(100).optional() }) } },
    (request) => candidates.list(request.ctx(), request.query.electionId),
  );
  app.post('/api/candidates', { schema: { tags, body: CandidateInputSchema } }, async (request, reply) =>
    reply.code(201).send(await candidates.create(request.ctx(), request.body)),
  );
  app.post('/api/candidates/import', { schema: { tags, body: ImportBodySchema } }, async (request) => {
    const body = request.body;
    return candidates.importPairs(request.ctx(), 'csv' in body ? candidatesFromCsv(body.csv) : body);
  });
  app.get('/api/candidates/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    candidates.get(request.ctx(), request.params.id),
  );
  app.put(
    '/api/candidates/:id',
    { schema: { tags, params: IdParamSchema, body: CandidateInputSchema } },
    (request) => candidates.update(request.ctx(), request.params.id, request.body),
  );
  app.delete('/api/candidates/:id', { schema: { tags, params: IdParamSchema } }, async (request, reply) => {
    await candidates.remove(request.ctx(), request.params.id);
    return reply.code(204).send();
  });
  app.post(
    '/api/candidates/:id/accounts',
    { schema: { tags, params: IdParamSchema, body: CandidateAccountInputSchema } },
    async (request, reply) =>
      reply.code(201).send(await candidates.addAccount(request.ctx(), request.params.id, request.body)),
  );
  app.delete(
    '/api/candidates/:id/accounts/:accountId',
    { schema: { tags, params: z.object({ id: z.uuid(), accountId: z.uuid() }) } },
    async (request, reply) => {
      await candidates.removeAccount(request.ctx(), request.params.id, request.params.accountId);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/candidates/:id/lexicon',
    { schema: { tags, params: IdParamSchema, body: LexiconTermInputSchema } },
    async (request, reply) =>
      reply.code(201).send(await candidates.addTerm(request.ctx(), request.params.id, request.body)),
  );
  app.delete(
    '/api/candidates/:id/lexicon/:termId',
    { schema: { tags, params: z.object({ id: z.uuid(), termId: z.uuid() }) } },
    async (request, reply) => {
      await candidates.removeTerm(request.ctx(), request.params.id, request.params.termId);
      return reply.code(204).send();
    },
  );
}
