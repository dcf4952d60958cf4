import {
  applyTransition,
  availableTransitions,
  formatDocumentNumber,
  getProfile,
  localDateOf,
  type CaseState,
  type Role,
  type RulesError,
} from '@netra/rules';
import type { CaseListQuery, TransitionRequest } from '@netra/contracts';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import type { FieldCipher } from '../../lib/field-crypto';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { decide, isRegionWithin, scopesFor, type Membership } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import type { EnvironmentFor } from './case-environment';
import { filtersOf } from './case-filters';
import { casesRepository, type CaseRow } from './cases.repository';
import { intakeRepository, type EvidenceRow } from './intake.repository';
import { supervisionRepository } from './supervision.repository';
import { followUpRepository } from './follow-up.repository';
import { presentForwardings, splitForwarding } from './forwarding';

class RefusedTransition extends Error {
  constructor(readonly refusal: RulesError) {
    super(refusal.message);
  }
}

const REPORTER_FIELDS = ['name', 'nik', 'address', 'phone', 'email'];

/** The rules core's roles of the actor for a case: only memberships whose region covers it count. */
function rolesFor(ctx: RequestContext, regionCode: string): Role[] {
  return ctx.actor.memberships.filter((m) => isRegionWithin(regionCode, m.regionCode)).map((m) => m.role);
}

/** Segments of the register number that come from the office and the election (profile pattern). */
function registerValues(row: CaseRow, membership: Membership, electionRegion: string, today: string) {
  const kota = Number(membership.regionCode.split('.')[1] ?? 0) >= 71;
  const level =
    membership.organizationType === 'bawaslu_provinsi'
      ? 'Prov'
      : membership.organizationType === 'panwaslu_kecamatan'
        ? 'Kec'
        : kota
          ? 'Kota'
          : 'Kab';
  const electionLevel = electionRegion.split('.').length;
  const electionType =
    electionLevel === 1 ? 'PG' : Number(electionRegion.split('.')[1] ?? 0) >= 71 ? 'PW' : 'PB';
  return {
    reportType: row.kind === 'laporan' ? 'PL' : 'PT',
    electionType,
    level,
    regionCode: membership.regionCode,
    officeCode: membership.regionCode,
    unitCode: level,
    month: Number(today.slice(5, 7)),
    year: Number(today.slice(0, 4)),
  };
}

/**
 * The execution of a sanction is recorded with its evidence by the receiving organisation on the
 * follow-up route. Staff record it here only for a disposition that has no receiving organisation in
 * Netra (they recorded its outcome themselves, from the letter they received).
 */
const EXECUTION = 'record_sanction_execution';

