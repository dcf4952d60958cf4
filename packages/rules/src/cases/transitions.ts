// The case procedure as data: every transition names who may take it, its preconditions (pure
// predicates with reason codes), its deadline effects, the document it produces and its audit
// event. applyTransition (apply.ts) is the only code that moves a case.
import { z } from 'zod';
import type { DeadlineKey, FormKey } from '../profiles/schema.js';
import { localDateOf } from '../clock/time-zone.js';
import { VIOLATION_KINDS } from './types.js';
import type { CaseState, CaseStatus, GuardContext, Precondition, Role } from './types.js';

export interface TransitionDef<I = unknown> {
  readonly name: string;
  readonly from: readonly CaseStatus[];
  /** 'same' for transitions that record something without moving the case. */
  readonly to: CaseStatus | 'same';
  readonly roles: readonly Role[];
  readonly input: z.ZodType<I>;
  readonly preconditions: readonly Precondition<I>[];
  readonly deadlines: {
    readonly start?: readonly DeadlineKey[];
    readonly stop?: readonly DeadlineKey[];
    readonly extend?: DeadlineKey;
  };
  readonly document?: FormKey;
  readonly audit: string;
  /** Data changes other than status, deadlines and history. */
  readonly update?: (ctx: GuardContext<I>) => Partial<CaseState>;
}

function define<S extends z.ZodType>(def: TransitionDef<z.infer<S>> & { input: S }): TransitionDef {
  return def as unknown as TransitionDef;
}

const lateReason = { lateReason: z.string().min(3).optional() };
const STAFF: readonly Role[] = ['handling_staff', 'commissioner'];

const withinWindow: Precondition<unknown> = {
  code: 'report.outside_window',
  message: {
    id: 'Laporan melewati batas waktu penyampaian sehingga tidak dapat diregistrasi',
    en: 'The report is past its filing window and cannot be registered',
  },
  check: ({ state }) => state.kind === 'temuan' || state.reportWindow?.within === true,
};

const quorum: Precondition<{ membersPresent: number; membersTotal: number }> = {
  code: 'plenary.no_quorum',
  message: {
    id: 'Rapat pleno tidak kuorum (lebih dari separuh anggota harus hadir)',
    en: 'The plenary has no quorum (more than half the members must attend)',
  },
  check: ({ input }) =>
    input.membersPresent * 2 > input.membersTotal && input.membersPresent <= input.membersTotal,
};

const dispositionInput = z
  .object({
    kind: z.enum(VIOLATION_KINDS),
    target: z.string().min(2).optional(),
    letterNumber: z.string().min(1).optional(),
  })
  .strict();

