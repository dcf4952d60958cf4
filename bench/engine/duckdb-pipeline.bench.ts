// Scored-pair throughput: our blocking + comparison on FEBRL4 vs the same blocking rules and
// comparison levels written in DuckDB SQL (@duckdb/node-api), in the same process, one thread each.
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { blockLink } from '../../packages/engine/src/linkage/blocking.js';
import {
  type BenchResult,
  type BenchSize,
  febrlDir,
  goal,
  isMain,
  report,
  sizeFromArgv,
  time,
  timeAsync,
} from './lib/common.js';
import { FEBRL_FIELDS, compareFebrl, febrlKeys, loadFebrl } from './lib/febrl.js';

const COLS = [
  'rec_id',
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
];

function lev(col: string, hi: number, lo: number): string {
  return `CASE WHEN l.${col} = '' OR r.${col} = '' THEN NULL WHEN l.${col} = r.${col} THEN 3 WHEN jaro_winkler_similarity(l.${col}, r.${col}) >= ${hi} THEN 2 WHEN jaro_winkler_similarity(l.${col}, r.${col}) >= ${lo} THEN 1 ELSE 0 END`;
}

export async function runDuckdbPipelineBench(size: BenchSize): Promise<BenchResult> {
  const dir = febrlDir();
  if (!dir)
    return report({
      name: 'DuckDB pipeline',
      size,
      dataSize: '-',
      metrics: {},
      goals: [],
      skipped: 'FEBRL folder ../shared/data/febrl/ not found',
    });
  const a = loadFebrl(dir, 'dataset4a.csv');
  const b = loadFebrl(dir, 'dataset4b.csv');
  const reps = size === 'full' ? 5 : 2;
  let pairs = 0;
  const runOurs = (): void => {
    const blocked = blockLink(
      a.map((r) => febrlKeys(r, false)),
      b.map((r) => febrlKeys(r, true)),
      { maxBlockSize: 200 },
    );
    const v = new Uint8Array(blocked.count * FEBRL_FIELDS.length);
    for (let p = 0; p < blocked.count; p++)
      compareFebrl(a[blocked.pairs[2 * p]!]!, b[blocked.pairs[2 * p + 1]!]!, v, p * FEBRL_FIELDS.length);
    pairs = blocked.count;
  };
  // Both sides get one untimed warm-up run (JIT for ours, caches and plans for DuckDB).
  runOurs();
  const ours = time(() => {
    for (let k = 0; k < reps; k++) runOurs();
  });
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  for (const [t, f] of [
    ['a', 'dataset4a.csv'],
    ['b', 'dataset4b.csv'],
  ] as const) {
    const sel = COLS.map((c) => `coalesce(trim(${c}), '') AS ${c}`).join(', ');
    await con.run(
      `CREATE TABLE ${t} AS SELECT ${sel} FROM read_csv('${path.join(dir, f)}', header=true, all_varchar=true)`,
    );
  }
  const rules = [
    'l.given_name = r.given_name AND l.surname = r.surname',
    'l.given_name = r.surname AND l.surname = r.given_name',
    'l.date_of_birth = r.date_of_birth',
    'l.soc_sec_id = r.soc_sec_id',
    'l.state = r.state AND l.address_1 = r.address_1',
    'l.street_number = r.street_number AND l.address_1 = r.address_1',
    'l.postcode = r.postcode',
  ];
  const blocking = rules
    .map(
      (r) =>
        `SELECT l.rec_id AS lid, r.rec_id AS rid FROM a l JOIN b r ON ${r} AND l.${r.split(' ')[0]!.slice(2)} <> ''`,
    )
    .join(' UNION ');
  const sql = `CREATE OR REPLACE TABLE scored AS SELECT ${lev('given_name', 0.92, 0.8)} AS g, ${lev('surname', 0.92, 0.8)} AS s,
    ${lev('address_1', 0.9, 0.7)} AS a1, ${lev('address_2', 0.85, 0.0)} AS a2, ${lev('suburb', 0.85, 0.0)} AS sub,
    (l.street_number = r.street_number) AS sn, (l.postcode = r.postcode) AS pc, (l.state = r.state) AS st,
    (l.date_of_birth = r.date_of_birth) AS dob, (l.soc_sec_id = r.soc_sec_id) AS ssid
    FROM (${blocking}) p JOIN a l ON l.rec_id = p.lid JOIN b r ON r.rec_id = p.rid`;
  // Ours runs on one thread, so the goal compares with DuckDB on one thread too (the anchor,
  // Splink on DuckDB, is quoted per vCPU); DuckDB on every core is printed beside it.
  const timeDuck = async (threads: number): Promise<number> => {
    await con.run(`SET threads = ${threads}`);
    await con.run(sql);
    const t = await timeAsync(async () => {
      for (let k = 0; k < reps; k++) await con.run(sql);
    });
    return t.ms;
  };
  const duckAllCores = os.availableParallelism();
  const duckAllMs = await timeDuck(duckAllCores);
  const duckMs = await timeDuck(1);
  const countReader = await con.runAndReadAll('SELECT count(*) FROM scored');
  const duckPairs = Number(countReader.getRows()[0]?.[0] ?? 0);
  const oursRate = (pairs * reps) / (ours.ms / 1000);
  const duckRate = (duckPairs * reps) / (duckMs / 1000);
  const duckAllRate = (duckPairs * reps) / (duckAllMs / 1000);
  con.closeSync();
  return report({
    name: 'Blocking + comparison pipeline (peer: DuckDB SQL, same rules and levels)',
    size,
    dataSize: `FEBRL4 5,000 × 5,000, ${reps} repetitions`,
    metrics: {
      oursPairs: pairs,
      duckdbPairs: duckPairs,
      oursMs: ours.ms,
      duckdbMs1Thread: duckMs,
      [`duckdbMs${duckAllCores}Threads`]: duckAllMs,
      oursPairsPerSec: oursRate,
      duckdbPairsPerSec1Thread: duckRate,
      [`duckdbPairsPerSec${duckAllCores}Threads`]: duckAllRate,
      ratioOursOverDuckdb: oursRate / duckRate,
      ratioOursOverDuckdbAllCores: oursRate / duckAllRate,
    },
    goals: [
      goal(
        'scored-pair throughput vs DuckDB (1 thread each)',
        oursRate / duckRate,
        '≥ 0.5×',
        oursRate / duckRate >= 0.5,
      ),
    ],
  });
}

if (isMain(import.meta.url)) void runDuckdbPipelineBench(sizeFromArgv());
