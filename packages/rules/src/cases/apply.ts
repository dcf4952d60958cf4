// applyTransition: the only way a case moves. It checks state, role, input and preconditions,
// then returns a new state (never mutating the old one) with the deadline, document and audit
// effects, or a typed refusal that changes nothing.
import { RulesError } from '../errors.js';
import { describeZodError } from '../shared.js';
import type { IsoDate } from '../shared.js';
import type { DeadlineKey } from '../profiles/schema.js';
import { asnRecipientOn, getProfile } from '../profiles/profiles.js';
import { loadCatalogue } from '../catalogue/load.js';
import { computeDeadline, extendDeadline } from '../clock/deadline.js';
import { isWithinReportWindow } from '../clock/report-window.js';
import { localDateOf } from '../clock/time-zone.js';
import { TRANSITIONS_BY_NAME } from './transitions.js';
import type {
  Actor,
  CaseState,
  DeadlineRecord,
  Disposition,
  TransitionEffects,
  TransitionEnv,
  ViolationKind,
} from './types.js';

export type TransitionResult =
  | { readonly ok: true; readonly state: CaseState; readonly effects: TransitionEffects }
  | { readonly ok: false; readonly error: RulesError };

const FIXED_TARGETS: Record<Exclude<ViolationKind, 'asn_neutrality' | 'other_law'>, string> = {
  criminal: 'SENTRA_GAKKUMDU',
  administrative: 'KPU',
  election_body_ethics: 'DKPP',
  village_official: 'PEMDA',
};

function refuse(
  code: ConstructorParameters<typeof RulesError>[0],
  id: string,
  en: string,
  details: Record<string, unknown> = {},
): TransitionResult {
  return { ok: false, error: new RulesError(code, { id, en }, details) };
}

function startDeadline(state: CaseState, key: DeadlineKey, now: Date, env: TransitionEnv): DeadlineRecord {
  const period = env.profile.deadlines[key];
  const d = computeDeadline({
    start: now,
    length: period.length,
    unit: period.unit,
    timeZone: state.timeZone,
    holidays: env.holidays,
    ...(state.regionCode ? { regionCode: state.regionCode } : {}),
  });
  return {
    key,
    startedAt: now.toISOString(),
    dueAt: d.deadline.toISOString(),
    status: 'running',
    extended: false,
  };
}

function extendRecord(state: CaseState, record: DeadlineRecord, env: TransitionEnv): DeadlineRecord {
  const period = env.profile.deadlines[record.key];
  const base = computeDeadline({
    start: record.startedAt,
    length: period.length,
    unit: period.unit,
    timeZone: state.timeZone,
    holidays: env.holidays,
    ...(state.regionCode ? { regionCode: state.regionCode } : {}),
  });
  const extension = period.extension ?? { length: 0, unit: period.unit };
  const extended = extendDeadline(base, extension);
  return { ...record, dueAt: extended.deadline.toISOString(), extended: true };
}

/** Build a new case in the `received` state; the report window is checked here, once. */
export function newCase(init: {
  id: string;
  kind: 'laporan' | 'temuan';
  profileId: string;
  timeZone: CaseState['timeZone'];
  regionCode?: string;
  receivedAt: Date;
  knownOn: IsoDate;
  holidays?: TransitionEnv['holidays'];
}): CaseState {
  const profile = getProfile(init.profileId);
  const window = isWithinReportWindow({
    knownOn: init.knownOn,
    reportedAt: init.receivedAt,
    period: profile.deadlines.reportWindow,
    timeZone: init.timeZone,
    ...(init.holidays ? { holidays: init.holidays } : {}),
    ...(init.regionCode ? { regionCode: init.regionCode } : {}),
  });
  return {
    id: init.id,
    kind: init.kind,
    profileId: init.profileId,
    timeZone: init.timeZone,
    ...(init.regionCode ? { regionCode: init.regionCode } : {}),
    status: 'received',
    receivedAt: init.receivedAt.toISOString(),
    knownOn: init.knownOn,
    reportWindow: { within: window.within, explanation: window.explanation },
    violationKinds: [],
    catalogueEntryIds: [],
    dispositions: [],
    deadlines: [],
    history: [],
    version: 0,
  };
}

