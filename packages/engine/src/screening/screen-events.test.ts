import { describe, expect, it } from 'vitest';
import { screenEvents, screenNdjson } from './screen-events.js';
import { isoWithZone } from './validate-event.js';
import type { Lead, ScreeningConfig, ScreeningError, ScreeningOutput, ScreeningSummary } from './types.js';

const cfg: ScreeningConfig = {
  asnLinks: new Map([
    [
      'asn-1',
      {
        nip: '1985',
        probability: 0.98,
        band: 'auto_flag',
        explanation: [{ code: 'name.exact', id: 'nama sama persis', en: 'identical name' }],
      },
    ],
    ['asn-weak', { nip: '1990', probability: 0.2, band: 'ignore', explanation: [] }],
  ]),
  candidateAccounts: new Map([['cand-a', 'paslon-2']]),
  candidateGroups: new Map([['grp-1', 'paslon-2']]),
  candidatePosts: new Map([['post-9', 'paslon-2']]),
  candidateLexicon: [
    {
      candidateId: 'paslon-2',
      terms: ['Kasmarni', 'Bengkalis Bermarwah', '#KasmarniBagus'],
      ballotNumber: 2,
    },
  ],
  // Campaign period is 2024-09-25 .. 2024-11-23; a violation only inside it in this test.
  stageAt: (d) =>
    d >= new Date('2024-09-25T00:00:00+07:00') && d < new Date('2024-11-24T00:00:00+07:00')
      ? { stage: 'kampanye', isViolation: true }
      : { stage: 'pra-pencalonan', isViolation: false },
  hash: (s) => `h${s.length}`,
};

const ev = (o: Record<string, unknown>): Record<string, unknown> => ({
  occurredAt: '2024-10-01T09:00:00+07:00',
  platform: 'facebook',
  ...o,
});

async function collect(
  it: AsyncIterable<ScreeningOutput>,
): Promise<{ leads: Lead[]; errors: ScreeningError[]; summary?: ScreeningSummary }> {
  const leads: Lead[] = [];
  const errors: ScreeningError[] = [];
  let summary: ScreeningSummary | undefined;
  for await (const o of it) {
    if (o.kind === 'lead') leads.push(o.lead);
    else if (o.kind === 'error') errors.push(o.error);
    else summary = o.summary;
  }
  return summary ? { leads, errors, summary } : { leads, errors };
}

