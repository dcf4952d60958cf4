import {
  AsnSearchQuerySchema,
  IdParamSchema,
  ImportListQuerySchema,
  RegionCodeSchema,
} from '@netra/contracts';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import { AppError } from '../../lib/app-error';
import { sendErrorsCsv } from './errors-csv';
import type { RegistryService } from './registry.service';

/** Registry files may be large (a province's register): streamed, so a generous cap is safe. */
export const REGISTRY_MAX_FILE_BYTES = 1024 * 1024 * 1024;

const UploadQuerySchema = z.object({ regionCode: RegionCodeSchema, resume: z.uuid().optional() });
const ErrorsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100),
});

export function registerRegistryRoutes(app: NetraApp, registry: RegistryService): void {
  const tags = ['registry'];
  app.get('/api/registry/asn', { schema: { tags, querystring: AsnSearchQuerySchema } }, (request) =>
    registry.search(request.ctx(), request.query),
  );
  app.get('/api/registry/asn/:id', { schema: { tags, params: IdParamSchema } }, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    return registry.get(request.ctx(), request.params.id);
  });
  app.get(
    '/api/registry/asn/:id/accounts',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return registry.accounts(request.ctx(), request.params.id);
    },
  );
  app.get('/api/registry/imports', { schema: { tags, querystring: ImportListQuerySchema } }, (request) =>
    registry.listImports(request.ctx(), request.query),
  );
  app.post(
    '/api/registry/imports',
    { schema: { tags, querystring: UploadQuerySchema } },
    async (request, reply) => {
      const ctx = request.ctx();
      const file = await request.file({ limits: { fileSize: REGISTRY_MAX_FILE_BYTES } });
      if (!file)
        throw new AppError('common.validation_failed', {
          fields: [{ field: 'file', message: 'Berkas wajib / A file is required' }],
        });
      const run = await registry.importFile(ctx, {
        stream: file.file,
        fileName: file.filename,
        regionCode: request.query.regionCode,
        resumeId: request.query.resume,
      });
      return reply.code(201).send(run);
    },
  );
  app.get('/api/registry/imports/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    registry.getImport(request.ctx(), request.params.id),
  );
  app.get(
    '/api/registry/imports/:id/errors',
    { schema: { tags, params: IdParamSchema, querystring: ErrorsQuerySchema } },
    (request) => registry.importErrors(request.ctx(), request.params.id, request.query),
  );
  app.get(
    '/api/registry/imports/:id/errors.csv',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      const rows = await registry.importErrors(request.ctx(), request.params.id, {
        page: 1,
        pageSize: 100_000,
      });
      return sendErrorsCsv(reply, rows, `kesalahan-impor-${request.params.id.slice(0, 8)}.csv`);
    },
  );
}
