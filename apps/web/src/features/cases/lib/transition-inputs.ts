// The input each transition of the rules core's state machine takes (packages/rules/src/cases/
// transitions.ts), described as form fields. The server validates again; this only asks for it.
import type { CaseDetail } from '../api/cases-api';

export type FieldKind = 'text' | 'textarea' | 'lines' | 'number' | 'select' | 'multi' | 'date' | 'checklist';
export type FieldSpec = {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** Option values; their labels are `cases.option.<name>.<value>` unless `rawOptions`. */
  options?: (detail: CaseDetail) => string[];
  rawOptions?: boolean;
};
export type Values = Record<string, unknown>;

export const FORMAL_REQUIREMENTS = ['reporterIdentity', 'reportedIdentity', 'timeAndPlace', 'withinWindow'];
export const MATERIAL_REQUIREMENTS = ['conduct', 'evidence', 'witnesses'];
export const PARTIES = ['reporter', 'reported', 'witness', 'expert'];
export const VIOLATION_KINDS = [
  'asn_neutrality',
  'criminal',
  'administrative',
  'election_body_ethics',
  'village_official',
  'other_law',
];
const FOLLOW_UP_RESULTS = ['sanctioned', 'not_sanctioned', 'prosecuted', 'dismissed', 'other'];
const lateReason: FieldSpec = { name: 'lateReason', kind: 'text' };
const openDispositions = (d: CaseDetail) =>
  d.state.dispositions.filter((x) => x.outcome === undefined).map((x) => x.id);
const unexecutedSanctions = (d: CaseDetail) =>
  d.state.dispositions
    .filter((x) => x.outcome?.result === 'sanctioned' && !x.execution)
    .filter((x) => !d.forwardings.some((f) => f.dispositionId === x.id))
    .map((x) => x.id);

export const TRANSITION_FIELDS: Record<string, FieldSpec[]> = {
  start_initial_study: [],
  request_completion: [{ name: 'missing', kind: 'lines', required: true }, lateReason],
  receive_completion: [lateReason],
  decline_registration: [{ name: 'reasons', kind: 'lines', required: true }, lateReason],
  register: [
    { name: 'formal', kind: 'checklist', options: () => FORMAL_REQUIREMENTS },
    { name: 'material', kind: 'checklist', options: () => MATERIAL_REQUIREMENTS },
    lateReason,
  ],
  start_clarification: [{ name: 'parties', kind: 'multi', required: true, options: () => PARTIES }],
  record_clarification: [
    {
      name: 'attended',
      kind: 'checklist',
      options: (d) => (d.state.clarificationParties?.length ? [...d.state.clarificationParties] : PARTIES),
    },
  ],
  submit_study: [
    { name: 'conclusion', kind: 'select', required: true, options: () => ['violation', 'not_violation'] },
    { name: 'catalogueEntryIds', kind: 'lines' },
    { name: 'analysis', kind: 'textarea', required: true },
  ],
  extend_decision: [{ name: 'reason', kind: 'text', required: true }],
  decide_violation: [
    { name: 'membersPresent', kind: 'number', required: true },
    { name: 'membersTotal', kind: 'number', required: true },
    { name: 'violationKinds', kind: 'multi', required: true, options: () => VIOLATION_KINDS },
    lateReason,
  ],
  decide_not_violation: [
    { name: 'membersPresent', kind: 'number', required: true },
    { name: 'membersTotal', kind: 'number', required: true },
    lateReason,
  ],
  forward: [
    {
      name: 'kinds',
      kind: 'multi',
      required: true,
      options: (d) => d.state.violationKinds.filter((k) => !d.state.dispositions.some((x) => x.kind === k)),
    },
    {
      name: 'recipients',
      kind: 'multi',
      options: (d) => [...new Set(d.forwardRecipients.map((r) => r.id))],
      rawOptions: true,
    },
    { name: 'target', kind: 'text' },
    { name: 'letterNumber', kind: 'text' },
    { name: 'letterDate', kind: 'date' },
    { name: 'recommendedSanction', kind: 'text' },
  ],
  request_follow_up: [
    { name: 'dispositionId', kind: 'select', required: true, options: openDispositions, rawOptions: true },
  ],
  record_follow_up: [
    { name: 'dispositionId', kind: 'select', required: true, options: openDispositions, rawOptions: true },
    { name: 'result', kind: 'select', required: true, options: () => FOLLOW_UP_RESULTS },
    { name: 'summary', kind: 'textarea', required: true },
    { name: 'sanctionKind', kind: 'text' },
    { name: 'sanctionLevel', kind: 'text' },
    { name: 'decreeNumber', kind: 'text' },
    { name: 'decreeDate', kind: 'date' },
    lateReason,
  ],
  // Only offered for a disposition without a receiving organisation in Netra (staff recorded its outcome).
  record_sanction_execution: [
    { name: 'dispositionId', kind: 'select', required: true, options: unexecutedSanctions, rawOptions: true },
    { name: 'executedOn', kind: 'date', required: true },
    { name: 'summary', kind: 'textarea', required: true },
    lateReason,
  ],
  close: [{ name: 'note', kind: 'text' }],
};

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const lines = (v: unknown) =>
  str(v)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const checklist = (v: unknown, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, Boolean((v as Record<string, boolean> | undefined)?.[k])]));

