import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Services } from '../services';
import { registerAuditRoutes } from '../modules/audit/audit.routes';
import { registerAuthRoutes } from '../modules/auth/auth.routes';
import { registerInvitationRoutes } from '../modules/invitations/invitations.routes';
import { registerOrganizationRoutes } from '../modules/organizations/organizations.routes';
import { registerRegionRoutes } from '../modules/regions/regions.routes';
import { registerFollowUpRoutes } from '../modules/cases/follow-up.routes';
import { registerRulesRoutes } from '../modules/rules/rules.routes';
import { registerElectionRoutes } from '../modules/elections/elections.routes';
import { registerUserRoutes } from '../modules/users/users.routes';
import { registerSessionRoutes } from '../modules/sessions/sessions.routes';
import { registerCaseRoutes } from '../modules/cases/cases.routes';
import { registerPublicCaseRoutes } from '../modules/cases/public.routes';
import { registerCaseDocumentRoutes } from '../modules/cases/documents/documents.routes';
import { registerCaseExportRoutes } from '../modules/cases/case-export.routes';
import { registerDuplicateRoutes } from '../modules/cases/duplicates.routes';
import { registerAppealRoutes } from '../modules/appeals/appeals.routes';
import { registerPublicAppealRoutes } from '../modules/appeals/public-appeals.routes';
import { registerOutreachRoutes } from '../modules/outreach/outreach.routes';
import {
  registerNewsOpenGraphRoute,
  registerNewsRoutes,
  registerPublicNewsRoutes,
} from '../modules/news/news.routes';
import { EVIDENCE_LIMITS } from '../modules/cases/evidence-storage';
import { registerMonitoringIngestRoutes } from '../modules/ingestion/monitoring-routes';
import { registerMonitoringDeskRoutes } from '../modules/monitoring/monitoring.routes';
import { checkCsrf, issueCsrfToken } from './csrf';
import { errorBody, handleError } from './error-handler';
import type { NetraApp } from './netra-app';
import { createSessionGuard, requestContextAccessor } from './session-actor';

export type CreateAppOptions = {
  services: Services;
  webDistDir?: string;
  logLevel?: string;
  /** Sees every route as it is registered (the authorisation-matrix test proves it covers them all). */
  onRoute?: (route: { method: string | string[]; url: string; isPublic: boolean }) => void;
};

export async function createApp(options: CreateAppOptions): Promise<NetraApp> {
  const { services } = options;
  const { config } = services;
  const app = Fastify({
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    logger: {
      level: options.logLevel ?? config.logLevel,
      // Route patterns, never raw URLs: paths carry invitation tokens and query strings carry names.
      serializers: {
        req: (request: { method: string; routeOptions?: { url?: string } }) => ({
          method: request.method,
          route: request.routeOptions?.url,
        }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
    },
  }).withTypeProvider<ZodTypeProvider>();

  if (options.onRoute) {
    const record = options.onRoute;
    app.addHook('onRoute', (route) =>
      record({ method: route.method, url: route.url, isPublic: Boolean(route.config?.public) }),
    );
  }
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('requestContext', undefined);
  app.decorateRequest('ctx', requestContextAccessor);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(rateLimit, {
    global: true,
    max: config.http.apiPerMinute,
    timeWindow: '1 minute',
    // Only the API counts: one page load fetches dozens of static files, and an office behind one
    // address (or the browser tests, all from 127.0.0.1) would otherwise be refused its own app.
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (request) => ({ statusCode: 429, ...errorBody('common.rate_limited', request.id) }),
  });
  // One evidence file per request, so that a refused file never takes the others with it.
  await app.register(multipart, {
    limits: { files: 1, fields: 5, fileSize: EVIDENCE_LIMITS.maxFileBytes['video/mp4'] },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Netra API',
        version: '0.1.0',
        description: 'Pengawasan netralitas ASN / ASN neutrality supervision',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', checkCsrf);
  app.addHook(
    'preHandler',
    createSessionGuard({
      db: services.db,
      auth: services.auth,
      twoFactorRoles: config.auth.requireTwoFactorRoles,
    }),
  );

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, () => ({ status: 'ok' }));
  app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await services.db.query('SELECT 1 FROM schema_migrations LIMIT 1');
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'not_ready' });
    }
  });
  app.get('/api/csrf', { config: { public: true }, schema: { hide: true } }, (request, reply) => ({
    token: issueCsrfToken(request, reply, config.http.publicUrl.startsWith('https://')),
  }));

  registerAuthRoutes(app, services.authGateway, { signInPerMinute: config.auth.signInPerMinute });
  registerUserRoutes(app, services.users);
  registerSessionRoutes(app, services.sessions);
  registerOrganizationRoutes(app, services.organizations);
  registerInvitationRoutes(app, services.invitations);
  registerRegionRoutes(app, services.regions, config.cases.publicRateLimits.read);
  registerAuditRoutes(app, services.audit);
  registerRulesRoutes(app, services.rules);
  registerElectionRoutes(app, services.elections);
  registerPublicCaseRoutes(app, {
    intake: services.publicIntake,
    evidence: services.evidence,
    limits: config.cases.publicRateLimits,
  });
  registerFollowUpRoutes(app, services.followUp);
  registerCaseDocumentRoutes(app, services.caseDocuments);
  registerCaseExportRoutes(app, services.caseExport);
  registerDuplicateRoutes(app, services.caseDuplicates);
  registerCaseRoutes(app, {
    cases: services.cases,
    findings: services.findings,
    evidence: services.evidence,
  });
  registerMonitoringIngestRoutes(app, services);
  registerMonitoringDeskRoutes(app, services.monitoringDesk);

  registerOutreachRoutes(app, {
    outreach: services.outreach,
    coverage: services.outreachCoverage,
    calendar: services.outreachCalendar,
  });
  registerNewsRoutes(app, services.news);
  registerPublicNewsRoutes(app, services.news, config.http.publicUrl);
  registerNewsOpenGraphRoute(app, services.news, {
    webDistDir: options.webDistDir,
    publicUrl: config.http.publicUrl,
  });
  registerPublicAppealRoutes(app, {
    appeals: services.appeals,
    acknowledgments: services.appealAcknowledgments,
  });
  registerAppealRoutes(app, {
    appeals: services.appeals,
    distribution: services.appealDistribution,
    attendance: services.appealAttendance,
  });

  await serveWebApp(app, options.webDistDir);
  return app;
}

/** The built single-page app; unknown non-API paths get index.html so client routes work on reload. */
async function serveWebApp(app: NetraApp, webDistDir: string | undefined): Promise<void> {
  if (!webDistDir || !existsSync(path.join(webDistDir, 'index.html'))) {
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send(errorBody('common.not_found', request.id)),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.code(404).send(errorBody('common.not_found', request.id));
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
