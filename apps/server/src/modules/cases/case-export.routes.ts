import { CaseFiltersSchema } from '@netra/contracts';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import type { CaseExportService } from './case-export.service';

// The filters of GET /api/cases, without paging.
const ExportQuerySchema = CaseFiltersSchema.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  includeReportedName: z.enum(['true', 'false']).optional(),
});

export function registerCaseExportRoutes(app: NetraApp, exporter: CaseExportService): void {
  app.get(
    '/api/cases/export',
    { schema: { tags: ['cases'], querystring: ExportQuerySchema } },
    async (request, reply) => {
      const q = request.query;
      const file = await exporter.export(request.ctx(), {
        ...q,
        includeReportedName: q.includeReportedName === 'true',
      });
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.stream);
    },
  );
}
