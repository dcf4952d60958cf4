// Shared helpers for the engine benchmarks: machine description, timing, size flag, FEBRL paths.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type BenchSize = 'small' | 'full';

export interface BenchResult {
  name: string;
  size: BenchSize;
  dataSize: string;
  metrics: Record<string, number | string | boolean>;
  goals: Array<{ goal: string; value: number; target: string; met: boolean }>;
  skipped?: string;
}

export function machine(): string {
  const cpus = os.cpus();
  const gib = (os.totalmem() / 2 ** 30).toFixed(1);
  return `${cpus.length} cores (${cpus[0]?.model ?? 'unknown'}), ${gib} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function sizeFromArgv(argv: readonly string[] = process.argv): BenchSize {
  const i = argv.indexOf('--size');
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--size='))?.slice(7);
  return v === 'full' ? 'full' : 'small';
}

export function febrlDir(): string | null {
  const dir = path.resolve(process.cwd(), '../shared/data/febrl');
  return existsSync(path.join(dir, 'dataset4a.csv')) ? dir : null;
}

export function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/** Best of n runs, after one warm-up: the figure least disturbed by other work on a shared box. */
export function bestOf(n: number, fn: () => void): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Interleaved timing of several contenders: one warm-up each, then `rounds` rounds in which each
 * runs once, in rotating order; returns each contender's median. On a shared, noisy machine this
 * keeps a burst of outside load from landing on one contender only.
 */
export function interleavedMedians(rounds: number, fns: ReadonlyArray<() => void>): number[] {
  for (const f of fns) f();
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < fns.length; k++) {
      const i = (k + r) % fns.length;
      const t0 = performance.now();
      fns[i]?.();
      times[i]?.push(performance.now() - t0);
    }
  }
  return times.map((t) => {
    const s = [...t].sort((a, b) => a - b);
    return s.length % 2 === 1
      ? (s[(s.length - 1) / 2] ?? 0)
      : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
  });
}

export function goal(
  goalName: string,
  value: number,
  target: string,
  met: boolean,
): BenchResult['goals'][number] {
  return { goal: goalName, value: Number(value.toFixed(4)), target, met };
}

export function report(r: BenchResult): BenchResult {
  console.log(`\n== ${r.name} [${r.size}] — data: ${r.dataSize}`);
  console.log(`   machine: ${machine()}`);
  if (r.skipped) {
    console.log(`   SKIPPED: ${r.skipped}`);
    return r;
  }
  for (const [k, v] of Object.entries(r.metrics))
    console.log(`   ${k}: ${typeof v === 'number' ? Number(v.toFixed(4)) : v}`);
  for (const g of r.goals)
    console.log(`   ${g.met ? 'MET ' : 'MISS'} ${g.goal}: ${g.value} (goal ${g.target})`);
  return r;
}

export function isMain(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === new URL(importMetaUrl).pathname;
}

export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
