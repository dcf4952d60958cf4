import { describe, expect, it } from 'vitest';
import { RulesDataError, RulesError } from '../errors.js';
import { pilkadaProfile } from '../data/profile-pilkada.js';
import {
  applyProfileOverrides,
  asnRecipientOn,
  formatDocumentNumber,
  getProfile,
  loadProfiles,
} from './profiles.js';

describe('election profiles', () => {
  it('load and validate; Pilkada counts calendar days, Pemilu working days', () => {
    const profiles = loadProfiles();
    expect([...profiles.keys()]).toEqual(['pilkada', 'pemilu']);
    const pilkada = getProfile('pilkada');
    expect(pilkada.deadlines.reportWindow).toMatchObject({ length: 7, unit: 'calendar_days' });
    expect(pilkada.deadlines.completion).toMatchObject({ length: 48, unit: 'hours' });
    expect(pilkada.deadlines.decision).toMatchObject({
      length: 3,
      unit: 'calendar_days',
      extension: { length: 2 },
    });
    expect(pilkada.deadlines.initialStudy.status.kind).toBe('unverified');
    expect(pilkada.forms.statusNotice.code).toBe('A.17');
    expect(getProfile('pemilu').deadlines.reportWindow).toMatchObject({ length: 7, unit: 'working_days' });
    expect(() => getProfile('nope')).toThrow(RulesError);
  });

  it('names file and reason for an invalid profile file', () => {
    const broken = {
      ...pilkadaProfile,
      deadlines: {
        ...pilkadaProfile.deadlines,
        decision: { ...pilkadaProfile.deadlines.decision, unit: 'weeks' },
      },
    };
    expect(() => loadProfiles([{ file: 'data/x.ts', data: broken }])).toThrow(RulesDataError);
    expect(() => loadProfiles([{ file: 'data/x.ts', data: broken }])).toThrow(
      /data\/x\.ts, entry pilkada.*deadlines\.decision\.unit/,
    );
  });

  it('routes ASN cases to KASN until 24 Aug 2024 and BKN after; the future body only once configured', () => {
    const p = getProfile('pilkada');
    expect(asnRecipientOn(p, '2024-08-24')?.institution).toBe('KASN');
    expect(asnRecipientOn(p, '2024-08-25')?.institution).toBe('BKN');
    expect(asnRecipientOn(p, '2028-01-01')?.institution).toBe('BKN');
    const configured = applyProfileOverrides(p, {
      asnRecipients: [
        ...p.asnRecipients.slice(0, 1),
        { ...p.asnRecipients[1], until: '2027-10-15' },
        { ...p.asnRecipients[2], from: '2027-10-16' },
      ],
    });
    expect(asnRecipientOn(configured, '2027-10-15')?.institution).toBe('BKN');
    expect(asnRecipientOn(configured, '2027-10-16')?.institution).toBe('LEMBAGA_INDEPENDEN');
  });

  it('applies a partial override and validates it', () => {
    const p = getProfile('pilkada');
    const changed = applyProfileOverrides(p, { deadlines: { ppkFollowUp: { length: 14 } } });
    expect(changed.deadlines.ppkFollowUp.length).toBe(14);
    expect(changed.deadlines.ppkFollowUp.unit).toBe(p.deadlines.ppkFollowUp.unit);
    expect(p.deadlines.ppkFollowUp.length).toBe(10); // the original is untouched
    expect(() => applyProfileOverrides(p, { deadlines: { decision: { length: -1 } } })).toThrow(
      /deadlines\.decision\.length/,
    );
    expect(() => applyProfileOverrides(p, { unknownKey: 1 })).toThrow(RulesError);
    expect(() => applyProfileOverrides(p, { kind: 'pemilu' })).toThrow(/id or kind/);
    expect(() => applyProfileOverrides(p, { numbering: { register: { pattern: '{seq}/{bogus}' } } })).toThrow(
      /placeholder/,
    );
  });

  it('formats a register number from the pattern', () => {
    const p = getProfile('pilkada');
    const n = formatDocumentNumber(p.numbering.register.pattern, {
      seq: 6,
      reportType: 'L.P',
      electionType: 'PG',
      level: 'Kab',
      regionCode: '14.08',
      month: 11,
      year: 2024,
    });
    expect(n).toBe(p.numbering.register.example);
    expect(() => formatDocumentNumber(p.numbering.register.pattern, { seq: 1 })).toThrow(/reportType/);
  });
});
