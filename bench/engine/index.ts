// Runs every engine benchmark at one size; `npx tsx bench/engine/index.ts --size full`.
import { runDuckdbPipelineBench } from './duckdb-pipeline.bench.js';
import { runFebrlBench } from './febrl.bench.js';
import { runJaroWinklerBench } from './jaro-winkler.bench.js';
import { type BenchResult, type BenchSize, isMain, machine, sizeFromArgv } from './lib/common.js';
import { runRiauScaleBench } from './riau-scale.bench.js';
import { runScreeningBench } from './screening.bench.js';
import { runSyntheticLinkageBench } from './synthetic-linkage.bench.js';
import { runTextScanBench } from './text-scan.bench.js';

export async function runEngineBenchmarks(size: BenchSize): Promise<BenchResult[]> {
  console.log(`engine benchmarks, size ${size}, ${new Date().toISOString()}, ${machine()}`);
  const out: BenchResult[] = [];
  out.push(runJaroWinklerBench(size));
  out.push(runTextScanBench(size));
  out.push(runScreeningBench(size));
  out.push(...runFebrlBench(size));
  out.push(await runDuckdbPipelineBench(size));
  out.push(runSyntheticLinkageBench(size));
  out.push(await runRiauScaleBench(size));
  const missed = out.flatMap((r) => r.goals.filter((g) => !g.met).map((g) => `${r.name}: ${g.goal}`));
  console.log(
    `\n${out.reduce((s, r) => s + r.goals.length, 0) - missed.length} goals met, ${missed.length} missed`,
  );
  for (const m of missed) console.log(`  missed: ${m}`);
  return out;
}

if (isMain(import.meta.url)) void runEngineBenchmarks(sizeFromArgv());