/** Staff side of cases: lists by urgency, the full case, the audited reporter reveal, transitions. */
export function createCasesService(deps: {
  db: Database;
  cipher: FieldCipher;
  environmentFor: EnvironmentFor;
  /** Days after forwarding without follow-up before it is flagged (NETRA_FOLLOW_UP_FLAG_DAYS). */
  followUpFlagDays?: number;
  now?: () => Date;
}) {
  const { db, cipher } = deps;
  const now = deps.now ?? (() => new Date());
  const flagDays = deps.followUpFlagDays ?? 10;

  const deadlinesOf = (state: CaseState, at: Date) =>
    state.deadlines.map((d) => ({
      ...d,
      timeLeftMs: d.status === 'running' ? Date.parse(d.dueAt) - at.getTime() : null,
      overdue: d.status === 'running' && Date.parse(d.dueAt) < at.getTime(),
    }));

  const summaryOf = (row: CaseRow, at: Date) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    regionCode: row.region_code,
    regionName: row.region_name,
    registerNumber: row.register_number,
    summary: row.summary,
    nextDueAt: row.next_due_at?.toISOString() ?? null,
    timeLeftMs: row.next_due_at ? row.next_due_at.getTime() - at.getTime() : null,
    receivedAt: row.state.receivedAt,
    version: row.version,
  });

  async function load(ctx: RequestContext, id: string, action: 'cases.read' | 'cases.handle') {
    const row = assertFound(await casesRepository.findById(db, id), 'cases.not_found');
    const membership = await authorize(db, ctx, action, row.region_code);
    return { row, membership };
  }

  const presentEvidence = (rows: EvidenceRow[]) =>
    rows.map((e) => ({
      id: e.id,
      sha256: e.sha256,
      mediaType: e.media_type,
      sizeBytes: Number(e.size_bytes),
    }));

  async function source(tx: Queryable, row: CaseRow) {
    if (row.kind === 'laporan') {
      const report = await intakeRepository.findReportBy(tx, 'case_id', row.id);
      if (!report) return null;
      const evidence = await intakeRepository.listEvidence(tx, { reportId: report.id });
      return {
        type: 'report' as const,
        receiptCode: report.receipt_code,
        reporterCategory: report.reporter_category,
        reportedParty: report.reported_party,
        whatHappened: report.what_happened,
        regionCode: report.region_code,
        place: report.place,
        occurredOn: report.occurred_on,
        knownOn: report.known_on,
        witnesses: report.witnesses,
        evidence: presentEvidence(evidence),
      };
    }
    const supervision = await supervisionRepository.findByCaseId(tx, row.id);
    if (supervision)
      return {
        type: 'supervision_result' as const,
        id: supervision.id,
        officerName: supervision.officer_name,
        assignmentLetterNumber: supervision.assignment_letter_number,
        stageSupervised: supervision.stage_supervised,
        supervised: supervision.supervised,
        narrative: supervision.narrative,
        supervisedOn: supervision.supervised_on,
        // Form A evidence, including page captures attached when a monitoring lead was promoted.
        evidence: presentEvidence(
          await intakeRepository.listEvidence(tx, { supervisionResultId: supervision.id }),
        ),
      };
    const tip = await tx.query<{ id: string; receipt_code: string; what_happened: string }>(
      'SELECT id, receipt_code, what_happened FROM tips WHERE finding_case_id = $1',
      [row.id],
    );
    const t = tip.rows[0];
    return t
      ? {
          type: 'tip' as const,
          id: t.id,
          receiptCode: t.receipt_code,
          whatHappened: t.what_happened,
          evidence: presentEvidence(await intakeRepository.listEvidence(tx, { tipId: t.id })),
        }
      : null;
  }

  return {
    async list(ctx: RequestContext, query: CaseListQuery) {
      await authorize(db, ctx, 'cases.read');
      const at = now();
      const { rows, total } = await casesRepository.list(db, {
        ...filtersOf(query),
        scopes: scopesFor(ctx.actor, 'cases.read'),
        now: at,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: rows.map((r) => summaryOf(r, at)), total, page: query.page, pageSize: query.pageSize };
    },

    /** The full case for staff. The reporter's identity is never part of it (see `reporter`). */
    async get(ctx: RequestContext, id: string) {
      const { row } = await load(ctx, id, 'cases.read');
      const at = now();
      const actor = { id: ctx.actor.userId, roles: rolesFor(ctx, row.region_code) };
      const forwardings = await followUpRepository.listForCase(db, row.id);
      const received = new Set(forwardings.map((f) => f.disposition_id));
      const staffMayExecute = row.state.dispositions.some(
        (d) => d.outcome?.result === 'sanctioned' && !d.execution && !received.has(d.id),
      );
      const transitions = decide(ctx.actor, 'cases.handle', row.region_code).allowed
        ? availableTransitions(row.state, actor).filter((name) => name !== EXECUTION || staffMayExecute)
        : [];
      return {
        ...summaryOf(row, at),
        knownOn: row.state.knownOn,
        reportWindow: row.state.reportWindow ?? null,
        state: row.state,
        deadlines: deadlinesOf(row.state, at),
        availableTransitions: transitions,
        // Only when the case can be forwarded now: the organisations the form offers, all checked.
        forwardRecipients: transitions.includes('forward')
          ? await followUpRepository.recipientOptions(db, row.region_code)
          : [],
        source: await source(db, row),
        forwardings: presentForwardings(forwardings, at, flagDays),
        abilities: {
          canHandle: decide(ctx.actor, 'cases.handle', row.region_code).allowed,
          canReadReporter:
            row.kind === 'laporan' && decide(ctx.actor, 'cases.read_reporter', row.region_code).allowed,
        },
      };
    },

    /** Decrypts the reporter's identity for a role that needs it; every reveal is audited with its reason. */
    async reporter(ctx: RequestContext, id: string, reason: string) {
      const row = assertFound(await casesRepository.findById(db, id), 'cases.not_found');
      const membership = await authorize(db, ctx, 'cases.read_reporter', row.region_code);
      const report = assertFound(await intakeRepository.findReportBy(db, 'case_id', id), 'cases.no_reporter');
      const identity = cipher.decrypt<Record<string, string | null>>(report.reporter_identity_encrypted);
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: row.region_code,
        action: 'case.reporter_revealed',
        entityType: 'case',
        entityId: id,
        fieldsRead: REPORTER_FIELDS,
        after: { reason },
        requestId: ctx.requestId,
      });
      return { ...identity, category: report.reporter_category };
    },

    async transition(ctx: RequestContext, id: string, name: string, request: TransitionRequest) {
      const { row, membership } = await load(ctx, id, 'cases.handle');
      if (name === EXECUTION) {
        const dispositionId = (request.input as { dispositionId?: unknown } | undefined)?.dispositionId;
        const received = await followUpRepository.listForCase(db, row.id);
        if (received.some((f) => f.disposition_id === dispositionId))
          throw new AppError('follow_up.execution_needs_evidence');
      }
      const forwarding = name === 'forward' ? await splitForwarding(db, row, request.input) : undefined;
      const effects = await this.applyAs(
        ctx,
        row,
        membership,
        rolesFor(ctx, row.region_code),
        name,
        { expectedVersion: request.expectedVersion, input: forwarding?.input ?? request.input },
        forwarding ? (tx, before, after) => forwarding.record(tx, before, after) : undefined,
      );
      return { ...(await this.get(ctx, id)), effects };
    },

    /**
     * Applies a transition of the rules core for an actor already authorised by the caller, with
     * the given core roles; `alongside` writes more rows in the same transaction (forwardings,
     * follow-up details). A refusal by the core is audited and changes nothing.
     */
    async applyAs(
      ctx: RequestContext,
      row: CaseRow,
      membership: Membership,
      roles: Role[],
      name: string,
      request: TransitionRequest,
      alongside?: (tx: Queryable, before: CaseState, after: CaseState) => Promise<void>,
    ) {
      const id = row.id;
      const at = now();
      const env = await deps.environmentFor(row.region_code, at);
      const actor = { id: ctx.actor.userId, roles };
      const outcome = await inTransaction(db, async (tx) => {
        const current = assertFound(
          (await tx.query<CaseRow>('SELECT state, version FROM cases WHERE id = $1 FOR UPDATE', [id]))
            .rows[0],
          'cases.not_found',
        );
        if (current.version !== request.expectedVersion)
          throw new AppError('cases.version_conflict', { currentVersion: current.version });
        const input: Record<string, unknown> = { ...request.input };
        if (
          name === 'register' &&
          input.registerNumber === undefined &&
          current.state.status === 'initial_study'
        ) {
          const values = registerValues(
            row,
            membership,
            env.electionRegionCode,
            localDateOf(at, env.timeZone),
          );
          const seq = await casesRepository.nextRegisterSequence(
            tx,
            `${values.level}/${values.regionCode}`,
            values.year,
          );
          input.registerNumber = formatDocumentNumber(getProfile(row.profile_id).numbering.register.pattern, {
            ...values,
            seq,
          });
        }
        const result = applyTransition(current.state, name, actor, input, at, { holidays: env.holidays });
        // Throwing rolls back a register number drawn above; the refusal is audited below.
        if (!result.ok) throw new RefusedTransition(result.error);
        if (!(await casesRepository.updateState(tx, result.state, request.expectedVersion)))
          throw new AppError('cases.version_conflict');
        if (alongside) await alongside(tx, current.state, result.state);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: result.effects.audit.event,
          entityType: 'case',
          entityId: id,
          before: { status: result.effects.audit.from, version: current.version },
          after: {
            status: result.effects.audit.to,
            version: result.state.version,
            transition: name,
            input,
            document: result.effects.document ?? null,
            deadlinesStarted: result.effects.deadlinesStarted,
            deadlinesStopped: result.effects.deadlinesStopped,
          },
          requestId: ctx.requestId,
        });
        return result;
      }).catch((error: unknown) => {
        if (error instanceof RefusedTransition) return { ok: false as const, error: error.refusal };
        throw error;
      });
      if (!outcome.ok) {
        await recordAudit(db, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'case.transition_refused',
          entityType: 'case',
          entityId: id,
          outcome: 'denied',
          after: { transition: name, reason: outcome.error.code },
          requestId: ctx.requestId,
        });
        throw new AppError('cases.transition_refused', {
          reason: outcome.error.code,
          message: outcome.error.messages,
          ...outcome.error.details,
        });
      }
      return outcome.effects;
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
