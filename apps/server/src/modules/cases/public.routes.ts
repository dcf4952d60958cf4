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

/** Per client address. Lookups by code + secret are limited harder than submissions: guessing. */
export const PUBLIC_RATE_LIMITS = {
  submit: { max: 30, timeWindow: '1 minute' },
  evidence: { max: 60, timeWindow: '1 minute' },
  lookup: { max: 30, timeWindow: '1 minute' },
  announcements: { max: 120, timeWindow: '1 minute' },
} as const;

export const TRACKING_SECRET_HEADER = 'x-tracking-secret';
const secretOf = (request: FastifyRequest) => {
  const value = request.headers[TRACKING_SECRET_HEADER];
  return typeof value === 'string' ? value : undefined;
};

export function registerPublicCaseRoutes(
  app: NetraApp,
  services: { intake: PublicIntakeService; evidence: EvidenceService },
): void {
  const tags = ['public'];
  const { intake, evidence } = services;
  const open = (rateLimit: { max: number; timeWindow: string }) => ({ public: true, rateLimit });

  app.post(
    '/api/public/reports',
    {
      config: open(PUBLIC_RATE_LIMITS.submit),
      schema: { tags, body: ReportSubmissionSchema, response: { 200: ReceiptSchema, 201: ReceiptSchema } },
    },
    async (request, reply) => {
      const { created, ...receipt } = await intake.submitReport(request.body, { requestId: request.id });
      return reply.code(created ? 201 : 200).send(receipt);
    },
  );

  app.post(
    '/api/public/reports/:code/evidence',
    { config: open(PUBLIC_RATE_LIMITS.evidence), schema: { tags, params: ReceiptCodeParamSchema } },
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
    { config: open(PUBLIC_RATE_LIMITS.lookup), schema: { tags, params: ReceiptCodeParamSchema } },
    (request) => intake.reportStatus(request.params.code, secretOf(request), request.id),
  );

  app.get(
    '/api/public/reports/:code/receipt.pdf',
    { config: open(PUBLIC_RATE_LIMITS.lookup), schema: { tags, params: ReceiptCodeParamSchema } },
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
      config: open(PUBLIC_RATE_LIMITS.submit),
      schema: { tags, body: TipSubmissionSchema, response: { 200: ReceiptSchema, 201: ReceiptSchema } },
    },
    async (request, reply) => {
      const { created, ...receipt } = await intake.submitTip(request.body, { requestId: request.id });
      return reply.code(created ? 201 : 200).send(receipt);
    },
  );

  app.post(
    '/api/public/tips/:code/evidence',
    { config: open(PUBLIC_RATE_LIMITS.evidence), schema: { tags, params: ReceiptCodeParamSchema } },
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
    '/api/public/tips/:code/status',
    { config: open(PUBLIC_RATE_LIMITS.lookup), schema: { tags, params: ReceiptCodeParamSchema } },
    (request) => intake.tipStatus(request.params.code, secretOf(request), request.id),
  );

  app.get(
    '/api/public/announcements',
    {
      config: open(PUBLIC_RATE_LIMITS.announcements),
      schema: { tags, querystring: PageQuerySchema.pick({ page: true, pageSize: true }) },
    },
    (request) => intake.announcements(request.query),
  );
}
