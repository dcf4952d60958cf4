import { describe, expect, it } from 'vitest';
import { RulesError } from '../errors.js';
import { loadCatalogue } from '../catalogue/load.js';
import { bengkalis2024Election } from '../data/election-bengkalis-2024.js';
import { electionTimeZone, parseElection, rulesApplicableOn, stageOn } from './elections.js';

const election = parseElection(bengkalis2024Election);
const catalogue = loadCatalogue();

describe('stageOn', () => {
  it('places dates of the Pilkada 2024 calendar in the right stage and regime', () => {
    expect(electionTimeZone(election)).toBe('Asia/Jakarta');
    const before = stageOn(election, '2024-09-15');
    expect(before.afterDesignation).toBe(false);
    expect(before.stages).toHaveLength(0);
    expect(before.phases).toEqual(['before_designation', 'any_time']);
    expect(stageOn(election, '2024-09-22').afterDesignation).toBe(true);
    const campaign = stageOn(election, '2024-10-10');
    expect(campaign.inCampaign).toBe(true);
    expect(campaign.explanation.id).toMatch(/Masa kampanye.*sesudah penetapan/);
    expect(stageOn(election, '2024-11-25').stages.map((s) => s.kind)).toEqual(['quiet_period']);
    expect(stageOn(election, '2024-11-27').stages.map((s) => s.kind)).toEqual(['voting', 'recapitulation']);
  });

  it('reads an instant in the election time zone (17:30 UTC on 21 Sept is already 22 Sept in WIB)', () => {
    expect(stageOn(election, new Date('2024-09-21T17:30:00Z')).date).toBe('2024-09-22');
    expect(stageOn(election, new Date('2024-09-21T16:30:00Z')).date).toBe('2024-09-21');
  });

  it('rejects bad dates and bad elections', () => {
    expect(() => stageOn(election, '2024-02-30')).toThrow(RulesError);
    expect(() =>
      parseElection({ ...bengkalis2024Election, stages: bengkalis2024Election.stages.slice(2) }),
    ).toThrow(/candidate_designation/);
    expect(() => parseElection({ ...bengkalis2024Election, regionCode: '99.01' })).toThrow(/province/);
    expect(() => parseElection({ ...bengkalis2024Election, profileId: 'x' })).toThrow(/profile/);
  });
});

describe('rulesApplicableOn', () => {
  it('applies SKB ethics before designation and UU 10/2016 routes after it', () => {
    const before = rulesApplicableOn(catalogue, election, '2024-09-10').applicable.map((e) => e.id);
    expect(before).toContain('skb2022.ethics.4');
    expect(before).toContain('skb2022.discipline.6');
    expect(before).not.toContain('uu10-2016.71.1');
    expect(before).not.toContain('uu10-2016.70');

    const campaign = rulesApplicableOn(catalogue, election, '2024-10-01');
    const ids = campaign.applicable.map((e) => e.id);
    expect(ids).not.toContain('skb2022.ethics.4');
    expect(ids).toEqual(
      expect.arrayContaining(['skb2022.discipline.6', 'uu10-2016.70', 'uu10-2016.71.1', 'pp94-2021.5n.4']),
    );
    const ethics = campaign.notApplicable.find((n) => n.entry.id === 'skb2022.ethics.4');
    expect(ethics?.reason.en).toMatch(/before candidate designation/);
  });

  it('drops campaign-only entries outside the campaign and entries not yet in force', () => {
    const quiet = rulesApplicableOn(catalogue, election, '2024-11-25').applicable.map((e) => e.id);
    expect(quiet).not.toContain('uu10-2016.70');
    expect(quiet).toContain('uu10-2016.73.4');
    const old = {
      ...election,
      stages: election.stages.map((s) => ({
        ...s,
        start: s.start.replace('2024', '2020'),
        end: s.end.replace('2024', '2020'),
      })),
    };
    const in2020 = rulesApplicableOn(catalogue, old, '2020-10-01');
    expect(in2020.applicable.some((e) => e.id.startsWith('skb2022'))).toBe(false);
    expect(in2020.applicable.some((e) => e.id.startsWith('pp94'))).toBe(false);
  });
});
