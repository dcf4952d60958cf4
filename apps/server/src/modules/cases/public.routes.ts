import {
  PageQuerySchema,
  ReceiptCodeParamSchema,
  ReceiptSchema,
  ReportSubmissionSchema,
  TipSubmissionSchema,
} from '@netra/contracts';
import type { FastifyRequest } from 'fastify';
import type { NetraApp } from '../../http/netra-app';
import { readUpload } from './upload';
import type { EvidenceService } from './evidence.service';
import type { PublicIntakeService } from './public-intake.service';

/**
 * Per client address and minute, from configuration (NETRA_PUBLIC_*_PER_MINUTE). Lookups by code +
 * secret are limited harder than reads; each receipt code also locks after repeated wrong secrets.
 */
export type PublicRateLimits = { submit: number; evidence: number; lookup: number; read: number };

export const TRACKING_SECRET_HEADER = 'x-tracking-secret';
const secretOf = (request: FastifyRequest) => {
  const value = request.headers[TRACKING_SECRET_HEADER];
  return typeof value === 'string' ? value : undefined;
};

export function registerPublicCaseRoutes(
  app: NetraApp,
  services: { intake: PublicIntakeService; evidence: EvidenceService; limits: PublicRateLimits },
): void {
  const tags = ['public'];
  const { intake, evidence, limits } = services;
  const open = (kind: keyof PublicRateLimits) => ({
    public: true,
    rateLimit: { max: limits[kind], timeWindow: '1 minute' },
  });

  app.post(
    '/api/public/reports',
    {
      config: open('submit'),
      schema: { tags, body: ReportSubmissionSchema, response: { 200: ReceiptSchema, 201: ReceiptSchema } },
    },
    async (request, reply) => {
      const { created, ...receipt } = await intake.submitReport(request.body, { requestId: request.id });
      return reply.code(created ? 201 : 200).send(receipt);
    },
  );

  app.post(
    '/api/public/reports/:code/evidence',
    { config: open('evidence'), schema: { tags, params: ReceiptCodeParamSchema } },
    async (request, reply) => {
      const report = await intake.reportFor(request.params.code, secretOf(request), request.id);
      const file = await readUpload(request);
      const stored = await evidence.add({ reportId: report.id }, file, {
        regionCode: report.region_code,
        actor: { userId: null, label: 'public' },
        requestId: request.id,
      });
      return reply.code(201).send(stored);
    },
  );

  app.get(
    '/api/public/reports/:code/status',
    { config: open('lookup'), schema: { tags, params: ReceiptCodeParamSchema } },
    (request) => intake.reportStatus(request.params.code, secretOf(request), request.id),
  );

  app.get(
    '/api/public/reports/:code/receipt.pdf',
    { config: open('lookup'), schema: { tags, params: ReceiptCodeParamSchema } },
    async (request, reply) => {
      const pdf = await intake.receiptPdf(request.params.code, secretOf(request), request.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="tanda-terima-${request.params.code}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    '/api/public/tips',
    {
      config: open('submit'),
      schema: { tags, body: TipSubmissionSchema, response: { 200: ReceiptSchema, 201: ReceiptSchema } },
    },
    async (request, reply) => {
      const { created, ...receipt } = await intake.submitTip(request.body, { requestId: request.id });
      return reply.code(created ? 201 : 200).send(receipt);
    },
  );

  app.post(
    '/api/public/tips/:code/evidence',
    { config: open('evidence'), schema: { tags, params: ReceiptCodeParamSchema } },
    async (request, reply) => {
      const tip = await intake.tipFor(request.params.code, secretOf(request), request.id);
      const file = await readUpload(request);
      const stored = await evidence.add({ tipId: tip.id }, file, {
        regionCode: tip.region_code,
        actor: { userId: null, label: 'public' },
        requestId: request.id,
      });
      return reply.code(201).send(stored);
    },
  );

  app.get(
    '/api/public/tips/:code/receipt.pdf',
    { config: open('lookup'), schema: { tags, params: ReceiptCodeParamSchema } },
    async (request, reply) => {
      const pdf = await intake.tipReceiptPdf(request.params.code, secretOf(request), request.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="tanda-terima-${request.params.code}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/public/tips/:code/status',
    { config: open('lookup'), schema: { tags, params: ReceiptCodeParamSchema } },
    (request) => intake.tipStatus(request.params.code, secretOf(request), request.id),
  );

  app.get(
    '/api/public/announcements',
    {
      config: open('read'),
      schema: { tags, querystring: PageQuerySchema.pick({ page: true, pageSize: true }) },
    },
    (request) => intake.announcements(request.query),
  );
}
