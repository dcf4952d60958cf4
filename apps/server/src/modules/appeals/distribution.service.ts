import { createHash, randomBytes } from 'node:crypto';
import { APPEAL_RECIPIENT_TYPES, type AppealDistributionInput, type CoverageQuery } from '@netra/contracts';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import type { Mailer } from '../../lib/mailer';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { isRegionWithin } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { appealsRepository, type AppealRow } from './appeals.repository';
import { targetsRepository, type CoverageRow } from './targets.repository';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export const withPercentages = (row: Omit<CoverageRow, 'key' | 'name'>) => ({
  ...row,
  openedPercent: percent(row.opened, row.sent),
  acknowledgedPercent: percent(row.acknowledged, row.sent),
  pledgedPercent: percent(row.pledged, row.sent),
});

/** Today in Western Indonesia, the day a reminder belongs to. */
const jakartaDay = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** Distribution of an issued appeal, its coverage and the reminders to agencies lagging behind. */
export function createAppealDistributionService(deps: {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  now?: () => Date;
}) {
  const { db, mailer } = deps;
  const now = deps.now ?? (() => new Date());
  const base = deps.publicUrl.replace(/\/$/, '');

  async function load(ctx: RequestContext, id: string, action: 'appeals.read' | 'appeals.manage') {
    const row = assertFound(await appealsRepository.findById(db, id), 'appeals.not_found');
    const membership = await authorize(db, ctx, action, row.region_code);
    return { row, membership };
  }

  /** Mails each agency's HR the personal links of its ASN, to pass on (the tokens exist only here). */
  async function mailLinks(
    row: AppealRow,
    byAgency: Map<string, { name: string; nip: string; agencyName: string; link: string }[]>,
  ) {
    let mailed = 0;
    const withoutContact: string[] = [];
    // Agencies without an HR account get their links back to the distributing staff, once: the
    // tokens are stored hashed and cannot be shown again.
    const linksWithoutContact: { agencyName: string; name: string; nip: string; link: string }[] = [];
    for (const [agencyId, people] of byAgency) {
      const emails = await targetsRepository.agencyHrEmails(db, agencyId);
      if (emails.length === 0) {
        withoutContact.push(agencyId);
        linksWithoutContact.push(...people);
      }
      const lines = people.map((p) => `- ${p.name}: ${p.link}`).join('\n');
      for (const to of emails) {
        await mailer.send({
          kind: 'appeal.links',
          to,
          subject: `Imbauan ${row.number}: tautan konfirmasi ASN`,
          text:
            `Yth. Bagian Kepegawaian,\n\n${row.organization_name} menerbitkan imbauan "${row.subject}" ` +
            `(Nomor ${row.number}). Mohon teruskan tautan pribadi berikut kepada masing-masing ASN. ` +
            `ASN juga dapat mengonfirmasi di ${base}/imbauan/konfirmasi dengan kode ${row.code} dan NIP.\n\n${lines}\n`,
        });
        mailed += 1;
      }
    }
    return { mailed, agenciesWithoutContact: withoutContact, linksWithoutContact };
  }

  async function coverageOf(appealId: string, query: CoverageQuery | null) {
    const by = query?.by ?? 'agency';
    const page = query ? { limit: query.pageSize, offset: (query.page - 1) * query.pageSize } : null;
    const { rows, total } = await targetsRepository.coverage(db, appealId, by, page);
    return {
      by,
      items: rows.map((r) => ({ key: r.key, name: r.name, ...withPercentages(r) })),
      total,
      page: query?.page ?? 1,
      pageSize: query?.pageSize ?? total,
      totals: withPercentages(await targetsRepository.totals(db, appealId)),
    };
  }

  /** Sends today's reminders for one appeal; a second call on the same day sends nothing. */
  async function remind(
    row: AppealRow,
    actor: { userId: string | null; label: string },
    requestId: string | null,
  ) {
    const day = jakartaDay(now());
    const { rows } = await targetsRepository.coverage(db, row.id, 'agency', null);
    const sent: { agencyId: string; acknowledgedPercent: number; recipients: number }[] = [];
    for (const agency of rows) {
      if (!agency.key) continue;
      const acknowledgedPercent = percent(agency.acknowledged, agency.sent);
      if (acknowledgedPercent >= row.reminder_threshold_percent) continue;
      const emails = await targetsRepository.agencyHrEmails(db, agency.key);
      const claimed = await inTransaction(db, async (tx) => {
        const ok = await targetsRepository.claimReminder(tx, {
          appealId: row.id,
          agencyId: agency.key!,
          day,
          percent: Math.floor(acknowledgedPercent),
          recipients: emails.length,
        });
        if (ok)
          await recordAudit(tx, {
            actor,
            regionCode: row.region_code,
            action: 'appeal.reminder_sent',
            entityType: 'appeal',
            entityId: row.id,
            after: { agencyId: agency.key, day, acknowledgedPercent, recipients: emails.length },
            requestId,
          });
        return ok;
      });
      if (!claimed) continue;
      for (const to of emails)
        await mailer.send({
          kind: 'appeal.reminder',
          to,
          subject: `Pengingat imbauan ${row.number}: konfirmasi ASN ${acknowledgedPercent}%`,
          text:
            `Yth. Bagian Kepegawaian ${agency.name},\n\nBaru ${agency.acknowledged} dari ${agency.sent} ASN ` +
            `(${acknowledgedPercent}%) di instansi Anda yang mengonfirmasi imbauan "${row.subject}" ` +
            `(Nomor ${row.number}); batas yang diharapkan ${row.reminder_threshold_percent}%. Mohon ingatkan ASN ` +
            `untuk mengonfirmasi di ${base}/imbauan/konfirmasi dengan kode ${row.code} dan NIP, atau unggah ` +
            `daftar hadir bertanda tangan di Netra.\n`,
        });
      sent.push({ agencyId: agency.key, acknowledgedPercent, recipients: emails.length });
    }
    return { day, agenciesReminded: sent.length, reminders: sent };
  }

  return {
    coverageOf,

    async recipientCandidates(ctx: RequestContext, id: string) {
      const { row } = await load(ctx, id, 'appeals.read');
      const items = await targetsRepository.recipientCandidates(db, row.region_code, APPEAL_RECIPIENT_TYPES);
      const recipients = await targetsRepository.listRecipients(db, id);
      return {
        candidates: items.map((o) => ({ id: o.id, name: o.name, type: o.type, asnCount: o.asn_count })),
        recipients: recipients.map((o) => ({
          id: o.id,
          name: o.name,
          type: o.type,
          sentAt: o.sent_at.toISOString(),
        })),
      };
    },

    async distribute(ctx: RequestContext, id: string, input: AppealDistributionInput) {
      const { row, membership } = await load(ctx, id, 'appeals.manage');
      if (row.status !== 'issued') throw new AppError('appeals.invalid_status', { status: row.status });
      const candidates = await targetsRepository.recipientCandidates(
        db,
        row.region_code,
        APPEAL_RECIPIENT_TYPES,
      );
      const allowed = new Set(candidates.map((c) => c.id));
      const badRecipient = [...input.organizationIds, ...input.agencyOrganizationIds].find(
        (o) => !allowed.has(o),
      );
      if (badRecipient) throw new AppError('appeals.invalid_recipient', { organizationId: badRecipient });
      const badRegion = input.regionCodes.find((code) => !isRegionWithin(code, row.region_code));
      if (badRegion) throw new AppError('appeals.invalid_recipient', { regionCode: badRegion });
      const people = await targetsRepository.matchingPeople(db, id, {
        agencyIds: input.agencyOrganizationIds,
        asnTypes: input.asnTypes,
        regionCodes: input.regionCodes,
        withinRegion: row.region_code,
      });
      const existing = await targetsRepository.totals(db, id);
      if (people.length === 0 && existing.sent === 0) throw new AppError('appeals.no_targets');
      const expiresAt = new Date(now().getTime() + input.validDays * 86_400_000);
      const byAgency = new Map<string, { name: string; nip: string; agencyName: string; link: string }[]>();
      const rows = people.map((p) => {
        const token = randomBytes(24).toString('base64url');
        const list = byAgency.get(p.agency_organization_id) ?? [];
        list.push({
          name: p.full_name,
          nip: p.nip,
          agencyName: p.agency_name,
          link: `${base}/imbauan/konfirmasi/${token}`,
        });
        byAgency.set(p.agency_organization_id, list);
        return {
          asnId: p.id,
          agencyId: p.agency_organization_id,
          agencyName: p.agency_name,
          asnType: p.asn_type,
          regionCode: p.region_code,
          tokenHash: hashToken(token),
        };
      });
      const recipientsAdded = await inTransaction(db, async (tx) => {
        const added = await targetsRepository.addRecipients(tx, id, [
          ...new Set([...input.organizationIds, ...input.agencyOrganizationIds]),
        ]);
        await targetsRepository.insertTargets(tx, id, rows, expiresAt);
        await appealsRepository.setReminderThreshold(tx, id, input.reminderThresholdPercent);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'appeal.distributed',
          entityType: 'appeal',
          entityId: id,
          after: {
            organizations: input.organizationIds.length,
            agencies: input.agencyOrganizationIds.length,
            asnTypes: input.asnTypes,
            regionCodes: input.regionCodes,
            targetsAdded: rows.length,
            validDays: input.validDays,
          },
          requestId: ctx.requestId,
        });
        return added;
      });
      const mail = await mailLinks(row, byAgency);
      if (mail.linksWithoutContact.length > 0)
        await recordAudit(db, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'appeal.links_shown',
          entityType: 'appeal',
          entityId: id,
          fieldsRead: ['nip', 'full_name'],
          after: { count: mail.linksWithoutContact.length, agencies: mail.agenciesWithoutContact.length },
          requestId: ctx.requestId,
        });
      return { targetsAdded: rows.length, recipientsAdded, ...mail };
    },

    async coverage(ctx: RequestContext, id: string, query: CoverageQuery) {
      await load(ctx, id, 'appeals.read');
      return coverageOf(id, query);
    },

    /** Per-ASN list with NIP and name: staff who manage appeals only, and every export is audited. */
    async peopleForExport(ctx: RequestContext, id: string) {
      const { row, membership } = await load(ctx, id, 'appeals.manage');
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: row.region_code,
        action: 'appeal.targets_exported',
        entityType: 'appeal',
        entityId: id,
        fieldsRead: ['nip', 'full_name', 'agency', 'acknowledged_at', 'pledged_at'],
        requestId: ctx.requestId,
      });
      return {
        row,
        pages: async function* () {
          let after: string | null = null;
          for (;;) {
            const page = await targetsRepository.pageOfPeople(db, id, after, 2000);
            if (page.length === 0) return;
            yield page;
            after = page[page.length - 1]!.id;
          }
        },
      };
    },

    async remindNow(ctx: RequestContext, id: string) {
      const { row, membership } = await load(ctx, id, 'appeals.manage');
      if (row.status !== 'issued') throw new AppError('appeals.invalid_status', { status: row.status });
      return remind(
        row,
        {
          userId: ctx.actor.userId,
          label: ctx.actor.email,
          ...{ organizationId: membership.organizationId },
        },
        ctx.requestId,
      );
    },

    /** The scheduled job: every issued appeal with live links. Idempotent per appeal, agency and day. */
    async remindAll() {
      let agencies = 0;
      for (const id of await targetsRepository.issuedAppealIdsWithTargets(db)) {
        const row = await appealsRepository.findById(db, id);
        if (row) agencies += (await remind(row, { userId: null, label: 'system' }, null)).agenciesReminded;
      }
      return { agenciesReminded: agencies };
    },
  };
}

export type AppealDistributionService = ReturnType<typeof createAppealDistributionService>;
