// `npm run bench [-- --size small|full]`: every benchmark, each printing ours, the peer and the ratio.
// The small size is the CI smoke run; the full size is run by hand and recorded in docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { runEngineBenchmarks } from './engine/index';
import { sizeFromArgv } from './engine/lib/common';

const size = sizeFromArgv();
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const rules = spawnSync(process.execPath, [tsx, 'bench/rules/conduct-matcher.bench.ts'], {
  stdio: 'inherit',
});
if (rules.status !== 0) process.exitCode = 1;
await runEngineBenchmarks(size);
// Monitoring ingestion (batch API and JetStream vs bare screening): needs PostgreSQL, NATS optional.
await import('./monitoring/ingest.bench').then((m) => m.runIngestBench(size));
