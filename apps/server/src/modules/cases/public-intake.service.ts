import { randomUUID } from 'node:crypto';
import { formatHumanInstant, getProfile, newCase, type CaseState } from '@netra/rules';
import type { Receipt, ReportSubmission, TipSubmission } from '@netra/contracts';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import type { FieldCipher } from '../../lib/field-crypto';
import { recordAudit } from '../audit/audit.service';
import { regionsRepository } from '../regions/regions.repository';
import { casesRepository } from './cases.repository';
import type { EnvironmentFor } from './case-environment';
import { checkIncidentDates, checkNik, checkNip, type FieldProblem } from './identity-numbers';
import { intakeRepository, type ReportRow, type TipRow } from './intake.repository';
import { renderReceiptPdf, renderTipReceiptPdf } from './receipt-pdf';
import { trackingLockoutRepository } from './tracking-lockout.repository';
import {
  hashSecret,
  idempotencyHash,
  isUniqueViolation,
  newReceiptCode,
  secretMatches,
  trackingSecretFor,
} from './tracking';

export type PublicMeta = { requestId: string };
export type TrackingLockoutPolicy = { maxFailures: number; windowMinutes: number; lockMinutes: number };

/**
 * What the public can do without an account: file a report or an anonymous tip, follow it with
 * receipt code + secret, get the PDF receipt. Reporter identity is encrypted before it reaches
 * the repository and is never part of an audit event or a public answer.
 */
