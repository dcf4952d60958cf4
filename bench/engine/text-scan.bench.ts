// Text scanning: our whole-word folded Aho-Corasick vs a single RegExp alternation and the
// Aho-Corasick packages on npm, same patterns and corpus. Peers get pre-lower-cased text and
// patterns (they do no folding), which favours them.
import { createRequire } from 'node:module';
import { TextScanner } from '../../packages/engine/src/text/text-scanner.js';
import { ballotNumberPhrases } from '../../packages/engine/src/text/number-phrases.js';
import { generateCandidates } from '../../packages/engine/src/synthetic/generate-election.js';
import { createRng } from '../../packages/engine/src/synthetic/rng.js';
import {
  type BenchResult,
  type BenchSize,
  bestOf,
  goal,
  isMain,
  report,
  sizeFromArgv,
  time,
} from './lib/common.js';

const require = createRequire(import.meta.url);

export function buildPatterns(pairs: number): string[] {
  const set = new Set<string>();
  for (const c of generateCandidates(pairs, 21)) for (const t of c.lexicon.terms) set.add(t.toLowerCase());
  for (let i = 1; i <= 12; i++) for (const p of ballotNumberPhrases(i)) set.add(p);
  return [...set];
}

export function buildCorpus(bytes: number, patterns: readonly string[]): { text: string; planted: number } {
  const rng = createRng(9);
  const filler = [
    'ayo',
    'kita',
    'ke',
    'pasar',
    'hari',
    'ini',
    'kali',
    'cuaca',
    'cerah',
    'di',
    'bengkalis',
    'duri',
    'mantap',
    'semoga',
    'sehat',
    'selalu',
    'warga',
    'jalan',
    'rusak',
    'tolong',
    'diperbaiki',
  ];
  const parts: string[] = [];
  let len = 0;
  let planted = 0;
  while (len < bytes) {
    const w = rng.chance(0.01) ? (planted++, rng.pick(patterns)) : rng.pick(filler);
    parts.push(w);
    len += w.length + 1;
  }
  return { text: parts.join(' '), planted };
}

export function runTextScanBench(size: BenchSize): BenchResult {
  const patterns = buildPatterns(size === 'full' ? 3000 : 600);
  const { text, planted } = buildCorpus(size === 'full' ? 20_000_000 : 2_000_000, patterns);
  const mb = text.length / 1e6;
  const build = time(() => new TextScanner(patterns.map((p) => ({ pattern: p, value: 0 }))));
  const ours = build.value;
  let found = 0;
  const oursMs = bestOf(3, () => {
    found = ours.count(text);
  });
  const metrics: Record<string, number | string> = {
    patterns: patterns.length,
    states: ours.stateCount,
    corpusMB: mb,
    plantedMentions: planted,
    oursFound: found,
    buildMs: build.ms,
    oursMBps: mb / (oursMs / 1000),
  };

  // RegExp alternation, case-insensitive like ours ('i'), is far slower: measure it on a slice
  // and compare rates.
  const esc = patterns
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((x, y) => y.length - x.length);
  const re = new RegExp(`\\b(?:${esc.join('|')})\\b`, 'gi');
  const slice = text.slice(0, size === 'full' ? 200_000 : 50_000);
  const reMs = bestOf(1, () => {
    re.lastIndex = 0;
    let c = 0;
    while (re.exec(slice)) c++;
    metrics.regexFoundInSlice = c;
  });
  const reMBps = slice.length / 1e6 / (reMs / 1000);
  metrics.regexMBps = reMBps;
  metrics.ratioOverRegex = (metrics.oursMBps as number) / reMBps;

  const peers: Record<string, () => number> = {};
  try {
    const mod = require('modern-ahocorasick') as { default?: unknown; AhoCorasick?: unknown };
    const AhoCorasick = (typeof mod === 'function' ? mod : (mod.AhoCorasick ?? mod.default)) as new (
      p: string[],
    ) => { search(t: string): unknown[] };
    const m = new AhoCorasick(patterns);
    peers['modern-ahocorasick'] = () => m.search(text).length;
  } catch (e) {
    metrics['modern-ahocorasick'] = `unavailable: ${(e as Error).message.slice(0, 60)}`;
  }
  try {
    const { AhoCorasick } = require('@monyone/aho-corasick') as {
      AhoCorasick: new (p: string[]) => { matchInText(t: string): unknown[] };
    };
    const m = new AhoCorasick(patterns);
    peers['@monyone/aho-corasick'] = () => m.matchInText(text).length;
  } catch (e) {
    metrics['@monyone/aho-corasick'] = `unavailable: ${(e as Error).message.slice(0, 60)}`;
  }
  try {
    const AC = require('ahocorasick') as new (p: string[]) => { search(t: string): unknown[] };
    const m = new AC(patterns);
    peers.ahocorasick = () => m.search(text).length;
  } catch (e) {
    metrics.ahocorasick = `unavailable: ${(e as Error).message.slice(0, 60)}`;
  }
  let bestPeer = 0;
  for (const [name, fn] of Object.entries(peers)) {
    const ms = bestOf(2, () => void fn());
    const rate = mb / (ms / 1000);
    metrics[`${name} MBps`] = rate;
    bestPeer = Math.max(bestPeer, rate);
  }
  const vsPeer = (metrics.oursMBps as number) / bestPeer;
  metrics.ratioOverBestAhoCorasick = vsPeer;
  return report({
    name: 'Text scanning (peers: RegExp alternation, npm Aho-Corasick packages)',
    size,
    dataSize: `${patterns.length} patterns, ${mb.toFixed(1)} MB corpus`,
    metrics,
    goals: [
      goal(
        'recall on planted mentions',
        found / planted,
        '= 1.0 (≥; nested/overlapping matches count extra)',
        found >= planted,
      ),
      goal('× RegExp alternation', metrics.ratioOverRegex, '≥ 100×', metrics.ratioOverRegex >= 100),
      goal('× best Aho-Corasick package', vsPeer, '≥ 1.0×', vsPeer >= 1),
      goal('MB/s (single core)', metrics.oursMBps as number, '≥ 50', (metrics.oursMBps as number) >= 50),
    ],
  });
}

if (isMain(import.meta.url)) runTextScanBench(sizeFromArgv());