describe('screening rules', () => {
  it('flags an ASN-linked like of a candidate account, with catalogue id and identity', async () => {
    const { leads } = await collect(
      screenEvents(
        [
          ev({
            id: 'e1',
            type: 'like',
            actorAccountId: 'asn-1',
            targetAccountId: 'cand-a',
            url: 'https://fb/x',
          }),
        ],
        cfg,
      ),
    );
    expect(leads).toHaveLength(1);
    const l = leads[0]!;
    expect(l.ruleId).toBe('asn.interaction.candidate_account');
    expect(l.catalogueEntryId).toMatch(/^skb2022\.discipline\.\d+$/);
    expect(l.identity?.nip).toBe('1985');
    expect(l.evidence.contentHash).toBe('h12');
    expect(l.stageMakesViolation).toBe(true);
  });

  it('depends on the election stage of the event date', async () => {
    const { leads } = await collect(
      screenEvents(
        [
          ev({
            id: 'e2',
            type: 'like',
            actorAccountId: 'asn-1',
            targetAccountId: 'cand-a',
            occurredAt: '2024-08-01T09:00:00Z',
          }),
        ],
        cfg,
      ),
    );
    expect(leads[0]?.stageMakesViolation).toBe(false);
    expect(leads[0]?.stage).toBe('pra-pencalonan');
  });

  it('covers groups, posts and candidate mentions incl. ballot-number phrases', async () => {
    const { leads } = await collect(
      screenEvents(
        [
          ev({ id: 'g', type: 'join_group', actorAccountId: 'asn-1', groupId: 'grp-1' }),
          ev({ id: 'p', type: 'share', actorAccountId: 'asn-1', targetPostId: 'post-9' }),
          ev({
            id: 't',
            type: 'post',
            actorAccountId: 'asn-1',
            text: 'Ayo coblos no. 2, Bengkalis Bermarwah!',
          }),
          ev({ id: 'n', type: 'post', actorAccountId: 'asn-1', text: 'kali ini hujan, nomor 22 bus' }),
        ],
        cfg,
      ),
    );
    expect(leads.map((l) => l.ruleId)).toEqual([
      'asn.interaction.candidate_group',
      'asn.interaction.candidate_post',
      'asn.post.mentions_candidate',
    ]);
    expect(leads[2]?.evidence.matchedTerms).toContain('bengkalis bermarwah');
  });

  it('ignores non-ASN and weakly linked accounts for ASN rules, but flags vote buying from anyone', async () => {
    const { leads } = await collect(
      screenEvents(
        [
          ev({ id: 'a', type: 'like', actorAccountId: 'someone', targetAccountId: 'cand-a' }),
          ev({ id: 'b', type: 'like', actorAccountId: 'asn-weak', targetAccountId: 'cand-a' }),
          ev({ id: 'c', type: 'post', actorAccountId: 'someone', text: 'Siap serangan fajar malam ini' }),
          ev({ id: 'd', type: 'comment', actorAccountId: 'someone', text: 'dasar antek asing' }),
        ],
        cfg,
      ),
    );
    expect(leads.map((l) => l.ruleId)).toEqual(['any.post.vote_buying', 'any.post.hate_hoax']);
    expect(leads[0]?.identity).toBeNull();
  });

  it('is idempotent on event id', async () => {
    const e = ev({ id: 'dup', type: 'like', actorAccountId: 'asn-1', targetAccountId: 'cand-a' });
    const { leads, summary } = await collect(screenEvents([e, e, e], cfg));
    expect(leads).toHaveLength(1);
    expect(summary?.duplicates).toBe(2);
  });
});

describe('malformed input', () => {
  it('reports bad lines with line numbers and reasons, and keeps going', async () => {
    const lines = [
      '{not json',
      JSON.stringify(ev({ type: 'like', actorAccountId: 'asn-1' })),
      JSON.stringify(ev({ id: 'x1', type: 'poke', actorAccountId: 'asn-1' })),
      JSON.stringify(
        ev({ id: 'x2', type: 'like', actorAccountId: 'asn-1', occurredAt: '2024-10-01T09:00:00' }),
      ),
      JSON.stringify(ev({ id: 'x3', type: 'post', actorAccountId: 'asn-1', text: 'a'.repeat(50_000) })),
      '',
      '[1,2]',
      JSON.stringify(ev({ id: 'ok', type: 'like', actorAccountId: 'asn-1', targetAccountId: 'cand-a' })),
    ];
    const { leads, errors, summary } = await collect(screenNdjson(lines, cfg));
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [1, 'invalid JSON'],
      [2, 'missing id'],
      [3, 'unknown event type "poke"'],
      [4, 'timestamp without time zone'],
      [5, 'text longer than 20000 characters'],
      [7, 'not a JSON object'],
    ]);
    expect(leads).toHaveLength(1);
    expect(summary).toMatchObject({ errors: 6, leads: 1 });
  });
});

describe('isoWithZone', () => {
  it('accepts exactly what the ISO 8601 with-zone pattern accepts', () => {
    const re = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
    const cases = [
      '2024-11-19T03:02:10.000Z',
      '2024-11-19T03:02Z',
      '2024-11-19T03:02:10+07:00',
      '2024-11-19T03:02:10+0700',
      '2024-11-19T03:02:10.123456789-05:30',
      '2024-11-19T03:02:10.1234567890Z',
      '2024-11-19T03:02:10',
      '2024-11-19 03:02:10Z',
      '2024-11-19T03:02:10.Z',
      '2024-11-19T03:02:10+07',
      '2024-11-19T03:02:10+07:0',
      'x024-11-19T03:02:10Z',
      '',
      'Z',
      '2024-11-19T03:02:10ZZ',
      '2024-11-19T03:02:1Z',
      '2024-11-19T03:02+07:00',
    ];
    for (const c of cases) expect(isoWithZone(c), c).toBe(re.test(c));
  });
});
