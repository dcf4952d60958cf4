import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { recordAudit } from '../audit/audit.service';
import { casesRepository } from './cases.repository';
import { EVIDENCE_LIMITS, maxBytesFor, sniffEvidenceType, type EvidenceStorage } from './evidence-storage';
import { intakeRepository } from './intake.repository';

export type UploadedFile = { bytes: Buffer; filename: string | undefined };
export type EvidenceOwner = { reportId?: string; tipId?: string; supervisionResultId?: string };

/**
 * Accepts one evidence file for a report, tip or supervision result. The type comes from the
 * bytes; a refused file leaves everything already stored untouched.
 */
export function createEvidenceService(deps: { db: Database; storage: EvidenceStorage }) {
  const { db, storage } = deps;
  return {
    async add(
      owner: EvidenceOwner,
      file: UploadedFile,
      audit: {
        regionCode: string;
        actor: { userId: string | null; label: string; organizationId?: string | null };
        requestId: string;
      },
    ) {
      const sniffed = sniffEvidenceType(file.bytes);
      if (!sniffed) throw new AppError('evidence.unsupported_type', { filename: file.filename ?? null });
      const limit = maxBytesFor(sniffed.mediaType);
      if (file.bytes.length > limit)
        throw new AppError('evidence.too_large', { maxBytes: limit, sizeBytes: file.bytes.length });
      if (file.bytes.length === 0) throw new AppError('evidence.unsupported_type', { reason: 'empty' });
      const existing = await intakeRepository.listEvidence(db, owner);
      if (existing.length >= EVIDENCE_LIMITS.maxFilesPerItem)
        throw new AppError('evidence.too_many', { max: EVIDENCE_LIMITS.maxFilesPerItem });
      const sha256 = await storage.put(file.bytes);
      // Only the base name, without control characters: it is shown to staff, never used as a path.
      const originalName = file.filename
        ? file.filename
            .replace(/^.*[\\/]/, '')
            .replace(/[\p{Cc}]/gu, '')
            .slice(0, 200)
        : null;
      const id = await inTransaction(db, async (tx) => {
        const evidenceId = await intakeRepository.insertEvidence(
          tx,
          { sha256, mediaType: sniffed.mediaType, sizeBytes: file.bytes.length, originalName },
          owner,
        );
        await recordAudit(tx, {
          actor: audit.actor,
          regionCode: audit.regionCode,
          action: 'evidence.added',
          entityType: 'evidence',
          entityId: evidenceId,
          after: { ...owner, sha256, mediaType: sniffed.mediaType, sizeBytes: file.bytes.length },
          requestId: audit.requestId,
        });
        return evidenceId;
      });
      return { id, sha256, mediaType: sniffed.mediaType, sizeBytes: file.bytes.length };
    },

    /** The original bytes for staff who may read the case; photos here still carry their EXIF. */
    async download(ctx: RequestContext, caseId: string, evidenceId: string) {
      const row = assertFound(await casesRepository.findById(db, caseId), 'cases.not_found');
      const membership = await authorize(db, ctx, 'cases.read', row.region_code);
      const file = assertFound(
        await intakeRepository.findCaseEvidence(db, caseId, evidenceId),
        'common.not_found',
      );
      const bytes = await storage.get(file.sha256);
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: row.region_code,
        action: 'evidence.downloaded',
        entityType: 'evidence',
        entityId: evidenceId,
        after: { caseId, sha256: file.sha256 },
        requestId: ctx.requestId,
      });
      return { bytes, mediaType: file.media_type, sha256: file.sha256 };
    },
  };
}
export type EvidenceService = ReturnType<typeof createEvidenceService>;
