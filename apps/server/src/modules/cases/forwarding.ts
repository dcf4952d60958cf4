import { ForwardingExtrasSchema } from '@netra/contracts';
import type { CaseState } from '@netra/rules';
import type { Database, Queryable } from '../../db/database';
import { AppError } from '../../lib/app-error';
import type { CaseRow } from './cases.repository';
import { followUpRepository, type ForwardingRow } from './follow-up.repository';

const DAY_MS = 86_400_000;

/**
 * The `forward` transition carries, per disposition, fields the rules core does not know: the
 * receiving organisations, the letter date and the recommended sanction. They are taken out
 * before the core sees the input, and written as `case_forwardings` rows in the transition's
 * own transaction. Without explicit recipients the organisations of the default types covering
 * the case's region receive it (BKN and BKPSDM for ASN neutrality, the police for crimes).
 */
export async function splitForwarding(db: Database, row: CaseRow, input: Record<string, unknown>) {
  const raw = Array.isArray(input.dispositions) ? (input.dispositions as unknown[]) : [];
  const extras = raw.map((d, i) => {
    const item = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
    const { recipientOrganizationIds, recommendedSanction, letterDate, ...core } = item;
    const parsed = ForwardingExtrasSchema.safeParse({
      recipientOrganizationIds,
      recommendedSanction,
      letterDate,
    });
    if (!parsed.success)
      throw new AppError('common.validation_failed', {
        fields: parsed.error.issues.map((issue) => ({
          field: `dispositions.${i}.${issue.path.join('.')}`,
          message: issue.message,
        })),
      });
    return { core, extra: parsed.data };
  });
  const explicit = extras.flatMap((e) => e.extra.recipientOrganizationIds ?? []);
  if (explicit.length > 0) {
    const known = new Set(await followUpRepository.existingOrganizations(db, explicit));
    const unknown = extras.flatMap((e, i) =>
      (e.extra.recipientOrganizationIds ?? [])
        .filter((id) => !known.has(id))
        .map(() => ({
          field: `dispositions.${i}.recipientOrganizationIds`,
          message: 'Instansi tujuan tidak dikenal / Unknown receiving organisation',
        })),
    );
    if (unknown.length > 0) throw new AppError('common.validation_failed', { fields: unknown });
  }
  return {
    input: raw.length > 0 ? { ...input, dispositions: extras.map((e) => e.core) } : input,
    async record(tx: Queryable, before: CaseState, after: CaseState) {
      const added = after.dispositions.slice(before.dispositions.length);
      for (const [i, disposition] of added.entries()) {
        const extra = extras[i]?.extra ?? {};
        const recipients =
          extra.recipientOrganizationIds ??
          (await followUpRepository.defaultRecipients(tx, disposition.kind, row.region_code));
        for (const organizationId of new Set(recipients))
          await followUpRepository.insert(tx, {
            caseId: row.id,
            dispositionId: disposition.id,
            kind: disposition.kind,
            target: disposition.target,
            recipientOrganizationId: organizationId,
            letterNumber: disposition.letterNumber ?? null,
            letterDate: extra.letterDate ?? null,
            recommendedSanction: extra.recommendedSanction ?? null,
            forwardedAt: disposition.forwardedAt,
          });
      }
    },
  };
}

export const followUpDueAt = (row: Pick<ForwardingRow, 'forwarded_at'>, flagDays: number) =>
  new Date(row.forwarded_at.getTime() + flagDays * DAY_MS);

/** A forwarding as staff and recipients see it: letter, recommendation, the follow-up and its flag. */
export function presentForwarding(row: ForwardingRow, at: Date, flagDays: number) {
  const dueAt = followUpDueAt(row, flagDays);
  return {
    id: row.id,
    caseId: row.case_id,
    dispositionId: row.disposition_id,
    kind: row.kind,
    target: row.target,
    recipient: { id: row.recipient_organization_id, name: row.recipient_name },
    letterNumber: row.letter_number,
    letterDate: row.letter_date,
    recommendedSanction: row.recommended_sanction,
    forwardedAt: row.forwarded_at.toISOString(),
    followUpDueAt: dueAt.toISOString(),
    followUpOverdue: !row.disposition_done && dueAt.getTime() < at.getTime(),
    dispositionFollowedUp: row.disposition_done,
    followUp: row.recorded_at
      ? {
          decision: row.decision,
          sanctionLevel: row.sanction_level,
          reason: row.reason,
          decisionLetterNumber: row.decision_letter_number,
          decisionLetterDate: row.decision_letter_date,
          recordedAt: row.recorded_at.toISOString(),
        }
      : null,
    document: row.document_sha256
      ? {
          mediaType: row.document_media_type,
          sizeBytes: Number(row.document_size_bytes),
          sha256: row.document_sha256,
        }
      : null,
    execution: row.execution_recorded_at
      ? {
          executedOn: row.executed_on,
          summary: row.execution_summary,
          recordedAt: row.execution_recorded_at.toISOString(),
          evidence: {
            mediaType: row.execution_media_type,
            sizeBytes: Number(row.execution_size_bytes),
            sha256: row.execution_sha256,
          },
        }
      : null,
  };
}

export const presentForwardings = (rows: ForwardingRow[], at: Date, flagDays: number) =>
  rows.map((r) => presentForwarding(r, at, flagDays));
