import { describe, expect, it } from 'vitest';
import { applyTransition, availableTransitions, newCase } from './apply.js';
import { TRANSITIONS } from './transitions.js';
import type { Actor, CaseState } from './types.js';
import { ROLES } from './types.js';

const staff: Actor = { id: 'u-staff', roles: ['handling_staff'] };
const commissioner: Actor = { id: 'u-komisioner', roles: ['commissioner'] };
const hr: Actor = { id: 'u-bkpsdm', roles: ['agency_hr'] };
const viewer: Actor = { id: 'u-view', roles: ['viewer'] };

const at = (iso: string) => new Date(iso);

function fresh(receivedAt = '2024-10-03T09:00:00+07:00', knownOn = '2024-10-01'): CaseState {
  return newCase({
    id: 'c1',
    kind: 'laporan',
    profileId: 'pilkada',
    timeZone: 'Asia/Jakarta',
    regionCode: '14.03',
    receivedAt: at(receivedAt),
    knownOn,
  });
}

function step(state: CaseState, name: string, actor: Actor, input: unknown, now: string): CaseState {
  const r = applyTransition(state, name, actor, input, at(now));
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.state;
}

const REGISTER = {
  registerNumber: '01/Reg/L.P/PG/Kab/14.03/X/2024',
  formal: { identity: true, onTime: true },
  material: { place: true, evidence: true },
};

