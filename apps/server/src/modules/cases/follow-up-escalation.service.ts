import { localDateOf } from '@netra/rules';
import type { Database } from '../../db/database';
import type { Mailer } from '../../lib/mailer';
import { formatInstantId } from './documents/document-model';
import { followUpDueAt } from './forwarding';
import { followUpEscalationRepository, type OverdueForwardingRow } from './follow-up-escalation.repository';
import { remindersRepository, type StaffRow } from './reminders.repository';

const DAY_MS = 86_400_000;
const PAGE = 500;

/** The commissioners of the nearest office covering the case's region: the office that forwarded it. */
function forwardingCommissioners(staff: StaffRow[]): string[] {
  const nearest = staff.find((s) => s.role === 'commissioner');
  if (!nearest) return [];
  return staff
    .filter((s) => s.region_code === nearest.region_code && s.role === 'commissioner')
    .map((s) => s.email);
}

/** Which case, which letter, since when, with a link; never the reporter or the reported party. */
function message(f: OverdueForwardingRow, dueAt: Date, publicUrl: string) {
  const ref = f.register_number ?? 'perkara tanpa nomor registrasi';
  const letter = f.letter_number ? ` (surat ${f.letter_number})` : '';
  const since = formatInstantId(f.forwarded_at.toISOString(), f.time_zone);
  const due = formatInstantId(dueAt.toISOString(), f.time_zone);
  const subject = `[Netra] Eskalasi: tindak lanjut rekomendasi belum dicatat: ${ref}`;
  const text =
    `Rekomendasi Bawaslu atas perkara ${ref} (${f.region_name}) telah diteruskan kepada ${f.recipient_name}` +
    `${letter} pada ${since}. Sampai batas ${due} belum ada tindak lanjut yang dicatat.\n\n` +
    `Instansi penerima: catat tindak lanjut di ${publicUrl}/tindak-lanjut/${f.id}\n` +
    `Pimpinan Bawaslu: lihat perkara di ${publicUrl}/perkara/${f.case_id}\n\n` +
    `(English) Escalation: no follow-up recorded for forwarded case ${ref} since ${f.forwarded_at.toISOString()}.`;
  return { subject, text };
}

/**
 * Escalation of forwardings without a recorded follow-up after `flagDays` (NETRA_FOLLOW_UP_FLAG_DAYS):
 * the receiving organisation's agency HR / police liaison users and the forwarding office's
 * commissioners are e-mailed, once per forwarding per local day however often the job runs (the
 * claim is a row in `case_reminders`, key `followUp:<forwarding id>`, kind `escalated`). It stops
 * as soon as any recipient of the same disposition records its follow-up.
 */
export function createFollowUpEscalationService(deps: {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  flagDays: number;
  now?: () => Date;
}) {
  const { db, flagDays } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async run(): Promise<{ escalated: number; forwardingsChecked: number }> {
      const at = now();
      let escalated = 0;
      let forwardingsChecked = 0;
      let afterId: string | null = null;
      for (;;) {
        const page = await followUpEscalationRepository.overdue(
          db,
          new Date(at.getTime() - flagDays * DAY_MS),
          afterId,
          PAGE,
        );
        for (const f of page) {
          forwardingsChecked++;
          const dueAt = followUpDueAt(f, flagDays);
          const to = [
            ...new Set([
              ...(await followUpEscalationRepository.recipientUsers(db, f.recipient_organization_id)),
              ...forwardingCommissioners(await remindersRepository.staffCovering(db, f.region_code)),
            ]),
          ];
          const claimed = await remindersRepository.claim(db, {
            caseId: f.case_id,
            deadlineKey: `followUp:${f.id}`,
            dueAt: dueAt.toISOString(),
            kind: 'escalated',
            sentOn: localDateOf(at, f.time_zone),
            recipients: to.length,
          });
          if (!claimed) continue;
          const mail = message(f, dueAt, deps.publicUrl);
          for (const address of to)
            await deps.mailer.send({ kind: 'case.follow_up_escalated', to: address, ...mail });
          escalated++;
        }
        if (page.length < PAGE) break;
        afterId = page[page.length - 1]!.id;
      }
      return { escalated, forwardingsChecked };
    },
  };
}
export type FollowUpEscalationService = ReturnType<typeof createFollowUpEscalationService>;
