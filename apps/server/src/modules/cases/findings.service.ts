import { randomUUID } from 'node:crypto';
import { newCase } from '@netra/rules';
import type { PageQuery, SupervisionResultInput } from '@netra/contracts';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { decide, scopesFor, type Membership } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { regionsRepository } from '../regions/regions.repository';
import type { EnvironmentFor } from './case-environment';
import { casesRepository } from './cases.repository';
import { intakeRepository } from './intake.repository';
import { supervisionRepository } from './supervision.repository';

/**
 * The supervisors' own door into a case: Form A results and anonymous tips become findings
 * (temuan). A tip never becomes a report: it has no reporter, so it can only lead to a finding.
 */
export function createFindingsService(deps: {
  db: Database;
  environmentFor: EnvironmentFor;
  now?: () => Date;
}) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function createFinding(
    tx: Queryable,
    ctx: RequestContext,
    membership: Membership,
    f: { regionCode: string; foundOn: string; summary: string; origin: Record<string, unknown> },
  ): Promise<string> {
    const at = now();
    const env = await deps.environmentFor(f.regionCode, at);
    const state = newCase({
      id: randomUUID(),
      kind: 'temuan',
      profileId: env.profileId,
      timeZone: env.timeZone,
      regionCode: f.regionCode,
      receivedAt: at,
      knownOn: f.foundOn,
      holidays: env.holidays,
    });
    await casesRepository.insert(tx, { ...state, regionCode: f.regionCode }, f.summary);
    await recordAudit(tx, {
      actor: auditActor(ctx, membership),
      regionCode: f.regionCode,
      action: 'finding.created',
      entityType: 'case',
      entityId: state.id,
      after: { kind: 'temuan', status: state.status, ...f.origin },
      requestId: ctx.requestId,
    });
    return state.id;
  }

  return {
    async fileSupervisionResult(ctx: RequestContext, input: SupervisionResultInput) {
      assertFound(await regionsRepository.findByCode(db, input.regionCode), 'regions.not_found');
      const membership = await authorize(db, ctx, 'supervision.file', input.regionCode);
      const id = await inTransaction(db, async (tx) => {
        const newId = await supervisionRepository.insert(tx, {
          organization_id: membership.organizationId,
          region_code: input.regionCode,
          officer_user_id: ctx.actor.userId,
          officer_name: ctx.actor.name,
          officer_position: input.officerPosition,
          assignment_letter_number: input.assignmentLetterNumber,
          stage_supervised: input.stageSupervised,
          supervised: input.supervised,
          narrative: input.narrative,
          supervised_on: input.supervisedOn,
          suspected_violation: input.suspectedViolation,
        });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: input.regionCode,
          action: 'supervision_result.filed',
          entityType: 'supervision_result',
          entityId: newId,
          after: { ...input, narrative: undefined },
          requestId: ctx.requestId,
        });
        return newId;
      });
      return { id, ...input, findingCaseId: null };
    },

    /** After the plenary: the supervision result becomes a finding (temuan) in the received state. */
    async promoteSupervisionResult(
      ctx: RequestContext,
      id: string,
      input: { plenaryHeldOn: string; note?: string },
    ) {
      const result = assertFound(await supervisionRepository.findById(db, id), 'supervision.not_found');
      const membership = await authorize(db, ctx, 'cases.handle', result.region_code);
      if (result.finding_case_id)
        throw new AppError('supervision.already_promoted', { caseId: result.finding_case_id });
      const caseId = await inTransaction(db, async (tx) => {
        const newCaseId = await createFinding(tx, ctx, membership, {
          regionCode: result.region_code,
          foundOn: result.supervised_on,
          summary: result.supervised.slice(0, 200),
          origin: { supervisionResultId: id, plenaryHeldOn: input.plenaryHeldOn, note: input.note ?? null },
        });
        if (!(await supervisionRepository.markPromoted(tx, id, newCaseId)))
          throw new AppError('supervision.already_promoted');
        return newCaseId;
      });
      return { caseId };
    },

    /** Form A results for whoever may file them in the region, with whether each became a finding. */
    async listSupervisionResults(ctx: RequestContext, query: PageQuery) {
      await authorize(db, ctx, 'supervision.file');
      const { rows, total } = await supervisionRepository.list(db, {
        scopes: scopesFor(ctx.actor, 'supervision.file'),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          regionCode: r.region_code,
          officerName: r.officer_name,
          officerPosition: r.officer_position,
          assignmentLetterNumber: r.assignment_letter_number,
          stageSupervised: r.stage_supervised,
          supervised: r.supervised,
          narrative: r.narrative,
          supervisedOn: r.supervised_on,
          suspectedViolation: r.suspected_violation,
          findingCaseId: r.finding_case_id,
          canPromote:
            r.suspected_violation &&
            !r.finding_case_id &&
            decide(ctx.actor, 'cases.handle', r.region_code).allowed,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Who may attach evidence to a Form A result: whoever may file one in its region. */
    async supervisionEvidenceTarget(ctx: RequestContext, id: string) {
      const result = assertFound(await supervisionRepository.findById(db, id), 'supervision.not_found');
      const membership = await authorize(db, ctx, 'supervision.file', result.region_code);
      return {
        owner: { supervisionResultId: id },
        regionCode: result.region_code,
        actor: auditActor(ctx, membership),
      };
    },

    async listTips(ctx: RequestContext, query: PageQuery) {
      await authorize(db, ctx, 'cases.read');
      const { rows, total } = await intakeRepository.listTips(db, {
        scopes: scopesFor(ctx.actor, 'cases.read'),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((t) => ({
          id: t.id,
          receiptCode: t.receipt_code,
          status: t.status,
          regionCode: t.region_code,
          place: t.place,
          whatHappened: t.what_happened,
          occurredOn: t.occurred_on,
          links: t.links,
          findingCaseId: t.finding_case_id,
          receivedAt: t.created_at.toISOString(),
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Penelusuran led somewhere: staff raise a finding; the tipster sees "finding_raised". */
    async raiseFindingFromTip(ctx: RequestContext, id: string, input: { foundOn: string; note: string }) {
      const tip = assertFound(await intakeRepository.findTipBy(db, 'id', id), 'tips.not_found');
      const membership = await authorize(db, ctx, 'cases.handle', tip.region_code);
      if (tip.finding_case_id) throw new AppError('tips.already_promoted', { caseId: tip.finding_case_id });
      const caseId = await inTransaction(db, async (tx) => {
        const newCaseId = await createFinding(tx, ctx, membership, {
          regionCode: tip.region_code,
          foundOn: input.foundOn,
          summary: input.note.slice(0, 200),
          origin: { tipId: id },
        });
        if (!(await intakeRepository.markTipPromoted(tx, id, newCaseId)))
          throw new AppError('tips.already_promoted');
        return newCaseId;
      });
      return { caseId };
    },
  };
}

export type FindingsService = ReturnType<typeof createFindingsService>;
