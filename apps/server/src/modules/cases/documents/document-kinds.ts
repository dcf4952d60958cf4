import type { CaseState, FormKey } from '@netra/rules';

// Which official documents a case can produce, and when. Form keys point into the election
// profile (codes as data, domain.md §3.6); `letterCode` is Netra's own segment of the document
// number for letters whose numbering the reference does not give (marked unverified in docs/cases.md).

export const DOCUMENT_KINDS = [
  'completion_request',
  'initial_study',
  'registration_notice',
  'status_notice',
  'clarification_invitation',
  'clarification_minutes',
  'study',
  'plenary_minutes',
  'forwarding_letter',
  'follow_up_request',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const CLARIFICATION_PARTIES = ['reporter', 'reported', 'witness', 'expert'] as const;

type KindDef = {
  formKey: FormKey;
  letterCode: string;
  /** Addressed to the reporter or naming them: their identity is needed (laporan only). */
  needsReporter: (variant: string) => boolean;
};

export const KIND_DEFS: Record<DocumentKind, KindDef> = {
  completion_request: { formKey: 'completionNotice', letterCode: 'PKL', needsReporter: () => true },
  initial_study: { formKey: 'initialStudy', letterCode: 'KA', needsReporter: () => false },
  registration_notice: { formKey: 'registration', letterCode: 'REG', needsReporter: () => true },
  status_notice: { formKey: 'statusNotice', letterCode: 'PSL', needsReporter: () => true },
  clarification_invitation: {
    formKey: 'clarificationInvitation',
    letterCode: 'UND-KL',
    needsReporter: (variant) => variant === 'reporter',
  },
  clarification_minutes: { formKey: 'clarificationMinutes', letterCode: 'BA-KL', needsReporter: () => true },
  study: { formKey: 'study', letterCode: 'KJ', needsReporter: () => false },
  plenary_minutes: { formKey: 'plenaryMinutes', letterCode: 'BA-RP', needsReporter: () => false },
  forwarding_letter: { formKey: 'forwardingLetter', letterCode: 'PNR', needsReporter: () => false },
  follow_up_request: { formKey: 'followUpRequest', letterCode: 'TL', needsReporter: () => false },
};

export type AvailableDocument = { kind: DocumentKind; variant: string; needsReporter: boolean };

const did = (state: CaseState, transition: string) => state.history.some((h) => h.transition === transition);

/** The documents the case's data can fill at its current status; one entry per letter variant. */
export function availableDocuments(state: CaseState): AvailableDocument[] {
  const laporan = state.kind === 'laporan';
  const out: { kind: DocumentKind; variant?: string }[] = [];
  if (laporan && did(state, 'request_completion')) out.push({ kind: 'completion_request' });
  if (did(state, 'start_initial_study')) out.push({ kind: 'initial_study' });
  if (laporan && state.registerNumber) out.push({ kind: 'registration_notice' });
  if (laporan && (did(state, 'register') || did(state, 'decline_registration')))
    out.push({ kind: 'status_notice' });
  for (const party of state.clarificationParties ?? [])
    if (party !== 'reporter' || laporan) out.push({ kind: 'clarification_invitation', variant: party });
  if (did(state, 'record_clarification')) out.push({ kind: 'clarification_minutes' });
  if (state.study) out.push({ kind: 'study' });
  if (state.plenary) out.push({ kind: 'plenary_minutes' });
  for (const d of state.dispositions) out.push({ kind: 'forwarding_letter', variant: d.id });
  for (const d of state.dispositions) if (!d.outcome) out.push({ kind: 'follow_up_request', variant: d.id });
  return out.map(({ kind, variant = '' }) => ({
    kind,
    variant,
    needsReporter: laporan && KIND_DEFS[kind].needsReporter(variant),
  }));
}
