// Generic key blocking: each record emits any number of string keys; two records are a
// candidate pair when they share at least one key. Keys whose block is larger than
// `maxBlockSize` are skipped because they would add many pairs and little recall
// (the usual cause is an empty or very common value).

export interface BlockingOptions {
  maxBlockSize?: number;
}

export interface BlockingResult {
  /** Pairs as (left index, right index), flattened. */
  pairs: Uint32Array;
  count: number;
  skippedKeys: number;
}

function indexKeys(keys: ReadonlyArray<readonly string[]>): Map<string, number[]> {
  const idx = new Map<string, number[]>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = idx.get(k);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else idx.set(k, [i]);
    }
  });
  return idx;
}

/** Link blocking between two sets (left × right), deduplicated across keys. */
export function blockLink(
  left: ReadonlyArray<readonly string[]>,
  right: ReadonlyArray<readonly string[]>,
  opts: BlockingOptions = {},
): BlockingResult {
  const max = opts.maxBlockSize ?? 1000;
  const idx = indexKeys(right);
  let skipped = 0;
  const out: number[] = [];
  const seen = new Int32Array(right.length).fill(-1);
  left.forEach((ks, i) => {
    for (const k of ks) {
      const list = idx.get(k);
      if (!list) continue;
      if (list.length > max) {
        skipped++;
        continue;
      }
      for (const j of list) {
        if (seen[j] === i) continue;
        seen[j] = i;
        out.push(i, j);
      }
    }
  });
  return { pairs: Uint32Array.from(out), count: out.length / 2, skippedKeys: skipped };
}

/** Deduplication blocking within one set: unordered pairs i < j. */
export function blockDedupe(
  records: ReadonlyArray<readonly string[]>,
  opts: BlockingOptions = {},
): BlockingResult {
  const max = opts.maxBlockSize ?? 1000;
  const idx = indexKeys(records);
  let skipped = 0;
  const out: number[] = [];
  const seen = new Int32Array(records.length).fill(-1);
  records.forEach((ks, i) => {
    for (const k of ks) {
      const list = idx.get(k);
      if (!list || list.length < 2) continue;
      if (list.length > max) {
        skipped++;
        continue;
      }
      for (const j of list) {
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        out.push(i, j);
      }
    }
  });
  return { pairs: Uint32Array.from(out), count: out.length / 2, skippedKeys: skipped };
}

/** Share of true pairs that blocking kept. `isTrue(i, j)` and `totalTrue` describe the truth. */
export function pairsCompleteness(
  result: BlockingResult,
  isTrue: (i: number, j: number) => boolean,
  totalTrue: number,
): number {
  let found = 0;
  for (let p = 0; p < result.count; p++)
    if (isTrue(result.pairs[2 * p] ?? 0, result.pairs[2 * p + 1] ?? 0)) found++;
  return totalTrue === 0 ? 1 : found / totalTrue;
}
