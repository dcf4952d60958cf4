import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type CheckBody = {
  stage: { explanation: { id: string } };
  matches: {
    entry: { id: string; legalBasis: { instrument: string }[]; sanctions: { summary: { id: string } }[] };
    appliesOnDate: boolean;
  }[];
  suggestions: { id: string }[];
};

describe('rules API (public, no account)', () => {
  it('finds the SKB social-media entry for liking a candidate’s post, with basis and sanction', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/public/rules/check?q=${encodeURIComponent('saya nge-like postingan calon bupati di facebook')}&date=2024-10-10`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<CheckBody>();
    const ids = body.matches.map((m) => m.entry.id);
    expect(ids.slice(0, 2)).toEqual(expect.arrayContaining(['skb2022.discipline.6']));
    const entry = body.matches.find((m) => m.entry.id === 'skb2022.discipline.6')!;
    expect(entry.entry.legalBasis.map((b) => b.instrument)).toContain('SKB 2022');
    expect(entry.entry.sanctions[0]!.summary.id).toMatch(/disiplin/i);
    expect(entry.appliesOnDate).toBe(true);
    expect(body.stage.explanation.id).toMatch(/kampanye/i);
  });

  it('answers nonsense honestly: no rule, only suggestions', async () => {
    for (const q of ['', 'asdf qwerty zxcv', 'resep rendang padang enak']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/public/rules/check?q=${encodeURIComponent(q)}`,
      });
      const body = response.json<CheckBody>();
      expect(body.matches).toEqual([]);
      expect(body.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('serves each entry at a stable URL, and a specific 404 for an unknown one', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/api/public/rules/skb2022.ethics.4' });
    expect(ok.json<{ id: string }>().id).toBe('skb2022.ethics.4');
    const missing = await t.app.inject({ method: 'GET', url: '/api/public/rules/skb2022.ethics.99' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe('rules.entry_not_found');
  });

  it('computes deadlines and refuses bad requests with specific errors', async () => {
    const ok = await t.app.inject({
      method: 'GET',
      url: '/api/public/deadline?start=2024-11-01T10:00:00%2B07:00&length=7&unit=calendar_days&timeZone=Asia/Jakarta',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ deadlineLocal: string }>().deadlineLocal).toBe('2024-11-08T23:59:59.999+07:00');
    const zone = await t.app.inject({
      method: 'GET',
      url: '/api/public/deadline?start=2024-11-01T10:00:00Z&length=7&unit=calendar_days&timeZone=Europe/Paris',
    });
    expect(zone.statusCode).toBe(400);
    expect(zone.json<{ error: { details: { code: string } } }>().error.details.code).toBe(
      'clock.unknown_time_zone',
    );
    const negative = await t.app.inject({
      method: 'GET',
      url: '/api/public/deadline?start=2024-11-01T10:00:00Z&length=-2&unit=working_days',
    });
    expect(negative.json<{ error: { details: { code: string } } }>().error.details.code).toBe(
      'clock.negative_length',
    );
  });
});
