import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestContext } from '../modules/access/access.service';

export type NetraApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    requestContext: RequestContext | undefined;
    /** The signed-in actor; throws auth.unauthenticated on public routes. */
    ctx(): RequestContext;
  }
  interface FastifyContextConfig {
    /** No session needed (public pages, health, invitation acceptance). */
    public?: boolean;
    /** Reachable before a required second factor is set up (profile, 2FA enrolment). */
    allowWithoutTwoFactor?: boolean;
  }
}
