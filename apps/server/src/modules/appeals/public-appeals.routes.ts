import {
  CodeAcknowledgeInputSchema,
  IdParamSchema,
  LinkAcknowledgeInputSchema,
  LinkOpenInputSchema,
  PageQuerySchema,
} from '@netra/contracts';
import { z } from 'zod';
import type { NetraApp } from '../../http/netra-app';
import type { AcknowledgmentService } from './acknowledgment.service';
import type { AppealsService } from './appeals.service';

/**
 * Per client address. Acknowledgments are limited hard: a wrong code or NIP must not be guessable
 * by trying many; reading issued appeals is limited like other public lists.
 */
export const APPEAL_RATE_LIMITS = {
  read: { max: 120, timeWindow: '1 minute' },
  acknowledge: { max: 20, timeWindow: '1 minute' },
} as const;

export function registerPublicAppealRoutes(
  app: NetraApp,
  services: { appeals: AppealsService; acknowledgments: AcknowledgmentService },
): void {
  const tags = ['public'];
  const { appeals, acknowledgments } = services;
  const open = (rateLimit: { max: number; timeWindow: string }) => ({ public: true, rateLimit });

  app.get(
    '/api/public/appeals',
    {
      config: open(APPEAL_RATE_LIMITS.read),
      schema: { tags, querystring: PageQuerySchema.pick({ page: true, pageSize: true }) },
    },
    (request) => appeals.publicList(request.query),
  );
  app.get(
    '/api/public/appeals/:id',
    { config: open(APPEAL_RATE_LIMITS.read), schema: { tags, params: IdParamSchema } },
    (request) => appeals.publicGet(request.params.id),
  );
  app.get(
    '/api/public/appeals/:id/letter.pdf',
    { config: open(APPEAL_RATE_LIMITS.read), schema: { tags, params: IdParamSchema } },
    async (request, reply) => {
      const pdf = await appeals.publicPdf(request.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="imbauan-${pdf.number.replace(/[^0-9A-Za-z.-]+/g, '_').slice(0, 80)}.pdf"`,
        )
        .send(pdf.bytes);
    },
  );
  app.get(
    '/api/public/appeals/:id/attachments/:attachmentId',
    {
      config: open(APPEAL_RATE_LIMITS.read),
      schema: { tags, params: z.object({ id: z.uuid(), attachmentId: z.uuid() }) },
    },
    async (request, reply) => {
      const file = await appeals.attachment(null, request.params.id, request.params.attachmentId);
      return reply.type(file.mediaType).header('content-disposition', 'attachment').send(file.bytes);
    },
  );

  // The token travels in the body, never in a URL the server would see in logs or referrers.
  app.post(
    '/api/public/appeal-acknowledgments/open',
    { config: open(APPEAL_RATE_LIMITS.acknowledge), schema: { tags, body: LinkOpenInputSchema } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return acknowledgments.openLink(request.body.token, request.id);
    },
  );
  app.post(
    '/api/public/appeal-acknowledgments/link',
    { config: open(APPEAL_RATE_LIMITS.acknowledge), schema: { tags, body: LinkAcknowledgeInputSchema } },
    (request) => acknowledgments.acknowledgeByLink(request.body, request.id),
  );
  app.post(
    '/api/public/appeal-acknowledgments/code',
    { config: open(APPEAL_RATE_LIMITS.acknowledge), schema: { tags, body: CodeAcknowledgeInputSchema } },
    (request) => acknowledgments.acknowledgeByCode(request.body, request.id),
  );
}
