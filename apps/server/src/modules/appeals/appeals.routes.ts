import {
  AppealCreateInputSchema,
  AppealDistributionInputSchema,
  AppealDraftInputSchema,
  AppealListQuerySchema,
  AppealReturnInputSchema,
  CoverageQuerySchema,
  IdParamSchema,
} from '@netra/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import { AppError } from '../../lib/app-error';
import { readUpload } from '../cases/upload';
import type { UploadedFile } from '../cases/evidence.service';
import type { AppealsService } from './appeals.service';
import type { AttendanceService } from './attendance.service';
import { coverageCsv, coverageXlsx, peopleXlsxStream } from './coverage-export';
import type { AppealDistributionService } from './distribution.service';

const safeName = (number: string) => number.replace(/[^0-9A-Za-z.-]+/g, '_').slice(0, 80);
const ATTENDANCE_MAX_BYTES = 10 * 1024 * 1024;

/** The two files of an attendance upload: `list` (CSV/XLSX) and `scan` (the signed PDF). */
async function readAttendanceFiles(request: FastifyRequest) {
  const files: { list?: UploadedFile; scan?: UploadedFile } = {};
  try {
    for await (const part of request.parts({ limits: { files: 2, fileSize: ATTENDANCE_MAX_BYTES } })) {
      if (part.type !== 'file') continue;
      const file = { bytes: await part.toBuffer(), filename: part.filename };
      if (part.fieldname === 'list' || part.fieldname === 'scan') files[part.fieldname] = file;
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('evidence.too_large');
    throw error;
  }
  return files;
}

export function registerAppealRoutes(
  app: NetraApp,
  services: {
    appeals: AppealsService;
    distribution: AppealDistributionService;
    attendance: AttendanceService;
  },
): void {
  const tags = ['appeals'];
  const { appeals, distribution, attendance } = services;
  const appealAttachment = z.object({ id: z.uuid(), attachmentId: z.uuid() });

  app.get('/api/appeals', { schema: { tags, querystring: AppealListQuerySchema } }, (request) =>
    appeals.list(request.ctx(), request.query),
  );
  app.post('/api/appeals', { schema: { tags, body: AppealCreateInputSchema } }, async (request, reply) =>
    reply.code(201).send(await appeals.create(request.ctx(), request.body)),
  );
  app.get('/api/appeals/:id', { schema: { tags, params: IdParamSchema } }, (request) =>
    appeals.get(request.ctx(), request.params.id),
  );
  app.put(
    '/api/appeals/:id',
    { schema: { tags, params: IdParamSchema, body: AppealDraftInputSchema } },
    (request) => appeals.update(request.ctx(), request.params.id, request.body),
  );
  for (const step of ['submit', 'approve', 'issue'] as const)
    app.post(`/api/appeals/:id/${step}`, { schema: { tags, params: IdParamSchema } }, (request) =>
      appeals.step(request.ctx(), request.params.id, step),
    );
  app.post(
    '/api/appeals/:id/return',
    { schema: { tags, params: IdParamSchema, body: AppealReturnInputSchema } },
    (request) => appeals.step(request.ctx(), request.params.id, 'return', request.body.note),
  );
  app.get(
    '/api/appeals/:id/letter.pdf',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      const pdf = await appeals.pdf(request.ctx(), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="imbauan-${safeName(pdf.number)}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf.bytes);
    },
  );
  app.post(
    '/api/appeals/:id/attachments',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      const file = await readUpload(request);
      return reply.code(201).send(await appeals.addAttachment(request.ctx(), request.params.id, file));
    },
  );
  app.get(
    '/api/appeals/:id/attachments/:attachmentId',
    { schema: { tags, params: appealAttachment } },
    async (request, reply) => {
      const file = await appeals.attachment(request.ctx(), request.params.id, request.params.attachmentId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', 'attachment')
        .header('cache-control', 'no-store')
        .send(file.bytes);
    },
  );
  app.delete(
    '/api/appeals/:id/attachments/:attachmentId',
    { schema: { tags, params: appealAttachment } },
    async (request, reply) => {
      await appeals.removeAttachment(request.ctx(), request.params.id, request.params.attachmentId);
      return reply.code(204).send();
    },
  );

  app.get('/api/appeals/:id/recipients', { schema: { tags, params: IdParamSchema } }, (request) =>
    distribution.recipientCandidates(request.ctx(), request.params.id),
  );
  app.post(
    '/api/appeals/:id/distribution',
    { schema: { tags, params: IdParamSchema, body: AppealDistributionInputSchema } },
    (request) => distribution.distribute(request.ctx(), request.params.id, request.body),
  );
  app.get(
    '/api/appeals/:id/coverage',
    { schema: { tags, params: IdParamSchema, querystring: CoverageQuerySchema } },
    (request) => distribution.coverage(request.ctx(), request.params.id, request.query),
  );
  for (const format of ['xlsx', 'csv'] as const)
    app.get(
      `/api/appeals/:id/coverage.${format}`,
      {
        schema: {
          tags,
          params: IdParamSchema,
          querystring: CoverageQuerySchema.pick({ by: true }),
        },
      },
      async (request, reply) => {
        const detail = await appeals.get(request.ctx(), request.params.id);
        // Exports are not paginated: counts per agency or region stay small even nationally.
        const coverage = await distribution.coverageOf(request.params.id, {
          by: request.query.by,
          page: 1,
          pageSize: 1_000_000,
        });
        const name = `cakupan-${safeName(detail.number)}-${request.query.by}.${format}`;
        void reply
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store');
        if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(coverageCsv(coverage));
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await coverageXlsx(coverage, `Cakupan imbauan ${detail.number} — ${detail.subject}`));
      },
    );
  app.get(
    '/api/appeals/:id/targets.xlsx',
    { schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      const exported = await distribution.peopleForExport(request.ctx(), request.params.id);
      const { row } = exported;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="asn-${safeName(row.number)}.xlsx"`)
        .header('cache-control', 'no-store')
        .send(peopleXlsxStream(() => exported.pages()));
    },
  );
  app.post('/api/appeals/:id/reminders', { schema: { tags, params: IdParamSchema } }, (request) =>
    distribution.remindNow(request.ctx(), request.params.id),
  );

  app.get('/api/appeals-attendance', { schema: { tags } }, (request) =>
    attendance.appealsForMyAgency(request.ctx()),
  );
  app.post('/api/appeals/:id/attendance', { schema: { tags, params: IdParamSchema } }, async (request) => {
    // Authorise before reading the upload, so that a refused user never gets the files parsed.
    await attendance.check(request.ctx(), request.params.id);
    return attendance.upload(request.ctx(), request.params.id, await readAttendanceFiles(request));
  });
}
