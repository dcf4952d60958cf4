// One-to-one assignment: greedy by descending score. On record-linkage score matrices (sparse,
// one dominant partner per record) greedy agrees with the optimal assignment almost always and
// runs in O(P log P) instead of the Hungarian method's cubic time.

export interface ScoredPair {
  left: number;
  right: number;
  score: number;
}

export function assignOneToOne<T extends ScoredPair>(pairs: readonly T[], minScore = -Infinity): T[] {
  const sorted = pairs.filter((p) => p.score >= minScore).sort((a, b) => b.score - a.score);
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const out: T[] = [];
  for (const p of sorted) {
    if (usedL.has(p.left) || usedR.has(p.right)) continue;
    usedL.add(p.left);
    usedR.add(p.right);
    out.push(p);
  }
  return out;
}

/** Connected components of accepted pairs (for deduplication), via union–find. */
export function clusterPairs(n: number, pairs: ReadonlyArray<readonly [number, number]>): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while ((parent[r] ?? r) !== r) r = parent[r] ?? r;
    let c = x;
    while ((parent[c] ?? c) !== r) {
      const next = parent[c] ?? c;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  }
  for (let i = 0; i < n; i++) parent[i] = find(i);
  return parent;
}
