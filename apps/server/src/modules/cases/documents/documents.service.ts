import { createHash } from 'node:crypto';
import { formatDocumentNumber, getProfile, loadCatalogue, type Catalogue } from '@netra/rules';
import { inTransaction, type Database } from '../../../db/database';
import { AppError, assertFound } from '../../../lib/app-error';
import type { FieldCipher } from '../../../lib/field-crypto';
import { authorize, auditActor, type RequestContext } from '../../access/access.service';
import { decide } from '../../access/access.policy';
import { recordAudit } from '../../audit/audit.service';
import type { EnvironmentFor } from '../case-environment';
import { casesRepository, type CaseRow } from '../cases.repository';
import { intakeRepository } from '../intake.repository';
import { supervisionRepository } from '../supervision.repository';
import { buildDocument } from './build-document';
import type { DocumentFacts } from './document-facts';
import { availableDocuments, KIND_DEFS, type DocumentKind } from './document-kinds';
import type { Office } from './document-model';
import { documentsRepository } from './documents.repository';
import { renderDocumentDocx } from './render-docx';
import { renderDocumentPdf } from './render-pdf';

const REPORTER_FIELDS = ['name', 'address', 'phone', 'email'];
export const DOCUMENT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_MEDIA_TYPES;

let catalogue: Catalogue | undefined;

/** Netra's numbering for letters the reference gives no pattern for (unverified, see docs/cases.md). */
const LETTER_PATTERN = '{seq}/{letterCode}/{officeCode}/{monthRoman}/{year}';

function numberFor(kind: DocumentKind, row: CaseRow, office: Office, seq: number, today: string): string {
  const numbering = getProfile(row.profile_id).numbering;
  const values = {
    seq,
    officeCode: office.regionCode,
    month: Number(today.slice(5, 7)),
    year: Number(today.slice(0, 4)),
  };
  if (kind === 'plenary_minutes') return formatDocumentNumber(numbering.plenaryMinutes.pattern, values);
  return formatDocumentNumber(LETTER_PATTERN.replace('{letterCode}', KIND_DEFS[kind].letterCode), values, {
    seqWidth: 3,
  });
}

/**
 * Official documents of a case as PDF and DOCX. A document's number and date are drawn once, the
 * first time it is generated (one sequence per office and year); each generation is audited.
 * Reporter identity is printed only on documents addressed to or naming the reporter, and only when
 * an actor with `cases.read_reporter` asks for it with a reason.
 */
