import { randomUUID } from 'node:crypto';
import { newCase } from '@netra/rules';
import type { Queryable } from '../../db/database';
import { auditActor, type RequestContext } from '../access/access.service';
import type { Membership } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import type { EnvironmentFor } from './case-environment';
import { casesRepository } from './cases.repository';
import { supervisionRepository } from './supervision.repository';

export type LeadFindingInput = {
  leadId: string;
  regionCode: string;
  foundOn: string;
  summary: string;
  narrative: string;
  assignmentLetterNumber: string;
  officerPosition: string;
  /** What the supervisor watched (the account and the ASN it belongs to), for Form A. */
  supervised: string;
  /** Pre-fill carried into the audit trail: reported ASN, conduct, catalogue entry. */
  prefill: {
    asnId: string | null;
    nip: string | null;
    catalogueEntryId: string;
    ruleId: string;
    conduct: string;
  };
};

/**
 * Opens a finding (temuan) from a monitoring lead, inside the caller's transaction. Online
 * monitoring is supervision: the lead is written up as a Form A result (laporan hasil pengawasan,
 * with the supervisor's assignment letter) that becomes the finding at once, the way a Form A
 * result is promoted by findings.service. Evidence is attached to that Form A row by the caller,
 * so the case's existing evidence download serves it.
 */
export async function openFindingFromLead(
  tx: Queryable,
  deps: { environmentFor: EnvironmentFor; now: Date },
  ctx: RequestContext,
  membership: Membership,
  f: LeadFindingInput,
): Promise<{ caseId: string; supervisionResultId: string }> {
  const env = await deps.environmentFor(f.regionCode, deps.now);
  const state = newCase({
    id: randomUUID(),
    kind: 'temuan',
    profileId: env.profileId,
    timeZone: env.timeZone,
    regionCode: f.regionCode,
    receivedAt: deps.now,
    knownOn: f.foundOn,
    holidays: env.holidays,
  });
  await casesRepository.insert(tx, { ...state, regionCode: f.regionCode }, f.summary);
  const supervisionResultId = await supervisionRepository.insert(tx, {
    organization_id: membership.organizationId,
    region_code: f.regionCode,
    officer_user_id: ctx.actor.userId,
    officer_name: ctx.actor.name,
    officer_position: f.officerPosition,
    assignment_letter_number: f.assignmentLetterNumber,
    stage_supervised: 'Pengawasan siber (pemantauan media sosial)',
    supervised: f.supervised.slice(0, 1000),
    narrative: f.narrative,
    supervised_on: f.foundOn,
    suspected_violation: true,
  });
  await supervisionRepository.markPromoted(tx, supervisionResultId, state.id);
  await recordAudit(tx, {
    actor: auditActor(ctx, membership),
    regionCode: f.regionCode,
    action: 'finding.created',
    entityType: 'case',
    entityId: state.id,
    after: {
      kind: 'temuan',
      status: state.status,
      leadId: f.leadId,
      supervisionResultId,
      ...f.prefill,
    },
    requestId: ctx.requestId,
  });
  return { caseId: state.id, supervisionResultId };
}