export const TRANSITIONS: readonly TransitionDef[] = [
  define({
    name: 'start_initial_study',
    from: ['received'],
    to: 'initial_study',
    roles: STAFF,
    input: z.object({}).strict(),
    preconditions: [],
    deadlines: { start: ['initialStudy'] },
    audit: 'case.initial_study_started',
  }),
  define({
    name: 'request_completion',
    from: ['initial_study'],
    to: 'needs_completion',
    roles: STAFF,
    input: z.object({ missing: z.array(z.string().min(1)).min(1), ...lateReason }).strict(),
    preconditions: [withinWindow],
    deadlines: { start: ['completion'], stop: ['initialStudy'] },
    document: 'completionNotice',
    audit: 'case.completion_requested',
    update: ({ input }) => ({ missingRequirements: input.missing }),
  }),
  define({
    name: 'receive_completion',
    from: ['needs_completion'],
    to: 'initial_study',
    roles: STAFF,
    input: z.object({ ...lateReason }).strict(),
    preconditions: [
      {
        code: 'deadline.completion_expired',
        message: {
          id: 'Kelengkapan diterima setelah batas 2×24 jam',
          en: 'The completion arrived after the 2×24-hour limit',
        },
        check: ({ state, now }) =>
          state.deadlines.some(
            (d) => d.key === 'completion' && d.status === 'running' && now.getTime() <= Date.parse(d.dueAt),
          ),
      },
    ],
    deadlines: { start: ['initialStudy'], stop: ['completion'] },
    audit: 'case.completion_received',
    update: () => ({ missingRequirements: [] }),
  }),
  define({
    name: 'decline_registration',
    from: ['initial_study', 'needs_completion'],
    to: 'not_registered',
    roles: STAFF,
    input: z.object({ reasons: z.array(z.string().min(1)).min(1), ...lateReason }).strict(),
    preconditions: [],
    deadlines: { stop: ['initialStudy', 'completion'] },
    document: 'statusNotice',
    audit: 'case.not_registered',
    update: ({ input }) => ({ notRegisteredReasons: input.reasons }),
  }),
  define({
    name: 'register',
    from: ['initial_study'],
    to: 'registered',
    roles: STAFF,
    input: z
      .object({
        registerNumber: z.string().min(3),
        formal: z.record(z.string(), z.boolean()),
        material: z.record(z.string(), z.boolean()),
        ...lateReason,
      })
      .strict(),
    preconditions: [
      withinWindow,
      {
        code: 'checklist.formal_incomplete',
        message: { id: 'Syarat formil belum terpenuhi semuanya', en: 'Not every formal requirement is met' },
        check: ({ input }) =>
          Object.keys(input.formal).length > 0 && Object.values(input.formal).every(Boolean),
      },
      {
        code: 'checklist.material_incomplete',
        message: {
          id: 'Syarat materiil belum terpenuhi semuanya',
          en: 'Not every material requirement is met',
        },
        check: ({ input }) =>
          Object.keys(input.material).length > 0 && Object.values(input.material).every(Boolean),
      },
    ],
    deadlines: { start: ['decision'], stop: ['initialStudy'] },
    document: 'registration',
    audit: 'case.registered',
    update: ({ input }) => ({ registerNumber: input.registerNumber }),
  }),
  define({
    name: 'start_clarification',
    from: ['registered'],
    to: 'clarification',
    roles: STAFF,
    input: z
      .object({ parties: z.array(z.enum(['reporter', 'reported', 'witness', 'expert'])).min(1) })
      .strict(),
    preconditions: [],
    deadlines: {},
    document: 'clarificationInvitation',
    audit: 'case.clarification_started',
    update: ({ input }) => ({ clarificationParties: input.parties }),
  }),
  define({
    name: 'record_clarification',
    from: ['clarification'],
    to: 'study',
    roles: STAFF,
    input: z
      .object({
        statements: z.array(z.object({ party: z.string().min(1), attended: z.boolean() }).strict()).min(1),
      })
      .strict(),
    preconditions: [],
    deadlines: {},
    document: 'clarificationMinutes',
    audit: 'case.clarification_recorded',
  }),
  define({
    name: 'submit_study',
    from: ['study'],
    to: 'plenary',
    roles: STAFF,
    input: z
      .object({
        conclusion: z.enum(['violation', 'not_violation']),
        catalogueEntryIds: z.array(z.string()),
        analysis: z.string().min(1),
      })
      .strict(),
    preconditions: [
      {
        code: 'study.no_catalogue_entry',
        message: {
          id: 'Kesimpulan pelanggaran harus menyebut minimal satu entri katalog',
          en: 'A violation conclusion must cite at least one catalogue entry',
        },
        check: ({ input }) => input.conclusion === 'not_violation' || input.catalogueEntryIds.length > 0,
      },
      {
        code: 'study.unknown_catalogue_entry',
        message: { id: 'Entri katalog tidak dikenal', en: 'Unknown catalogue entry' },
        check: ({ input, env }) => input.catalogueEntryIds.every((id) => env.catalogue.byId.has(id)),
      },
    ],
    deadlines: {},
    document: 'study',
    audit: 'case.study_submitted',
    update: ({ input }) => ({
      study: { conclusion: input.conclusion, catalogueEntryIds: input.catalogueEntryIds },
    }),
  }),
  define({
    name: 'extend_decision',
    from: ['registered', 'clarification', 'study', 'plenary'],
    to: 'same',
    roles: ['commissioner'],
    input: z.object({ reason: z.string().min(3) }).strict(),
    preconditions: [
      {
        code: 'deadline.already_extended',
        message: {
          id: 'Batas waktu keputusan sudah pernah diperpanjang',
          en: 'The decision deadline was already extended',
        },
        check: ({ state }) => !state.deadlines.some((d) => d.key === 'decision' && d.extended),
      },
      {
        code: 'deadline.decision_expired',
        message: {
          id: 'Perpanjangan harus diputuskan sebelum batas waktu berakhir',
          en: 'An extension must be decided before the deadline passes',
        },
        check: ({ state, now }) =>
          state.deadlines.some(
            (d) => d.key === 'decision' && d.status === 'running' && now.getTime() <= Date.parse(d.dueAt),
          ),
      },
    ],
    deadlines: { extend: 'decision' },
    audit: 'case.decision_deadline_extended',
  }),
  define({
    name: 'decide_violation',
    from: ['plenary'],
    to: 'violation',
    roles: ['commissioner'],
    input: z
      .object({
        membersPresent: z.number().int().positive(),
        membersTotal: z.number().int().positive(),
        violationKinds: z.array(z.enum(VIOLATION_KINDS)).min(1),
        ...lateReason,
      })
      .strict(),
    preconditions: [quorum],
    deadlines: { stop: ['decision'] },
    document: 'plenaryMinutes',
    audit: 'case.decided_violation',
    update: ({ input, state }) => ({
      plenary: {
        membersPresent: input.membersPresent,
        membersTotal: input.membersTotal,
        outcome: 'violation',
      },
      violationKinds: input.violationKinds,
      catalogueEntryIds: state.study?.catalogueEntryIds ?? [],
    }),
  }),
  define({
    name: 'decide_not_violation',
    from: ['plenary'],
    to: 'not_violation',
    roles: ['commissioner'],
    input: z
      .object({
        membersPresent: z.number().int().positive(),
        membersTotal: z.number().int().positive(),
        ...lateReason,
      })
      .strict(),
    preconditions: [quorum],
    deadlines: { stop: ['decision'] },
    document: 'plenaryMinutes',
    audit: 'case.decided_not_violation',
    update: ({ input }) => ({
      plenary: {
        membersPresent: input.membersPresent,
        membersTotal: input.membersTotal,
        outcome: 'not_violation',
      },
    }),
  }),
  define({
    name: 'forward',
    from: ['violation', 'forwarding', 'follow_up'],
    to: 'forwarding',
    roles: STAFF,
    input: z.object({ dispositions: z.array(dispositionInput).min(1) }).strict(),
    preconditions: [
      {
        code: 'forwarding.kind_not_decided',
        message: {
          id: 'Jenis pelanggaran ini tidak diputuskan dalam pleno',
          en: 'This kind of violation was not decided in the plenary',
        },
        check: ({ input, state }) => input.dispositions.every((d) => state.violationKinds.includes(d.kind)),
      },
      {
        code: 'forwarding.duplicate',
        message: {
          id: 'Jenis pelanggaran ini sudah diteruskan',
          en: 'This kind of violation was already forwarded',
        },
        check: ({ input, state }) => {
          const kinds = input.dispositions.map((d) => d.kind);
          return (
            new Set(kinds).size === kinds.length &&
            kinds.every((k) => !state.dispositions.some((d) => d.kind === k))
          );
        },
      },
      {
        code: 'forwarding.target_required',
        message: {
          id: 'Penerusan pelanggaran peraturan lain harus menyebut lembaga tujuan',
          en: 'Forwarding an other-law violation must name the receiving body',
        },
        check: ({ input }) =>
          input.dispositions.every((d) => d.kind !== 'other_law' || d.target !== undefined),
      },
    ],
    deadlines: {}, // apply.ts starts ppkFollowUp when an ASN-neutrality disposition is forwarded
    document: 'forwardingLetter',
    audit: 'case.forwarded',
  }),
  define({
    name: 'request_follow_up',
    from: ['forwarding', 'follow_up'],
    to: 'same',
    roles: STAFF,
    input: z.object({ dispositionId: z.string().min(1) }).strict(),
    preconditions: [
      {
        code: 'follow_up.unknown_disposition',
        message: {
          id: 'Penerusan tidak ditemukan atau sudah ada tindak lanjutnya',
          en: 'Forwarding not found or already followed up',
        },
        check: ({ input, state }) =>
          state.dispositions.some((d) => d.id === input.dispositionId && d.outcome === undefined),
      },
    ],
    deadlines: {},
    document: 'followUpRequest',
    audit: 'case.follow_up_requested',
  }),
  define({
    name: 'record_follow_up',
    from: ['forwarding', 'follow_up'],
    to: 'follow_up',
    roles: ['handling_staff', 'commissioner', 'agency_hr', 'police_liaison'],
    input: z
      .object({
        dispositionId: z.string().min(1),
        result: z.enum(['sanctioned', 'not_sanctioned', 'prosecuted', 'dismissed', 'other']),
        summary: z.string().min(1),
        sanction: z
          .object({
            kind: z.string().min(1),
            level: z.string().optional(),
            decreeNumber: z.string().optional(),
            decreeDate: z.iso.date().optional(),
          })
          .strict()
          .optional(),
        ...lateReason,
      })
      .strict(),
    preconditions: [
      {
        code: 'follow_up.unknown_disposition',
        message: {
          id: 'Penerusan tidak ditemukan atau sudah ada tindak lanjutnya',
          en: 'Forwarding not found or already followed up',
        },
        check: ({ input, state }) =>
          state.dispositions.some((d) => d.id === input.dispositionId && d.outcome === undefined),
      },
      {
        code: 'follow_up.role_not_for_kind',
        message: {
          id: 'Peran ini hanya boleh mencatat tindak lanjut jenis pelanggarannya sendiri (BKPSDM: netralitas ASN; kepolisian: pidana)',
          en: 'This role may only record follow-up of its own kind (agency HR: ASN neutrality; police: criminal)',
        },
        check: ({ input, state, actor }) => {
          const kind = state.dispositions.find((d) => d.id === input.dispositionId)?.kind;
          if (actor.roles.some((r) => r === 'handling_staff' || r === 'commissioner')) return true;
          if (actor.roles.includes('agency_hr') && kind === 'asn_neutrality') return true;
          return actor.roles.includes('police_liaison') && kind === 'criminal';
        },
      },
    ],
    deadlines: {}, // apply.ts stops ppkFollowUp once every ASN disposition has an outcome
    audit: 'case.follow_up_recorded',
  }),
  define({
    name: 'record_sanction_execution',
    from: ['follow_up'],
    to: 'same',
    roles: ['handling_staff', 'commissioner', 'agency_hr'],
    input: z
      .object({ dispositionId: z.string().min(1), executedOn: z.iso.date(), summary: z.string().min(3) })
      .strict(),
    preconditions: [
      {
        code: 'execution.not_sanctioned',
        message: {
          id: 'Pelaksanaan hanya dicatat untuk penerusan yang berujung sanksi dan belum dicatat pelaksanaannya',
          en: 'Execution is recorded only for a forwarding that ended in a sanction and has no execution yet',
        },
        check: ({ input, state }) =>
          state.dispositions.some(
            (d) => d.id === input.dispositionId && d.outcome?.result === 'sanctioned' && !d.execution,
          ),
      },
      {
        code: 'execution.before_decree',
        message: {
          id: 'Tanggal pelaksanaan tidak boleh sebelum tanggal surat keputusan sanksi',
          en: 'The execution date cannot be before the date of the sanction decree',
        },
        check: ({ input, state }) => {
          const decreeDate = state.dispositions.find((d) => d.id === input.dispositionId)?.outcome?.sanction
            ?.decreeDate;
          return !decreeDate || input.executedOn >= decreeDate;
        },
      },
      {
        code: 'execution.in_future',
        message: {
          id: 'Tanggal pelaksanaan tidak boleh di masa depan',
          en: 'The execution date cannot be in the future',
        },
        check: ({ input, now, state }) => input.executedOn <= localDateOf(now, state.timeZone),
      },
    ],
    deadlines: {},
    audit: 'case.sanction_executed',
  }),
  define({
    name: 'close',
    from: ['not_registered', 'not_violation', 'follow_up'],
    to: 'closed',
    roles: STAFF,
    input: z.object({ note: z.string().optional() }).strict(),
    preconditions: [
      {
        code: 'close.open_dispositions',
        message: {
          id: 'Masih ada penerusan yang belum ada tindak lanjutnya',
          en: 'Some forwardings have no follow-up yet',
        },
        check: ({ state }) => state.dispositions.every((d) => d.outcome !== undefined),
      },
      {
        // A case is closed when the sanction was carried out, not merely decided (issue 4: "to an
        // executed sanction"); other outcomes (acquittal, prosecution) need no execution here.
        code: 'close.sanction_not_executed',
        message: {
          id: 'Sanksi yang sudah dijatuhkan belum dicatat pelaksanaannya',
          en: 'An imposed sanction has no recorded execution yet',
        },
        check: ({ state }) =>
          state.dispositions.every((d) => d.outcome?.result !== 'sanctioned' || d.execution !== undefined),
      },
    ],
    deadlines: {},
    audit: 'case.closed',
  }),
];

export const TRANSITIONS_BY_NAME: ReadonlyMap<string, TransitionDef> = new Map(
  TRANSITIONS.map((t) => [t.name, t]),
);