export function createDocumentsService(deps: {
  db: Database;
  cipher: FieldCipher;
  environmentFor: EnvironmentFor;
  now?: () => Date;
}) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function load(ctx: RequestContext, id: string) {
    const row = assertFound(await casesRepository.findById(db, id), 'cases.not_found');
    const membership = await authorize(db, ctx, 'cases.read', row.region_code);
    return { row, membership };
  }

  return {
    async list(ctx: RequestContext, id: string) {
      const { row } = await load(ctx, id);
      const profile = getProfile(row.profile_id);
      const issued = await documentsRepository.listIssued(db, id);
      return {
        canIncludeReporter: decide(ctx.actor, 'cases.read_reporter', row.region_code).allowed,
        items: availableDocuments(row.state).map((d) => {
          const form = profile.forms[KIND_DEFS[d.kind].formKey];
          const done = issued.find((i) => i.kind === d.kind && i.variant === d.variant);
          return {
            ...d,
            title: form.title,
            formCode: form.code,
            issued: done ? { number: done.number, issuedOn: done.issued_on } : null,
          };
        }),
      };
    },

    async generate(
      ctx: RequestContext,
      id: string,
      kind: DocumentKind,
      options: { format: DocumentFormat; variant?: string; includeReporter?: boolean; reason?: string },
    ) {
      const { row, membership } = await load(ctx, id);
      const wanted = availableDocuments(row.state).filter((d) => d.kind === kind);
      const doc =
        options.variant !== undefined
          ? wanted.find((d) => d.variant === options.variant)
          : wanted.length === 1
            ? wanted[0]
            : undefined;
      if (!doc)
        throw new AppError('documents.not_available', { kind, variants: wanted.map((d) => d.variant) });
      const withReporter = doc.needsReporter && options.includeReporter === true;
      if (withReporter) {
        await authorize(db, ctx, 'cases.read_reporter', row.region_code);
        if (!options.reason || options.reason.trim().length < 5)
          throw new AppError('documents.reason_required');
      }
      const at = now();
      const env = await deps.environmentFor(row.region_code, at);
      const report =
        row.kind === 'laporan' ? await intakeRepository.findReportBy(db, 'case_id', id) : undefined;
      const supervision = report ? undefined : await supervisionRepository.findByCaseId(db, id);
      const tip = report || supervision ? undefined : await documentsRepository.tipOf(db, id);
      const reporter =
        withReporter && report
          ? deps.cipher.decrypt<Record<string, string | null>>(report.reporter_identity_encrypted)
          : null;
      catalogue ??= loadCatalogue();
      const titles: Record<string, string> = {};
      for (const entryId of [...row.state.catalogueEntryIds, ...(row.state.study?.catalogueEntryIds ?? [])])
        titles[entryId] = catalogue.byId.get(entryId)?.title.short.id ?? entryId;
      const inputs = await documentsRepository.latestTransitionInputs(db, id);

      return inTransaction(db, async (tx) => {
        let issued = await documentsRepository.findIssued(tx, id, kind, doc.variant);
        const issuer = assertFound(
          await documentsRepository.office(tx, issued?.organization_id ?? membership.organizationId),
          'organizations.not_found',
        );
        if (!issued) {
          const seq = await documentsRepository.nextSequence(
            tx,
            issuer.organizationId,
            Number(env.today.slice(0, 4)),
          );
          issued = await documentsRepository.insertIssued(tx, {
            caseId: id,
            kind,
            variant: doc.variant,
            number: numberFor(kind, row, issuer, seq, env.today),
            issuedOn: env.today,
            organizationId: issuer.organizationId,
            issuedBy: ctx.actor.userId,
          });
        }
        const facts: DocumentFacts = {
          kind,
          variant: doc.variant,
          state: row.state,
          summary: row.summary,
          caseRegionName: row.region_name,
          office: issuer,
          profile: getProfile(row.profile_id),
          number: issued.number,
          issuedOn: issued.issued_on,
          report: report
            ? {
                receiptCode: report.receipt_code,
                reportedParty: report.reported_party,
                whatHappened: report.what_happened,
                place: report.place,
                occurredOn: report.occurred_on,
                knownOn: report.known_on,
                witnesses: report.witnesses,
              }
            : null,
          supervision: supervision
            ? {
                officerName: supervision.officer_name,
                narrative: supervision.narrative,
                supervisedOn: supervision.supervised_on,
                place: supervision.stage_supervised,
              }
            : null,
          tip: tip ?? null,
          reporter,
          inputs,
          catalogueTitles: titles,
        };
        const model = buildDocument(facts);
        const bytes =
          options.format === 'pdf' ? await renderDocumentPdf(model) : await renderDocumentDocx(model);
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        await documentsRepository.markGenerated(tx, issued.id, sha256, options.format);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'cases.document_generated',
          entityType: 'case',
          entityId: id,
          fieldsRead: reporter ? REPORTER_FIELDS : undefined,
          after: {
            kind,
            variant: doc.variant,
            number: issued.number,
            format: options.format,
            sha256,
            reporterIncluded: reporter !== null,
            ...(reporter ? { reason: options.reason } : {}),
          },
          requestId: ctx.requestId,
        });
        const safeNumber = issued.number.replace(/[^A-Za-z0-9.-]+/g, '_');
        return {
          bytes,
          mediaType: DOCUMENT_MEDIA_TYPES[options.format],
          filename: `${kind}-${safeNumber}.${options.format}`,
          number: issued.number,
        };
      });
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
