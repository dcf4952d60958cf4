// Accuracy report for the conduct matcher on the labelled descriptions in
// packages/rules/src/data/conduct-cases.ts. Run: npx tsx bench/rules/conduct-matcher.bench.ts
// A case counts as a top-k hit when any accepted entry is among the first k results; a negative
// case (no accepted entry) is a hit only when the matcher returns nothing.
import os from 'node:os';
import { CONDUCT_CASES, CONDUCT_CASES_HOLDOUT } from '../../packages/rules/src/data/conduct-cases.js';
import type { ConductCase } from '../../packages/rules/src/data/conduct-cases.js';
import { loadCatalogue } from '../../packages/rules/src/catalogue/load.js';
import { matchConduct } from '../../packages/rules/src/matcher/match.js';

export interface ConductMatcherMiss {
  readonly text: string;
  readonly expected: readonly string[];
  readonly got: readonly string[];
  readonly style: string;
}

export interface ConductMatcherBench {
  readonly total: number;
  readonly top1: number;
  readonly top3: number;
  readonly misses: readonly ConductMatcherMiss[];
  readonly byStyle: Readonly<Record<string, { total: number; top3: number }>>;
  readonly msPerQuery: number;
}

/** Runs the labelled set (default) or another set, e.g. the held-out descriptions. */
export function runConductMatcherBench(cases: readonly ConductCase[] = CONDUCT_CASES): ConductMatcherBench {
  const catalogue = loadCatalogue();
  let hit1 = 0;
  let hit3 = 0;
  const misses: ConductMatcherMiss[] = [];
  const byStyle: Record<string, { total: number; top3: number }> = {};
  const started = performance.now();
  for (const c of cases) {
    const got = matchConduct(c.text, catalogue, { limit: 3 }).matches.map((m) => m.entry.id);
    const negative = c.expected.length === 0;
    const ok1 = negative ? got.length === 0 : c.expected.includes(got[0] ?? '');
    const ok3 = negative ? got.length === 0 : got.some((id) => c.expected.includes(id));
    const style = (byStyle[c.style] ??= { total: 0, top3: 0 });
    style.total += 1;
    if (ok1) hit1 += 1;
    if (ok3) {
      hit3 += 1;
      style.top3 += 1;
    } else {
      misses.push({ text: c.text, expected: c.expected, got, style: c.style });
    }
  }
  const elapsed = performance.now() - started;
  const total = cases.length;
  return { total, top1: hit1 / total, top3: hit3 / total, misses, byStyle, msPerQuery: elapsed / total };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function report(label: string, r: ConductMatcherBench): void {
  console.log(`${label}: ${r.total} labelled descriptions`);
  console.log(
    `top-1 accuracy: ${pct(r.top1)}   top-3 accuracy: ${pct(r.top3)}   (${r.msPerQuery.toFixed(2)} ms/query incl. index build)`,
  );
  for (const [style, s] of Object.entries(r.byStyle))
    console.log(`  ${style.padEnd(10)} top-3 ${pct(s.top3 / s.total)} of ${s.total}`);
  console.log(`misses (${r.misses.length}):`);
  for (const m of r.misses)
    console.log(
      `  [${m.style}] "${m.text}"\n      expected one of ${m.expected.join(', ') || '(none)'}\n      got ${m.got.join(', ') || '(none)'}`,
    );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(
    `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
  );
  report('conduct matcher, labelled set', runConductMatcherBench());
  report('conduct matcher, held-out set (never tuned on)', runConductMatcherBench(CONDUCT_CASES_HOLDOUT));
}
