import { expect } from 'vitest';
import { ReportSubmissionSchema } from '@netra/contracts';
import type { NetraApp } from '../../src/http/netra-app';
import type { RequestContext } from '../../src/modules/access/access.service';
import { usersRepository } from '../../src/modules/users/users.repository';
import type { Session, TestApp } from '../helpers/test-app';
import { caseIdOf, reportBody, villageIn } from './cases-helpers';

// Drives a public report through the staff procedure up to forwarding, through the HTTP API.

async function step(app: NetraApp, who: Session, id: string, name: string, input: object = {}) {
  const current = await app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: who.headers });
  const response = await app.inject({
    method: 'POST',
    url: `/api/cases/${id}/transitions/${name}`,
    headers: who.headers,
    payload: { expectedVersion: current.json<{ version: number }>().version, input },
  });
  expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
  return response.json<{ version: number; forwardings: { id: string; recipient: { id: string } }[] }>();
}

/** A decided case in a village of `regionCode`, forwarded with the given dispositions. */
export async function forwardedCase(
  t: TestApp,
  who: { staff: Session; commissioner: Session },
  regionCode: string,
  dispositions: Record<string, unknown>[],
) {
  // Through the intake service, not HTTP: the public per-address rate limit is not under test here.
  const receipt = await t.services.publicIntake.submitReport(
    ReportSubmissionSchema.parse(reportBody(await villageIn(t.db, regionCode))),
    { requestId: 'follow-up-test' },
  );
  const { app } = t;
  const id = await caseIdOf(t.db, receipt.receiptCode);
  await step(app, who.staff, id, 'start_initial_study');
  await step(app, who.staff, id, 'register', {
    formal: { identity: true, reportedParty: true, inTime: true },
    material: { timePlace: true, description: true, evidence: true },
  });
  await step(app, who.staff, id, 'start_clarification', { parties: ['reporter', 'reported'] });
  await step(app, who.staff, id, 'record_clarification', {
    statements: [{ party: 'reporter', attended: true }],
  });
  await step(app, who.staff, id, 'submit_study', {
    conclusion: 'violation',
    catalogueEntryIds: ['skb2022.ethics.1'],
    analysis: 'Terlapor hadir dan berorasi dalam kampanye.',
  });
  const kinds = [...new Set(dispositions.map((d) => d.kind as string))];
  await step(app, who.commissioner, id, 'decide_violation', {
    membersPresent: 3,
    membersTotal: 5,
    violationKinds: kinds,
  });
  const forwarded = await step(app, who.staff, id, 'forward', { dispositions });
  return { caseId: id, receipt, forwardings: forwarded.forwardings };
}

/** A service-level actor for a user (for setup that should not count against per-address limits). */
export async function contextFor(t: TestApp, userId: string): Promise<RequestContext> {
  const user = await t.db.query<{ email: string; name: string }>(
    'SELECT email, name FROM users WHERE id = $1',
    [userId],
  );
  const { email, name } = user.rows[0]!;
  const memberships = await usersRepository.listMemberships(t.db, userId);
  return {
    actor: { userId, email, name, twoFactorEnabled: true, memberships },
    requestId: 'follow-up-setup',
  };
}

/** Like `forwardedCase`, through the services: the matrix makes hundreds of these in a few minutes. */
export async function forwardedCaseDirect(
  t: TestApp,
  who: { staff: RequestContext; commissioner: RequestContext },
  regionCode: string,
  dispositions: Record<string, unknown>[],
) {
  const receipt = await t.services.publicIntake.submitReport(
    ReportSubmissionSchema.parse(reportBody(await villageIn(t.db, regionCode))),
    { requestId: 'follow-up-test' },
  );
  const id = await caseIdOf(t.db, receipt.receiptCode);
  let version = 0;
  const step = async (ctx: RequestContext, name: string, input: Record<string, unknown> = {}) => {
    version = (await t.services.cases.transition(ctx, id, name, { expectedVersion: version, input })).version;
  };
  await step(who.staff, 'start_initial_study');
  await step(who.staff, 'register', {
    formal: { identity: true, reportedParty: true, inTime: true },
    material: { timePlace: true, description: true, evidence: true },
  });
  await step(who.staff, 'start_clarification', { parties: ['reporter', 'reported'] });
  await step(who.staff, 'record_clarification', { statements: [{ party: 'reporter', attended: true }] });
  await step(who.staff, 'submit_study', {
    conclusion: 'violation',
    catalogueEntryIds: ['skb2022.ethics.1'],
    analysis: 'Terlapor hadir dan berorasi dalam kampanye.',
  });
  await step(who.commissioner, 'decide_violation', {
    membersPresent: 3,
    membersTotal: 5,
    violationKinds: [...new Set(dispositions.map((d) => d.kind as string))],
  });
  await step(who.staff, 'forward', { dispositions });
  return { caseId: id };
}