export function initialValues(name: string, detail: CaseDetail): Values {
  const values: Values = {};
  for (const field of TRANSITION_FIELDS[name] ?? []) {
    if (field.kind === 'checklist') values[field.name] = checklist({}, field.options?.(detail) ?? []);
    // Every default recipient starts checked; staff leave out those that should not receive it.
    else if (field.kind === 'multi')
      values[field.name] = field.name === 'recipients' ? field.options?.(detail) : [];
    else if (field.kind === 'select') values[field.name] = field.options?.(detail)[0] ?? null;
    else if (field.kind === 'number') values[field.name] = '';
    else values[field.name] = '';
  }
  return values;
}

/** The values of the form turned into the transition's input, optional fields left out when empty. */
export function toInput(name: string, values: Values, detail: CaseDetail): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== '' && value !== undefined && value !== null) input[key] = value;
  };
  switch (name) {
    case 'register':
      input.formal = checklist(values.formal, FORMAL_REQUIREMENTS);
      input.material = checklist(values.material, MATERIAL_REQUIREMENTS);
      break;
    case 'record_clarification': {
      const attended = values.attended as Record<string, boolean>;
      input.statements = Object.keys(attended).map((party) => ({ party, attended: attended[party] }));
      break;
    }
    case 'forward':
      input.dispositions = (values.kinds as string[]).map((kind) => {
        const d: Record<string, string> = { kind };
        if (str(values.target)) d.target = str(values.target);
        if (str(values.letterNumber)) d.letterNumber = str(values.letterNumber);
        // Taken out by the server before the rules core sees the input (case_forwardings).
        if (str(values.letterDate)) d.letterDate = str(values.letterDate);
        if (str(values.recommendedSanction)) d.recommendedSanction = str(values.recommendedSanction);
        return withRecipients(d, kind, values.recipients as string[], detail);
      });
      break;
    case 'record_follow_up':
      put('dispositionId', values.dispositionId);
      put('result', values.result);
      put('summary', str(values.summary));
      if (str(values.sanctionKind)) {
        const sanction: Record<string, string> = { kind: str(values.sanctionKind) };
        if (str(values.sanctionLevel)) sanction.level = str(values.sanctionLevel);
        if (str(values.decreeNumber)) sanction.decreeNumber = str(values.decreeNumber);
        if (str(values.decreeDate)) sanction.decreeDate = str(values.decreeDate);
        input.sanction = sanction;
      }
      break;
    default:
      for (const field of TRANSITION_FIELDS[name] ?? []) {
        const value = values[field.name];
        if (field.kind === 'lines') input[field.name] = lines(value);
        else if (field.kind === 'number') put(field.name, str(String(value)) === '' ? '' : Number(value));
        else if (field.kind === 'multi') input[field.name] = value;
        else if (field.kind === 'checklist')
          input[field.name] = checklist(value, field.options?.(detail) ?? []);
        else put(field.name, typeof value === 'string' ? value.trim() : value);
      }
  }
  if (name !== 'start_clarification' && str(values.lateReason)) input.lateReason = str(values.lateReason);
  return input;
}

/**
 * The checked organisations that receive this kind; left out when the kind has no default recipients
 * (the server then records none and staff note the outcome themselves).
 */
function withRecipients(d: Record<string, unknown>, kind: string, checked: string[], detail: CaseDetail) {
  const forKind = detail.forwardRecipients.filter((r) => r.kind === kind).map((r) => r.id);
  if (forKind.length === 0) return d;
  return { ...d, recipientOrganizationIds: forKind.filter((id) => checked.includes(id)) };
}
