import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGenerateCommand, runLinkCommand, runScreenCommand } from './index.js';

// generate → link → screen over real files, with malformed lines planted in every input: each
// is reported with its file, line and reason, and the good lines still go through.
let dir = '';
const file = (name: string): string => path.join(dir, name);
const lineCount = (name: string): number => readFileSync(file(name), 'utf8').trimEnd().split('\n').length;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'netra-engine-cli-'));
  await runGenerateCommand({
    outDir: dir,
    registry: 300,
    accounts: 300,
    events: 3000,
    candidatePairs: 2,
    seed: 7,
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `netra engine screen` over the generated files; tests change one input at a time. */
const screen = (inputs: { candidates?: string; stages?: string; out: string }) =>
  runScreenCommand({
    events: file('events.ndjson'),
    links: file('links.ndjson'),
    candidates: file(inputs.candidates ?? 'candidates.json'),
    ...(inputs.stages ? { stages: file(inputs.stages) } : {}),
    out: file(inputs.out),
  });

/** An event line for the engine's NDJSON format; bad ones are made by overriding a field. */
const eventLine = (fields: Record<string, string>): string =>
  JSON.stringify({
    platform: 'x',
    actorAccountId: 'acc-0',
    occurredAt: '2024-10-01T09:00:00+07:00',
    ...fields,
  });

describe('netra engine link', () => {
  it('links every good account and reports each bad line with its number and reason', async () => {
    const goodAccounts = lineCount('accounts.csv') - 1;
    const first = lineCount('accounts.csv') + 1;
    appendFileSync(
      file('accounts.csv'),
      [
        'acc-x1,"Budi Santoso,budi,,',
        'acc-x2,Budi,budi',
        ',Tanpa Id,tanpa,,',
        `acc-x3,${'A'.repeat(2500)},panjang,,`,
        'acc-x4,Ÿø̈ 🦄 名前,,,',
      ].join('\n') + '\n',
    );
    const summary = await runLinkCommand({
      registry: file('registry.csv'),
      accounts: file('accounts.csv'),
      out: file('links.ndjson'),
    });
    const accounts = file('accounts.csv');
    expect(summary.errors).toEqual([
      { file: accounts, line: first, reason: 'unbalanced quotes' },
      { file: accounts, line: first + 1, reason: 'expected 5 fields, found 3' },
      { file: accounts, line: first + 2, reason: 'missing id' },
      { file: accounts, line: first + 3, reason: 'field displayName is longer than 2000 characters' },
    ]);
    expect(summary.errorCount).toBe(4);
    // The account in other scripts and emoji is linked (to nobody), never thrown on.
    expect(summary.accounts).toBe(goodAccounts + 1);
    expect(summary.registry).toBe(300);
    expect(summary.bands.auto_flag + summary.bands.review + summary.bands.ignore).toBe(goodAccounts + 1);
    expect(summary.bands.auto_flag).toBeGreaterThan(0);
    expect(lineCount('links.ndjson')).toBe(goodAccounts + 1);
  });
});

describe('netra engine screen', () => {
  it('screens the events with the links, reporting bad link lines and bad events by line', async () => {
    const firstLink = lineCount('links.ndjson') + 1;
    appendFileSync(
      file('links.ndjson'),
      ['{not json', '{"band":"review"}', '{"accountId":"acc-0","band":"maybe"}'].join('\n') + '\n',
    );
    const firstEvent = lineCount('events.ndjson') + 1;
    appendFileSync(
      file('events.ndjson'),
      [
        'not json',
        eventLine({ id: 'bad-1', type: 'poke' }),
        eventLine({ id: 'bad-2', type: 'like', occurredAt: '2024-10-01T09:00:00' }),
      ].join('\n') + '\n',
    );
    writeFileSync(
      file('stages.json'),
      JSON.stringify([
        {
          stage: 'kampanye',
          from: '2024-09-25T00:00:00+07:00',
          to: '2024-11-24T00:00:00+07:00',
          isViolation: true,
        },
      ]),
    );
    const summary = await screen({ stages: 'stages.json', out: 'leads.ndjson' });
    const links = file('links.ndjson');
    expect(summary.inputErrors).toEqual([
      { file: links, line: firstLink, reason: 'invalid JSON' },
      { file: links, line: firstLink + 1, reason: 'missing accountId' },
      { file: links, line: firstLink + 2, reason: 'band must be auto_flag, review or ignore' },
    ]);
    expect(summary.firstErrors.map((e) => [e.line, e.reason])).toEqual([
      [firstEvent, 'invalid JSON'],
      [firstEvent + 1, 'unknown event type "poke"'],
      [firstEvent + 2, 'timestamp without time zone'],
    ]);
    expect(summary.errors).toBe(3);
    expect(summary.events).toBe(3000);
    expect(summary.leads).toBeGreaterThan(0);
    const leads = readFileSync(file('leads.ndjson'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string });
    expect(leads.filter((l) => l.kind === 'lead')).toHaveLength(summary.leads);
  });

  it('refuses a stages file whose dates have no time zone, naming the file and the entry', async () => {
    writeFileSync(
      file('stages-bad.json'),
      JSON.stringify([{ stage: 'kampanye', from: '2024-09-25', to: '2024-11-24', isViolation: true }]),
    );
    await expect(screen({ stages: 'stages-bad.json', out: 'leads-2.ndjson' })).rejects.toThrow(
      /stages-bad\.json: entri 1 memerlukan .* \/ entry 1 needs stage, from and to with a time zone/,
    );
  });

  it('names a missing input file instead of failing with a stack trace', async () => {
    await expect(screen({ candidates: 'tidak-ada.json', out: 'leads-3.ndjson' })).rejects.toThrow(
      /tidak-ada\.json: berkas tidak dapat dibaca \(ENOENT\) \/ cannot read the file/,
    );
  });
});
