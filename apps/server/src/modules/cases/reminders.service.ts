import { localDateOf } from '@netra/rules';
import type { Database } from '../../db/database';
import type { Mailer } from '../../lib/mailer';
import { formatInstantId } from './documents/document-model';
import { remindersRepository, type DueCaseRow, type StaffRow } from './reminders.repository';

const DAY_MS = 86_400_000;
const PAGE = 500;

export type ReminderKind = 'due_soon' | 'overdue' | 'escalated';
export type ReminderSettings = { daysBefore: number; escalateAfterDays: number };

const DEADLINE_ID: Record<string, string> = {
  reportWindow: 'batas penyampaian laporan',
  initialStudy: 'kajian awal',
  completion: 'kelengkapan laporan (2×24 jam)',
  decision: 'putusan atas laporan/temuan',
  satgasVerification: 'verifikasi Satgas',
  bawasluValidation: 'validasi Bawaslu',
  ppkFollowUp: 'tindak lanjut PPK',
};

type Offices = { office: StaffRow[]; above: StaffRow[] };

/**
 * The nearest office level with handling staff or commissioners (every organisation of that
 * region), and the nearest level above it that has commissioners.
 */
function officesOf(staff: StaffRow[]): Offices {
  const nearest = staff[0];
  if (!nearest) return { office: [], above: [] };
  const office = staff.filter((s) => s.region_code === nearest.region_code);
  const next = staff.find((s) => s.region_code !== nearest.region_code && s.role === 'commissioner');
  const above = next ? staff.filter((s) => s.region_code === next.region_code) : [];
  return { office, above };
}

function recipientsFor(kind: ReminderKind, o: Offices): string[] {
  const pick = (rows: StaffRow[], role: string) => rows.filter((r) => r.role === role).map((r) => r.email);
  const emails =
    kind === 'due_soon'
      ? pick(o.office, 'handling_staff')
      : kind === 'overdue'
        ? [...pick(o.office, 'commissioner'), ...pick(o.office, 'handling_staff')]
        : pick(o.above, 'commissioner');
  return [...new Set(emails)];
}

/** The mail says which case and which deadline, with a link; never the reporter or the reported party. */
function message(kind: ReminderKind, c: DueCaseRow, key: string, dueAt: string, publicUrl: string) {
  const ref = c.register_number ?? `${c.kind === 'laporan' ? 'laporan' : 'temuan'} tanpa nomor registrasi`;
  const what = DEADLINE_ID[key] ?? key;
  const when = formatInstantId(dueAt, c.state.timeZone);
  const subject =
    kind === 'due_soon'
      ? `[Netra] Batas waktu ${what} segera berakhir: ${ref}`
      : kind === 'overdue'
        ? `[Netra] Batas waktu ${what} terlewati: ${ref}`
        : `[Netra] Eskalasi: batas waktu ${what} terlewati: ${ref}`;
  const lead =
    kind === 'due_soon'
      ? `Batas waktu ${what} untuk perkara ${ref} (${c.region_name}) berakhir ${when}.`
      : kind === 'overdue'
        ? `Batas waktu ${what} untuk perkara ${ref} (${c.region_name}) telah terlewati sejak ${when}. Keterlambatan wajib dicatat alasannya.`
        : `Batas waktu ${what} untuk perkara ${ref} (${c.region_name}) masih terlewati sejak ${when}. Pesan ini diteruskan kepada pimpinan satu tingkat di atas kantor penanganan.`;
  const text = `${lead}\n\nBuka perkara: ${publicUrl}/perkara/${c.id}\n\n(English) Case deadline reminder: ${key}, due ${dueAt}.`;
  return { subject, text };
}

/**
 * Deadline reminders and escalation. For every open case with a running deadline: within
 * `daysBefore` days of it, the handling staff of the nearest office are reminded; once it has passed,
 * that office's commissioners (and staff); after `escalateAfterDays` more days, the commissioners of
 * the next office up. Each (case, deadline, kind, local day) is sent once, however often the job runs.
 */
export function createRemindersService(deps: {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  settings: ReminderSettings;
  now?: () => Date;
}) {
  const { db, settings } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async run(): Promise<{ sent: Record<ReminderKind, number>; casesChecked: number }> {
      const at = now();
      const sent: Record<ReminderKind, number> = { due_soon: 0, overdue: 0, escalated: 0 };
      let casesChecked = 0;
      let afterId: string | null = null;
      for (;;) {
        const page = await remindersRepository.dueCases(
          db,
          new Date(at.getTime() + settings.daysBefore * DAY_MS),
          afterId,
          PAGE,
        );
        for (const c of page) {
          casesChecked++;
          const offices = officesOf(await remindersRepository.staffCovering(db, c.region_code));
          const sentOn = localDateOf(at, c.state.timeZone);
          for (const d of c.state.deadlines) {
            if (d.status !== 'running') continue;
            const left = Date.parse(d.dueAt) - at.getTime();
            const kinds: ReminderKind[] = [];
            if (left >= 0 && left <= settings.daysBefore * DAY_MS) kinds.push('due_soon');
            if (left < 0) kinds.push('overdue');
            if (left < 0 && -left >= settings.escalateAfterDays * DAY_MS) kinds.push('escalated');
            for (const kind of kinds) {
              const to = recipientsFor(kind, offices);
              const claimed = await remindersRepository.claim(db, {
                caseId: c.id,
                deadlineKey: d.key,
                dueAt: d.dueAt,
                kind,
                sentOn,
                recipients: to.length,
              });
              if (!claimed) continue;
              const mail = message(kind, c, d.key, d.dueAt, deps.publicUrl);
              for (const address of to)
                await deps.mailer.send({ kind: `case.${kind}`, to: address, ...mail });
              sent[kind]++;
            }
          }
        }
        if (page.length < PAGE) break;
        afterId = page[page.length - 1]!.id;
      }
      return { sent, casesChecked };
    },
  };
}
export type RemindersService = ReturnType<typeof createRemindersService>;