export function createPublicIntakeService(deps: {
  db: Database;
  cipher: FieldCipher;
  environmentFor: EnvironmentFor;
  /** Wrong secrets per receipt code within the window before it locks (NETRA_TRACKING_*). */
  tracking?: TrackingLockoutPolicy;
  now?: () => Date;
}) {
  const { db, cipher } = deps;
  const tracking = deps.tracking ?? { maxFailures: 5, windowMinutes: 15, lockMinutes: 30 };
  const now = deps.now ?? (() => new Date());
  let provinces: Set<string> | undefined;

  async function knownProvinces(): Promise<Set<string>> {
    if (!provinces) {
      const rows = await db.query<{ code: string }>('SELECT code FROM regions WHERE level = 1');
      provinces = new Set(rows.rows.map((r) => r.code));
    }
    return provinces;
  }

  async function checkReport(input: ReportSubmission, today: string): Promise<void> {
    const problems: FieldProblem[] = [];
    const nik = checkNik(input.reporter.nik, 'reporter.nik', await knownProvinces(), today);
    if (nik) problems.push(nik);
    if (input.reportedParty.nip) {
      const nip = checkNip(input.reportedParty.nip, 'reportedParty.nip', today);
      if (nip) problems.push(nip);
    }
    problems.push(...checkIncidentDates(input.occurredOn, input.knownOn, today));
    if (problems.length > 0) throw new AppError('common.validation_failed', { fields: problems });
  }

  async function checkRegion(regionCode: string): Promise<void> {
    if (!(await regionsRepository.findByCode(db, regionCode)))
      throw new AppError('common.validation_failed', {
        fields: [{ field: 'regionCode', message: 'Wilayah tidak dikenal / Unknown region' }],
      });
  }

  /**
   * Proves the secret for a receipt code. A wrong secret is audited and counted; after too many
   * within the window the code refuses every look-up (even with the right secret) for a while.
   */
  async function audited<T extends { id: string; region_code: string; receipt_code: string }>(
    row: T,
    secret: string | undefined,
    entityType: 'report' | 'tip',
    requestId: string,
  ): Promise<T> {
    const at = now();
    const audit = (action: string, after?: Record<string, unknown>) =>
      recordAudit(db, {
        actor: { userId: null, label: 'public' },
        regionCode: row.region_code,
        action,
        entityType,
        entityId: row.id,
        outcome: 'denied',
        ...(after ? { after } : {}),
        requestId,
      });
    const lockedUntil = await trackingLockoutRepository.lockedUntil(db, row.receipt_code, at);
    if (lockedUntil) {
      await audit(`${entityType}.tracking_refused_locked`, { lockedUntil: lockedUntil.toISOString() });
      throw new AppError('reports.tracking_locked', { lockedUntil: lockedUntil.toISOString() });
    }
    if (secretMatches(secret, (row as unknown as { tracking_secret_hash: string }).tracking_secret_hash))
      return row;
    await audit(`${entityType}.wrong_secret`);
    const windowStart = new Date(at.getTime() - tracking.windowMinutes * 60_000);
    const failures = await trackingLockoutRepository.recordFailure(db, row.receipt_code, at, windowStart);
    if (failures >= tracking.maxFailures) {
      const until = new Date(at.getTime() + tracking.lockMinutes * 60_000);
      await trackingLockoutRepository.lock(db, row.receipt_code, until);
      await audit(`${entityType}.tracking_locked`, { failures, lockedUntil: until.toISOString() });
      throw new AppError('reports.tracking_locked', { lockedUntil: until.toISOString() });
    }
    throw new AppError('reports.wrong_secret');
  }

  const publicHistory = (state: CaseState) => state.history.map((h) => ({ status: h.to, at: h.at }));

  return {
    async submitReport(input: ReportSubmission, meta: PublicMeta): Promise<Receipt & { created: boolean }> {
      const receivedAt = now();
      await checkRegion(input.regionCode); // before the clock: an unknown province has no time zone
      const env = await deps.environmentFor(input.regionCode, receivedAt);
      await checkReport(input, env.today);
      const keyHash = idempotencyHash(cipher, input.idempotencyKey);
      const trackingSecret = trackingSecretFor(cipher, input.idempotencyKey);
      const retry = async () => {
        const existing = keyHash
          ? await intakeRepository.findReportBy(db, 'idempotency_key_hash', keyHash)
          : undefined;
        return existing ? { receiptCode: existing.receipt_code, trackingSecret, created: false } : undefined;
      };
      const earlier = await retry();
      if (earlier) return earlier;

      const state = newCase({
        id: randomUUID(),
        kind: 'laporan',
        profileId: env.profileId,
        timeZone: env.timeZone,
        regionCode: input.regionCode,
        receivedAt,
        knownOn: input.knownOn,
        holidays: env.holidays,
      });
      const receiptCode = newReceiptCode('LP');
      try {
        await inTransaction(db, async (tx) => {
          await casesRepository.insert(tx, { ...state, regionCode: input.regionCode }, input.summary);
          const reportId = await intakeRepository.insertReport(tx, {
            case_id: state.id,
            receipt_code: receiptCode,
            tracking_secret_hash: hashSecret(trackingSecret),
            idempotency_key_hash: keyHash,
            reporter_identity_encrypted: cipher.encrypt({
              name: input.reporter.name,
              nik: input.reporter.nik,
              address: input.reporter.address,
              phone: input.reporter.phone,
              email: input.reporter.email ?? null,
            }),
            reporter_category: input.reporter.category,
            reported_party: input.reportedParty,
            summary: input.summary,
            what_happened: input.whatHappened,
            region_code: input.regionCode,
            place: input.place,
            occurred_on: input.occurredOn,
            known_on: input.knownOn,
            witnesses: input.witnesses,
            statements: input.statements,
          });
          await recordAudit(tx, {
            actor: { userId: null, label: 'public' },
            regionCode: input.regionCode,
            action: 'report.submitted',
            entityType: 'case',
            entityId: state.id,
            after: { reportId, receiptCode, status: state.status, withinWindow: state.reportWindow?.within },
            requestId: meta.requestId,
          });
        });
      } catch (error) {
        // Two identical submissions racing: the loser answers with the winner's receipt.
        if (isUniqueViolation(error)) {
          const winner = await retry();
          if (winner) return winner;
        }
        throw error;
      }
      return { receiptCode, trackingSecret, created: true };
    },

    /** The report behind a receipt code, once the secret is proven; a wrong secret is audited. */
    async reportFor(code: string, secret: string | undefined, requestId: string): Promise<ReportRow> {
      const row = assertFound(
        await intakeRepository.findReportBy(db, 'receipt_code', code),
        'reports.not_found',
      );
      return audited(row, secret, 'report', requestId);
    },

    async reportStatus(code: string, secret: string | undefined, requestId: string) {
      const report = await this.reportFor(code, secret, requestId);
      const row = assertFound(await casesRepository.findById(db, report.case_id), 'reports.not_found');
      return {
        receiptCode: report.receipt_code,
        status: row.status,
        registerNumber: row.register_number,
        receivedAt: row.state.receivedAt,
        updatedAt: row.updated_at.toISOString(),
        withinReportWindow: row.state.reportWindow?.within ?? null,
        reportWindowExplanation: row.state.reportWindow?.explanation ?? null,
        history: publicHistory(row.state),
      };
    },

    async receiptPdf(code: string, secret: string | undefined, requestId: string): Promise<Buffer> {
      const report = await this.reportFor(code, secret, requestId);
      const row = assertFound(await casesRepository.findById(db, report.case_id), 'reports.not_found');
      const evidence = await intakeRepository.listEvidence(db, { reportId: report.id });
      const party = report.reported_party;
      return renderReceiptPdf({
        receiptCode: report.receipt_code,
        receivedAt: formatHumanInstant(new Date(row.state.receivedAt), row.state.timeZone, 'id'),
        formCode: getProfile(row.profile_id).forms.receipt?.code ?? null,
        summary: report.summary,
        reportedParty: [party.name, party.position, party.agency].filter(Boolean).join(', '),
        place: report.place,
        regionName: row.region_name,
        occurredOn: report.occurred_on,
        knownOn: report.known_on,
        evidenceCount: evidence.length,
        withinWindow: row.state.reportWindow?.within ?? true,
        windowExplanation: row.state.reportWindow?.explanation.id ?? '',
      });
    },

    async submitTip(input: TipSubmission, meta: PublicMeta): Promise<Receipt & { created: boolean }> {
      await checkRegion(input.regionCode);
      const env = await deps.environmentFor(input.regionCode, now());
      const problems = checkIncidentDates(input.occurredOn, undefined, env.today);
      if (problems.length > 0) throw new AppError('common.validation_failed', { fields: problems });
      const keyHash = idempotencyHash(cipher, input.idempotencyKey);
      const trackingSecret = trackingSecretFor(cipher, input.idempotencyKey);
      const retry = async () => {
        const existing = keyHash
          ? await intakeRepository.findTipBy(db, 'idempotency_key_hash', keyHash)
          : undefined;
        return existing ? { receiptCode: existing.receipt_code, trackingSecret, created: false } : undefined;
      };
      const earlier = await retry();
      if (earlier) return earlier;
      const receiptCode = newReceiptCode('IA');
      try {
        await inTransaction(db, async (tx) => {
          const id = await intakeRepository.insertTip(tx, {
            receipt_code: receiptCode,
            tracking_secret_hash: hashSecret(trackingSecret),
            idempotency_key_hash: keyHash,
            region_code: input.regionCode,
            place: input.place ?? null,
            what_happened: input.whatHappened,
            occurred_on: input.occurredOn ?? null,
            links: input.links,
          });
          await recordAudit(tx, {
            actor: { userId: null, label: 'public' },
            regionCode: input.regionCode,
            action: 'tip.submitted',
            entityType: 'tip',
            entityId: id,
            after: { receiptCode },
            requestId: meta.requestId,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          const winner = await retry();
          if (winner) return winner;
        }
        throw error;
      }
      return { receiptCode, trackingSecret, created: true };
    },

    async tipFor(code: string, secret: string | undefined, requestId: string): Promise<TipRow> {
      const row = assertFound(await intakeRepository.findTipBy(db, 'receipt_code', code), 'tips.not_found');
      return audited(row, secret, 'tip', requestId);
    },

    async tipStatus(code: string, secret: string | undefined, requestId: string) {
      const tip = await this.tipFor(code, secret, requestId);
      return {
        receiptCode: tip.receipt_code,
        status: tip.status,
        receivedAt: tip.created_at.toISOString(),
        updatedAt: tip.updated_at.toISOString(),
      };
    },

    async tipReceiptPdf(code: string, secret: string | undefined, requestId: string): Promise<Buffer> {
      const tip = await this.tipFor(code, secret, requestId);
      const region = await regionsRepository.findByCode(db, tip.region_code);
      const env = await deps.environmentFor(tip.region_code, now());
      const evidence = await intakeRepository.listEvidence(db, { tipId: tip.id });
      return renderTipReceiptPdf({
        receiptCode: tip.receipt_code,
        receivedAt: formatHumanInstant(tip.created_at, env.timeZone, 'id'),
        whatHappened: tip.what_happened,
        place: tip.place,
        regionName: region?.name ?? tip.region_code,
        occurredOn: tip.occurred_on,
        linkCount: tip.links.length,
        evidenceCount: evidence.length,
      });
    },

    /** Pengumuman status laporan: register number, conduct, status, date — nothing about people. */
    async announcements(page: { page: number; pageSize: number }) {
      const { rows, total } = await casesRepository.listAnnounced(db, {
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
      });
      return {
        items: rows.map((r) => ({
          registerNumber: r.register_number,
          conduct: r.summary,
          status: r.status,
          regionName: r.region_name,
          date: r.updated_at.toISOString(),
        })),
        total,
        page: page.page,
        pageSize: page.pageSize,
      };
    },
  };
}

export type PublicIntakeService = ReturnType<typeof createPublicIntakeService>;