describe('case state machine', () => {
  it('runs the whole procedure with deadlines, documents and audit events', () => {
    let s = fresh();
    expect(s.reportWindow?.within).toBe(true);
    s = step(s, 'start_initial_study', staff, {}, '2024-10-03T10:00:00+07:00');
    expect(s.deadlines.find((d) => d.key === 'initialStudy')?.dueAt).toBe('2024-10-06T16:59:59.999Z');

    const reg = applyTransition(s, 'register', staff, REGISTER, at('2024-10-04T10:00:00+07:00'));
    expect(reg.ok).toBe(true);
    if (!reg.ok) return;
    expect(reg.effects).toMatchObject({
      audit: { event: 'case.registered', from: 'initial_study', to: 'registered' },
      deadlinesStarted: ['decision'],
      deadlinesStopped: ['initialStudy'],
    });
    expect(reg.effects.document).toEqual({ formKey: 'registration', formCode: null });
    s = reg.state;
    expect(s.deadlines.find((d) => d.key === 'decision')?.dueAt).toBe('2024-10-07T16:59:59.999Z');

    const ext = applyTransition(
      s,
      'extend_decision',
      commissioner,
      { reason: 'butuh keterangan ahli' },
      at('2024-10-05T10:00:00+07:00'),
    );
    expect(ext.ok && ext.state.deadlines.find((d) => d.key === 'decision')?.dueAt).toBe(
      '2024-10-09T16:59:59.999Z',
    );
    if (!ext.ok) return;
    s = ext.state;
    const twice = applyTransition(
      s,
      'extend_decision',
      commissioner,
      { reason: 'lagi' },
      at('2024-10-05T11:00:00+07:00'),
    );
    expect(!twice.ok && twice.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'deadline.already_extended' }),
    ]);

    s = step(
      s,
      'start_clarification',
      staff,
      { parties: ['reporter', 'reported'] },
      '2024-10-05T12:00:00+07:00',
    );
    s = step(
      s,
      'record_clarification',
      staff,
      { statements: [{ party: 'reported', attended: true }] },
      '2024-10-06T12:00:00+07:00',
    );
    s = step(
      s,
      'submit_study',
      staff,
      { conclusion: 'violation', catalogueEntryIds: ['skb2022.discipline.6'], analysis: 'terbukti' },
      '2024-10-07T12:00:00+07:00',
    );
    const decided = applyTransition(
      s,
      'decide_violation',
      commissioner,
      { membersPresent: 3, membersTotal: 5, violationKinds: ['asn_neutrality', 'criminal'] },
      at('2024-10-08T12:00:00+07:00'),
    );
    expect(decided.ok && decided.effects.document?.formKey).toBe('plenaryMinutes');
    if (!decided.ok) return;
    s = decided.state;
    expect(s.catalogueEntryIds).toEqual(['skb2022.discipline.6']);

    const fwd = applyTransition(
      s,
      'forward',
      staff,
      { dispositions: [{ kind: 'asn_neutrality' }, { kind: 'criminal' }] },
      at('2024-10-08T15:00:00+07:00'),
    );
    expect(fwd.ok).toBe(true);
    if (!fwd.ok) return;
    s = fwd.state;
    expect(s.dispositions.map((d) => d.target)).toEqual(['BKN', 'SENTRA_GAKKUMDU']);
    expect(fwd.effects.deadlinesStarted).toEqual(['ppkFollowUp']);

    const asn = s.dispositions[0]?.id ?? '';
    const crime = s.dispositions[1]?.id ?? '';
    const hrOnCrime = applyTransition(
      s,
      'record_follow_up',
      hr,
      { dispositionId: crime, result: 'prosecuted', summary: 'x' },
      at('2024-10-10T10:00:00+07:00'),
    );
    expect(!hrOnCrime.ok && hrOnCrime.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'follow_up.role_not_for_kind' }),
    ]);
    s = step(
      s,
      'record_follow_up',
      hr,
      {
        dispositionId: asn,
        result: 'sanctioned',
        summary: 'hukuman disiplin berat',
        sanction: { kind: 'discipline', level: 'severe', decreeNumber: '800/123', decreeDate: '2024-10-15' },
      },
      '2024-10-15T10:00:00+07:00',
    );
    expect(s.deadlines.find((d) => d.key === 'ppkFollowUp')?.status).toBe('stopped');
    const early = applyTransition(s, 'close', staff, {}, at('2024-10-16T10:00:00+07:00'));
    expect(!early.ok && early.error.code).toBe('case.precondition_failed');
    s = step(
      s,
      'record_follow_up',
      staff,
      { dispositionId: crime, result: 'prosecuted', summary: 'dilimpahkan ke pengadilan' },
      '2024-10-20T10:00:00+07:00',
    );
    // Decided is not done: the sanction must be carried out before the case closes.
    const unexecuted = applyTransition(s, 'close', commissioner, {}, at('2024-10-21T10:00:00+07:00'));
    expect(!unexecuted.ok && unexecuted.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'close.sanction_not_executed' }),
    ]);
    const execute = (input: Record<string, unknown>, now: string) =>
      applyTransition(s, 'record_sanction_execution', hr, { dispositionId: asn, ...input }, at(now));
    const beforeDecree = execute(
      { executedOn: '2024-10-14', summary: 'SK diserahkan' },
      '2024-10-21T09:00:00+07:00',
    );
    expect(!beforeDecree.ok && beforeDecree.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'execution.before_decree' }),
    ]);
    const future = execute(
      { executedOn: '2024-10-25', summary: 'SK diserahkan' },
      '2024-10-21T09:00:00+07:00',
    );
    expect(!future.ok && future.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'execution.in_future' }),
    ]);
    const onCrime = applyTransition(
      s,
      'record_sanction_execution',
      staff,
      { dispositionId: crime, executedOn: '2024-10-20', summary: 'x y z' },
      at('2024-10-21T09:00:00+07:00'),
    );
    expect(!onCrime.ok && onCrime.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'execution.not_sanctioned' }),
    ]);
    s = step(
      s,
      'record_sanction_execution',
      hr,
      {
        dispositionId: asn,
        executedOn: '2024-10-18',
        summary: 'SK hukuman diserahkan kepada yang bersangkutan',
      },
      '2024-10-21T09:00:00+07:00',
    );
    expect(s.dispositions[0]?.execution).toMatchObject({ executedOn: '2024-10-18', recordedBy: hr.id });
    expect(s.status).toBe('follow_up');
    const executedTwice = execute({ executedOn: '2024-10-18', summary: 'lagi' }, '2024-10-21T09:30:00+07:00');
    expect(!executedTwice.ok && executedTwice.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'execution.not_sanctioned' }),
    ]);
    s = step(s, 'close', commissioner, {}, '2024-10-21T10:00:00+07:00');
    expect(s.status).toBe('closed');
    expect(s.history.map((h) => h.audit)).toContain('case.forwarded');
    expect(s.version).toBe(s.history.length);
  });

  it('forwards ASN cases to KASN before 25 August 2024', () => {
    let s = fresh('2024-08-10T09:00:00+07:00', '2024-08-08');
    s = step(s, 'start_initial_study', staff, {}, '2024-08-10T09:30:00+07:00');
    s = step(s, 'register', staff, REGISTER, '2024-08-10T10:00:00+07:00');
    s = step(s, 'start_clarification', staff, { parties: ['reported'] }, '2024-08-10T11:00:00+07:00');
    s = step(
      s,
      'record_clarification',
      staff,
      { statements: [{ party: 'reported', attended: false }] },
      '2024-08-11T11:00:00+07:00',
    );
    s = step(
      s,
      'submit_study',
      staff,
      { conclusion: 'violation', catalogueEntryIds: ['skb2022.ethics.4'], analysis: 'a' },
      '2024-08-12T11:00:00+07:00',
    );
    s = step(
      s,
      'decide_violation',
      commissioner,
      { membersPresent: 3, membersTotal: 5, violationKinds: ['asn_neutrality'] },
      '2024-08-13T11:00:00+07:00',
    );
    s = step(
      s,
      'forward',
      staff,
      { dispositions: [{ kind: 'asn_neutrality' }] },
      '2024-08-13T15:00:00+07:00',
    );
    expect(s.dispositions[0]?.target).toBe('KASN');
  });

  it('refuses and changes nothing: wrong state, wrong role, bad input, unknown transition', () => {
    const s = fresh();
    const snapshot = JSON.stringify(s);
    const wrongState = applyTransition(s, 'register', staff, REGISTER, at('2024-10-03T10:00:00+07:00'));
    expect(!wrongState.ok && wrongState.error.code).toBe('case.wrong_state');
    const wrongRole = applyTransition(s, 'start_initial_study', viewer, {}, at('2024-10-03T10:00:00+07:00'));
    expect(!wrongRole.ok && wrongRole.error.code).toBe('case.role_not_allowed');
    const badInput = applyTransition(
      s,
      'start_initial_study',
      staff,
      { extra: 1 },
      at('2024-10-03T10:00:00+07:00'),
    );
    expect(!badInput.ok && badInput.error.code).toBe('case.invalid_input');
    const unknown = applyTransition(s, 'teleport', staff, {}, at('2024-10-03T10:00:00+07:00'));
    expect(!unknown.ok && unknown.error.code).toBe('case.unknown_transition');
    expect(JSON.stringify(s)).toBe(snapshot);
  });

  it('records a late report but will not register it', () => {
    let s = fresh('2024-10-20T09:00:00+07:00', '2024-10-01');
    expect(s.reportWindow?.within).toBe(false);
    expect(s.reportWindow?.explanation.id).toMatch(/tidak dapat diregistrasi/);
    s = step(s, 'start_initial_study', staff, {}, '2024-10-20T10:00:00+07:00');
    const r = applyTransition(s, 'register', staff, REGISTER, at('2024-10-20T11:00:00+07:00'));
    expect(!r.ok && r.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'report.outside_window' }),
    ]);
    s = step(s, 'decline_registration', staff, { reasons: ['lewat 7 hari'] }, '2024-10-20T12:00:00+07:00');
    expect(s.status).toBe('not_registered');
    expect(step(s, 'close', staff, {}, '2024-10-21T12:00:00+07:00').status).toBe('closed');
  });

  it('enforces the 2×24-hour completion window and a reason when a deadline was missed', () => {
    let s = step(fresh(), 'start_initial_study', staff, {}, '2024-10-03T10:00:00+07:00');
    s = step(s, 'request_completion', staff, { missing: ['tanda tangan'] }, '2024-10-03T11:00:00+07:00');
    expect(s.deadlines.find((d) => d.key === 'completion')?.dueAt).toBe('2024-10-05T04:00:00.000Z');
    const late = applyTransition(s, 'receive_completion', staff, {}, at('2024-10-05T12:00:00+07:00'));
    expect(!late.ok && late.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'deadline.completion_expired' }),
    ]);
    const noReason = applyTransition(
      s,
      'decline_registration',
      staff,
      { reasons: ['tidak dilengkapi'] },
      at('2024-10-05T12:00:00+07:00'),
    );
    expect(!noReason.ok && noReason.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'deadline.late_reason_required' }),
    ]);
    s = step(
      s,
      'decline_registration',
      staff,
      { reasons: ['tidak dilengkapi'], lateReason: 'pelapor tidak dapat dihubungi' },
      '2024-10-05T12:00:00+07:00',
    );
    expect(s.deadlines.find((d) => d.key === 'completion')).toMatchObject({
      status: 'stopped',
      lateReason: 'pelapor tidak dapat dihubungi',
    });
  });

  it('requires quorum and a catalogue entry for a violation conclusion', () => {
    let s = step(fresh(), 'start_initial_study', staff, {}, '2024-10-03T10:00:00+07:00');
    s = step(s, 'register', staff, REGISTER, '2024-10-03T11:00:00+07:00');
    s = step(s, 'start_clarification', staff, { parties: ['reported'] }, '2024-10-03T12:00:00+07:00');
    s = step(
      s,
      'record_clarification',
      staff,
      { statements: [{ party: 'reported', attended: true }] },
      '2024-10-04T12:00:00+07:00',
    );
    const noEntry = applyTransition(
      s,
      'submit_study',
      staff,
      { conclusion: 'violation', catalogueEntryIds: [], analysis: 'a' },
      at('2024-10-04T13:00:00+07:00'),
    );
    expect(!noEntry.ok && noEntry.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'study.no_catalogue_entry' }),
    ]);
    const bogus = applyTransition(
      s,
      'submit_study',
      staff,
      { conclusion: 'violation', catalogueEntryIds: ['x.y'], analysis: 'a' },
      at('2024-10-04T13:00:00+07:00'),
    );
    expect(!bogus.ok && bogus.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'study.unknown_catalogue_entry' }),
    ]);
    s = step(
      s,
      'submit_study',
      staff,
      { conclusion: 'not_violation', catalogueEntryIds: [], analysis: 'tidak terbukti' },
      '2024-10-04T13:00:00+07:00',
    );
    const noQuorum = applyTransition(
      s,
      'decide_not_violation',
      commissioner,
      { membersPresent: 2, membersTotal: 5 },
      at('2024-10-05T13:00:00+07:00'),
    );
    expect(!noQuorum.ok && noQuorum.error.details.reasons).toEqual([
      expect.objectContaining({ code: 'plenary.no_quorum' }),
    ]);
    const byStaff = applyTransition(
      s,
      'decide_not_violation',
      staff,
      { membersPresent: 3, membersTotal: 5 },
      at('2024-10-05T13:00:00+07:00'),
    );
    expect(!byStaff.ok && byStaff.error.code).toBe('case.role_not_allowed');
    s = step(
      s,
      'decide_not_violation',
      commissioner,
      { membersPresent: 3, membersTotal: 5 },
      '2024-10-05T13:00:00+07:00',
    );
    expect(s.status).toBe('not_violation');
  });

  it('describes every transition completely and lists what an actor may do', () => {
    for (const t of TRANSITIONS) {
      expect(t.roles.length).toBeGreaterThan(0);
      expect(t.roles.every((r) => (ROLES as readonly string[]).includes(r))).toBe(true);
      expect(t.audit).toMatch(/^case\./);
      for (const p of t.preconditions) expect(p.message.id && p.message.en && p.code).toBeTruthy();
    }
    expect(availableTransitions(fresh(), staff)).toEqual(['start_initial_study']);
    expect(availableTransitions(fresh(), viewer)).toEqual([]);
  });
});
