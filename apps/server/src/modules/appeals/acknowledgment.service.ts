import type { CodeAcknowledgeInput, ErrorCode, LinkAcknowledgeInput } from '@netra/contracts';
import { normaliseName } from '@netra/engine';
import { inTransaction, type Database } from '../../db/database';
import { AppError } from '../../lib/app-error';
import { recordAudit } from '../audit/audit.service';
import { appealsRepository, type AppealRow } from './appeals.repository';
import { hashToken } from './distribution.service';
import { targetsRepository, type TargetRow } from './targets.repository';

/** "Budi Santoso" → "B*** S***": enough for the ASN to recognise the link as theirs, no more. */
const maskName = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w.charAt(0)}***`)
    .join(' ');

/**
 * Is the name typed under the pledge the registry name? Compared after the engine's Indonesian
 * name normalisation: case, spacing, punctuation, academic/religious titles and old spellings do
 * not count; the name itself must be the same.
 */
export const pledgeNameMatches = (typed: string, registered: string) => {
  const a = normaliseName(typed).canonical;
  return a !== '' && a === normaliseName(registered).canonical;
};

/**
 * The ASN side, without an account: a personal link (token) or the appeal code with the NIP.
 * A refusal changes nothing and is audited without personal data (only the reason and the appeal).
 */
export function createAcknowledgmentService(deps: { db: Database; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function refuse(
    code: ErrorCode,
    appealId: string | null,
    regionCode: string | null,
    requestId: string,
    details?: Record<string, unknown>,
  ) {
    await recordAudit(db, {
      actor: { userId: null, label: 'public' },
      regionCode,
      action: 'appeal.acknowledgment_refused',
      entityType: 'appeal',
      entityId: appealId,
      outcome: 'denied',
      after: { reason: code },
      requestId,
    });
    return new AppError(code, details);
  }

  const stateOf = (appeal: AppealRow, target: TargetRow | undefined) => ({
    appeal: {
      id: appeal.id,
      number: appeal.number,
      subject: appeal.subject,
      letterDate: appeal.letter_date,
      organizationName: appeal.organization_name,
      pledgeText: appeal.pledge_text,
      code: appeal.code,
    },
    recipient: target
      ? {
          maskedName: maskName(target.full_name),
          agencyName: target.agency_name,
          openedAt: target.opened_at?.toISOString() ?? null,
          acknowledgedAt: target.acknowledged_at?.toISOString() ?? null,
          pledgedAt: target.pledged_at?.toISOString() ?? null,
        }
      : null,
  });

  async function confirm(
    target: TargetRow,
    appeal: AppealRow,
    input: { pledge: boolean; pledgeName?: string },
    via: 'link' | 'code',
    requestId: string,
  ) {
    // Already acknowledged: only a pledge not yet signed may still be added; anything else is a reuse.
    const addsPledge = input.pledge && !target.pledged_at;
    if (target.acknowledged_at && !addsPledge)
      throw await refuse('appeals.already_acknowledged', appeal.id, appeal.region_code, requestId);
    if (input.pledge && !input.pledgeName?.trim())
      throw await refuse('appeals.pledge_name_required', appeal.id, appeal.region_code, requestId);
    // The typed name is the signature: it must be the recipient's own (never echoed back).
    if (input.pledge && !pledgeNameMatches(input.pledgeName!, target.full_name))
      throw await refuse('appeals.pledge_name_mismatch', appeal.id, appeal.region_code, requestId, {
        fields: [
          {
            field: 'pledgeName',
            message:
              'Nama tidak sesuai dengan data kepegawaian / The name does not match the personnel registry',
          },
        ],
      });
    await inTransaction(db, async (tx) => {
      await targetsRepository.acknowledge(
        tx,
        target.id,
        via,
        input.pledge ? { name: input.pledgeName!.trim() } : null,
      );
      await recordAudit(tx, {
        actor: { userId: null, label: 'asn' },
        regionCode: appeal.region_code,
        action: input.pledge ? 'appeal.pledged' : 'appeal.acknowledged',
        entityType: 'appeal_target',
        entityId: target.id,
        after: { via, pledge: input.pledge },
        requestId,
      });
    });
    return stateOf(appeal, {
      ...target,
      opened_at: target.opened_at ?? now(),
      acknowledged_at: target.acknowledged_at ?? now(),
      pledged_at: input.pledge ? (target.pledged_at ?? now()) : target.pledged_at,
    });
  }

  async function byToken(token: string, requestId: string) {
    const target = await targetsRepository.findByTokenHash(db, hashToken(token));
    if (!target) throw await refuse('appeals.link_invalid', null, null, requestId);
    const appeal = await appealsRepository.findById(db, target.appeal_id);
    if (!appeal || appeal.status !== 'issued')
      throw await refuse('appeals.link_invalid', null, null, requestId);
    if (target.token_expires_at.getTime() < now().getTime())
      throw await refuse('appeals.link_expired', appeal.id, appeal.region_code, requestId);
    return { target, appeal };
  }

  return {
    /** Opening the link records opened_at once and shows the appeal and the pledge text. */
    async openLink(token: string, requestId: string) {
      const { target, appeal } = await byToken(token, requestId);
      if (!target.opened_at) {
        await targetsRepository.markOpened(db, target.id);
        target.opened_at = now();
      }
      return stateOf(appeal, target);
    },

    async acknowledgeByLink(input: LinkAcknowledgeInput, requestId: string) {
      const { target, appeal } = await byToken(input.token, requestId);
      if (target.nip !== input.nip)
        throw await refuse('appeals.link_other_nip', appeal.id, appeal.region_code, requestId);
      return confirm(target, appeal, input, 'link', requestId);
    },

    async acknowledgeByCode(input: CodeAcknowledgeInput, requestId: string) {
      const appeal = await appealsRepository.findIssuedByCode(db, input.code);
      if (!appeal) throw await refuse('appeals.wrong_code', null, null, requestId);
      const target = await inTransaction(db, (tx) =>
        targetsRepository.findByAppealAndNip(tx, appeal.id, input.nip),
      );
      if (!target) throw await refuse('appeals.unknown_nip', appeal.id, appeal.region_code, requestId);
      if (target.token_expires_at.getTime() < now().getTime())
        throw await refuse('appeals.link_expired', appeal.id, appeal.region_code, requestId);
      return confirm(target, appeal, input, 'code', requestId);
    },
  };
}

export type AcknowledgmentService = ReturnType<typeof createAcknowledgmentService>;
