import type { Action } from '../../../src/modules/access/access.policy';
import type { TestApp } from '../../helpers/test-app';

/** Something inside or outside the actor's jurisdiction that a route acts on. */
export type Target = {
  orgId: string;
  userId: string;
  membershipId: string;
  invitationId: string;
  regionCode: string;
};

/** One route of the matrix: tested anonymously and for every role, inside and outside. */
export type Case = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  route: string;
  action: Action;
  /** Region-scoped: the answer depends on where the target lies. Otherwise a list, filtered by scope. */
  scoped: boolean;
  /** `headers` only for bodies that are not JSON (multipart uploads). */
  request: (target: Target) => Promise<{ url: string; payload?: unknown; headers?: Record<string, string> }>;
};

/** What a feature's case file gets: the running test app (available once beforeAll has run). */
export type MatrixContext = {
  app: () => TestApp;
  /** The organisation every matrix actor belongs to (one user per role), in Kabupaten Bengkalis. */
  homeOrgId: () => string;
};
export type FeatureCases = (context: MatrixContext) => Case[];
