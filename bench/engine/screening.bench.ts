// Screening throughput vs a bare "JSON.parse + two Set.has" loop over the same NDJSON lines.
import { Screener } from '../../packages/engine/src/screening/screen-events.js';
import { parseEventLine } from '../../packages/engine/src/screening/validate-event.js';
import type { AsnLink } from '../../packages/engine/src/screening/types.js';
import { generateCandidates, generateEvents } from '../../packages/engine/src/synthetic/generate-election.js';
import { createHash } from 'node:crypto';
import {
  type BenchResult,
  type BenchSize,
  interleavedMedians,
  goal,
  isMain,
  report,
  sizeFromArgv,
} from './lib/common.js';

export function runScreeningBench(size: BenchSize): BenchResult {
  const n = size === 'full' ? 1_000_000 : 100_000;
  const asn = Array.from({ length: 5000 }, (_, i) => `asn-${i}`);
  const others = Array.from({ length: 50_000 }, (_, i) => `acc-${i}`);
  const candidates = generateCandidates(4, 3);
  const { events, planted } = generateEvents(n, asn, others, candidates, 4, 0.02);
  const lines = events.map((e) => JSON.stringify(e));
  const mb = lines.reduce((s, l) => s + l.length + 1, 0) / 1e6;
  const asnSet = new Set(asn);
  const candSet = new Set(candidates.flatMap((c) => c.accounts));
  let bareHits = 0;
  const bare = (): void => {
    bareHits = 0;
    for (const l of lines) {
      const e = JSON.parse(l) as { actorAccountId?: string; targetAccountId?: string };
      if (asnSet.has(e.actorAccountId ?? '') && candSet.has(e.targetAccountId ?? '')) bareHits++;
    }
  };
  const link: AsnLink = { nip: 'x', probability: 0.99, band: 'auto_flag', explanation: [] };
  const cfg = {
    asnLinks: new Map(asn.map((a) => [a, link])),
    candidateAccounts: new Map(
      candidates.flatMap((c) => c.accounts.map((a) => [a, c.candidateId] as [string, string])),
    ),
    candidateGroups: new Map(
      candidates.flatMap((c) => c.groups.map((g) => [g, c.candidateId] as [string, string])),
    ),
    candidatePosts: new Map(
      candidates.flatMap((c) => c.posts.map((p) => [p, c.candidateId] as [string, string])),
    ),
    candidateLexicon: candidates.map((c) => c.lexicon),
    stageAt: () => ({ stage: 'kampanye', isViolation: true }),
    hash: (s: string) => createHash('sha256').update(s).digest('hex'),
  };
  let leadEvents = new Set<string>();
  const ours = (): void => {
    const s = new Screener(cfg);
    leadEvents = new Set<string>();
    lines.forEach((l, i) => {
      for (const o of s.handle(parseEventLine(l), i + 1))
        if (o.kind === 'lead') leadEvents.add(o.lead.eventId);
    });
  };
  // Interleaved rounds, medians: the machine is shared and noisy.
  const [bareMs = 0, oursMs = 0] = interleavedMedians(size === 'full' ? 3 : 7, [bare, ours]);
  const recall = planted.filter((p) => leadEvents.has(p.eventId)).length / Math.max(1, planted.length);
  const ratio = bareMs / oursMs;
  const perCore = (n / oursMs) * 1000;
  return report({
    name: 'Screening (peer: bare JSON.parse + two Set.has)',
    size,
    dataSize: `${n.toLocaleString()} events, ${mb.toFixed(1)} MB NDJSON`,
    metrics: {
      bareMs,
      oursMs,
      bareEventsPerSec: (n / bareMs) * 1000,
      oursEventsPerSec: perCore,
      ratioOursOverBare: ratio,
      bareHits,
      plantedViolations: planted.length,
      leadEvents: leadEvents.size,
      plantedRecall: recall,
    },
    goals: [
      goal('throughput vs bare loop', ratio, '≥ 0.5×', ratio >= 0.5),
      goal('events/s on one core', perCore, '≥ 100,000', perCore >= 100_000),
      goal('planted violation recall', recall, '= 1.0', recall === 1),
    ],
  });
}

if (isMain(import.meta.url)) runScreeningBench(sizeFromArgv());