let defaultCatalogue: TransitionEnv['catalogue'] | undefined;

export function applyTransition(
  caseState: CaseState,
  transitionName: string,
  actor: Actor,
  input: unknown,
  now: Date,
  env: Partial<TransitionEnv> = {},
): TransitionResult {
  const t = TRANSITIONS_BY_NAME.get(transitionName);
  if (!t)
    return refuse(
      'case.unknown_transition',
      `Transisi tidak dikenal: ${transitionName}`,
      `Unknown transition: ${transitionName}`,
    );
  if (!t.from.includes(caseState.status)) {
    return refuse(
      'case.wrong_state',
      `Transisi ${t.name} tidak dapat dilakukan dari status ${caseState.status}`,
      `Transition ${t.name} is not allowed from status ${caseState.status}`,
      { transition: t.name, status: caseState.status, allowedFrom: t.from },
    );
  }
  if (!actor.roles.some((r) => t.roles.includes(r))) {
    return refuse(
      'case.role_not_allowed',
      `Peran Anda tidak berwenang melakukan ${t.name}`,
      `Your role may not perform ${t.name}`,
      {
        transition: t.name,
        allowedRoles: t.roles,
      },
    );
  }
  const parsed = t.input.safeParse(input);
  if (!parsed.success) {
    const reason = describeZodError(parsed.error);
    return refuse('case.invalid_input', `Masukan tidak sah: ${reason}`, `Invalid input: ${reason}`, {
      reason,
    });
  }
  const fullEnv: TransitionEnv = {
    profile: env.profile ?? getProfile(caseState.profileId),
    catalogue: env.catalogue ?? (defaultCatalogue ??= loadCatalogue()),
    holidays: env.holidays ?? [],
  };
  const ctx = { state: caseState, input: parsed.data, actor, now, env: fullEnv };
  const failed = t.preconditions.filter((p) => !p.check(ctx));
  if (failed.length > 0) {
    return {
      ok: false,
      error: new RulesError(
        'case.precondition_failed',
        { id: failed.map((p) => p.message.id).join('; '), en: failed.map((p) => p.message.en).join('; ') },
        { transition: t.name, reasons: failed.map((p) => ({ code: p.code, message: p.message })) },
      ),
    };
  }

  // A deadline that is stopped after it passed needs a recorded reason (issue 4 §5).
  const lateReason = (parsed.data as { lateReason?: string }).lateReason;
  let deadlines = [...caseState.deadlines];
  const stopped: DeadlineKey[] = [];
  const stopKeys = new Set<DeadlineKey>(t.deadlines.stop ?? []);
  let dispositions: readonly Disposition[] = caseState.dispositions;

  if (t.name === 'forward') {
    const date = localDateOf(now, caseState.timeZone);
    const added = (
      parsed.data as { dispositions: { kind: ViolationKind; target?: string; letterNumber?: string }[] }
    ).dispositions.map((d, i): Disposition => ({
      id: `${caseState.id}-d${caseState.dispositions.length + i + 1}`,
      kind: d.kind,
      target:
        d.kind === 'asn_neutrality'
          ? (d.target ?? asnRecipientOn(fullEnv.profile, date)?.institution ?? 'BKN')
          : d.kind === 'other_law'
            ? (d.target ?? 'OTHER')
            : (d.target ?? FIXED_TARGETS[d.kind]),
      forwardedAt: now.toISOString(),
      ...(d.letterNumber ? { letterNumber: d.letterNumber } : {}),
    }));
    dispositions = [...caseState.dispositions, ...added];
  }
  if (t.name === 'record_follow_up') {
    const data = parsed.data as {
      dispositionId: string;
      result: NonNullable<Disposition['outcome']>['result'];
      summary: string;
      sanction?: NonNullable<Disposition['outcome']>['sanction'];
    };
    dispositions = caseState.dispositions.map((d) =>
      d.id === data.dispositionId
        ? {
            ...d,
            outcome: {
              recordedAt: now.toISOString(),
              recordedBy: actor.id,
              result: data.result,
              summary: data.summary,
              ...(data.sanction ? { sanction: data.sanction } : {}),
            },
          }
        : d,
    );
    if (!dispositions.some((d) => d.kind === 'asn_neutrality' && d.outcome === undefined))
      stopKeys.add('ppkFollowUp');
  }
  if (t.name === 'record_sanction_execution') {
    const data = parsed.data as { dispositionId: string; executedOn: string; summary: string };
    dispositions = caseState.dispositions.map((d) =>
      d.id === data.dispositionId
        ? {
            ...d,
            execution: {
              executedOn: data.executedOn,
              summary: data.summary,
              recordedAt: now.toISOString(),
              recordedBy: actor.id,
            },
          }
        : d,
    );
  }
  if (t.name === 'close') for (const d of deadlines) if (d.status === 'running') stopKeys.add(d.key);

  for (const key of stopKeys) {
    const running = deadlines.find((d) => d.key === key && d.status === 'running');
    if (!running) continue;
    const late = now.getTime() > Date.parse(running.dueAt);
    if (late && !lateReason && t.name !== 'close') {
      return refuse(
        'case.precondition_failed',
        `Batas waktu ${key} sudah lewat; catat alasan keterlambatan (lateReason)`,
        `The ${key} deadline has passed; record the reason for the delay (lateReason)`,
        { transition: t.name, reasons: [{ code: 'deadline.late_reason_required', deadline: key }] },
      );
    }
    deadlines = deadlines.map((d) =>
      d === running
        ? {
            ...d,
            status: 'stopped',
            stoppedAt: now.toISOString(),
            ...(late && lateReason ? { lateReason } : {}),
          }
        : d,
    );
    stopped.push(key);
  }

  const startKeys: DeadlineKey[] = [...(t.deadlines.start ?? [])];
  if (
    t.name === 'forward' &&
    dispositions.some((d) => d.kind === 'asn_neutrality' && d.outcome === undefined) &&
    !deadlines.some((d) => d.key === 'ppkFollowUp' && d.status === 'running')
  ) {
    startKeys.push('ppkFollowUp');
  }
  const started: DeadlineKey[] = [];
  for (const key of startKeys) {
    deadlines = deadlines.filter((d) => !(d.key === key && d.status === 'running'));
    deadlines.push(startDeadline(caseState, key, now, fullEnv));
    started.push(key);
  }
  const extendKey = t.deadlines.extend;
  if (extendKey)
    deadlines = deadlines.map((d) =>
      d.key === extendKey && d.status === 'running' ? extendRecord(caseState, d, fullEnv) : d,
    );

  const to = t.to === 'same' ? caseState.status : t.to;
  const at = now.toISOString();
  const state: CaseState = {
    ...caseState,
    ...(t.update ? t.update(ctx) : {}),
    status: to,
    dispositions,
    deadlines,
    history: [
      ...caseState.history,
      { transition: t.name, from: caseState.status, to, actorId: actor.id, at, audit: t.audit },
    ],
    version: caseState.version + 1,
  };
  const effects: TransitionEffects = {
    audit: { event: t.audit, caseId: caseState.id, actorId: actor.id, at, from: caseState.status, to },
    ...(t.document
      ? { document: { formKey: t.document, formCode: fullEnv.profile.forms[t.document].code } }
      : {}),
    deadlinesStarted: started,
    deadlinesStopped: stopped,
    ...(extendKey ? { deadlineExtended: extendKey } : {}),
  };
  return { ok: true, state, effects };
}

/** Transitions an actor may take now, for the UI's buttons. */
export function availableTransitions(caseState: CaseState, actor: Actor): string[] {
  return [...TRANSITIONS_BY_NAME.values()]
    .filter((t) => t.from.includes(caseState.status) && actor.roles.some((r) => t.roles.includes(r)))
    .map((t) => t.name);
}
