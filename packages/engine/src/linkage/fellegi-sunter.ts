// Fellegi–Sunter with unsupervised estimation. Comparison vectors are small integers per field
// (0 = disagree … levels-1 = best agreement, 255 = missing, which contributes no evidence).
// EM runs on the distinct vector patterns with their counts, so millions of pairs cost only as
// much as the few thousand patterns they collapse to.

export const MISSING = 255;

export interface FsModel {
  fields: string[];
  levels: number[];
  /** Prior probability that a compared pair is a match. */
  lambda: number;
  m: number[][];
  u: number[][];
  iterations: number;
}

export interface EmOptions {
  /** u estimated elsewhere (random pairs); held fixed during EM, as Splink does. */
  fixedU?: number[][];
  lambda0?: number;
  maxIterations?: number;
  tolerance?: number;
  /** Staff-verified pairs: their vectors count as certain matches / non-matches with this weight. */
  labelled?: { vectors: Uint8Array; isMatch: boolean[]; weight?: number };
}

const FLOOR = 1e-6;

/** Collapse vectors (row-major, `nFields` per row) to distinct patterns with counts. */
export function patternCounts(
  vectors: Uint8Array,
  nFields: number,
): { patterns: Uint8Array[]; counts: number[] } {
  const map = new Map<string, number>();
  const patterns: Uint8Array[] = [];
  const counts: number[] = [];
  const rows = vectors.length / nFields;
  for (let r = 0; r < rows; r++) {
    const row = vectors.subarray(r * nFields, r * nFields + nFields);
    const key = String.fromCharCode(...row);
    const id = map.get(key);
    if (id === undefined) {
      map.set(key, patterns.length);
      patterns.push(row.slice());
      counts.push(1);
    } else counts[id] = (counts[id] ?? 0) + 1;
  }
  return { patterns, counts };
}

/** Level frequencies over a sample of (mostly non-matching) pairs. */
export function estimateU(vectors: Uint8Array, levels: number[]): number[][] {
  const nFields = levels.length;
  const u = levels.map((l) => new Array<number>(l).fill(0));
  const totals = new Array<number>(nFields).fill(0);
  for (let i = 0; i < vectors.length; i++) {
    const f = i % nFields;
    const v = vectors[i] ?? MISSING;
    if (v === MISSING) continue;
    const row = u[f];
    if (row) row[v] = (row[v] ?? 0) + 1;
    totals[f] = (totals[f] ?? 0) + 1;
  }
  return u.map((row, f) =>
    row.map((c) => Math.max(FLOOR, (c + 0.5) / ((totals[f] ?? 0) + 0.5 * row.length))),
  );
}

function initialM(levels: number[]): number[][] {
  // Matches mostly agree: put most mass on the top level, geometric below it.
  return levels.map((l) => {
    const row = Array.from({ length: l }, (_, k) => Math.pow(4, k));
    const s = row.reduce((a, b) => a + b, 0);
    return row.map((x) => x / s);
  });
}

export function runEm(
  vectors: Uint8Array,
  fields: string[],
  levels: number[],
  opts: EmOptions = {},
): FsModel {
  const nFields = levels.length;
  const { patterns, counts } = patternCounts(vectors, nFields);
  const total = counts.reduce((a, b) => a + b, 0);
  let lambda = opts.lambda0 ?? 0.01;
  let m = initialM(levels);
  let u = opts.fixedU ?? estimateU(vectors, levels);
  const maxIt = opts.maxIterations ?? 100;
  const tol = opts.tolerance ?? 1e-6;
  const lab = opts.labelled;
  const labWeight = lab?.weight ?? 10;
  let it = 0;
  for (; it < maxIt; it++) {
    const mNum = levels.map((l) => new Array<number>(l).fill(0));
    const uNum = levels.map((l) => new Array<number>(l).fill(0));
    let matchMass = 0;
    const accumulate = (p: Uint8Array, wMatch: number, wNon: number): void => {
      for (let f = 0; f < nFields; f++) {
        const v = p[f] ?? MISSING;
        if (v === MISSING) continue;
        const mr = mNum[f];
        const ur = uNum[f];
        if (mr) mr[v] = (mr[v] ?? 0) + wMatch;
        if (ur) ur[v] = (ur[v] ?? 0) + wNon;
      }
    };
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i] ?? new Uint8Array(nFields);
      const c = counts[i] ?? 0;
      const g = posterior(p, lambda, m, u);
      matchMass += g * c;
      accumulate(p, g * c, (1 - g) * c);
    }
    if (lab) {
      lab.isMatch.forEach((isM, r) => {
        const p = lab.vectors.subarray(r * nFields, r * nFields + nFields);
        accumulate(p, isM ? labWeight : 0, isM ? 0 : labWeight);
      });
    }
    const newLambda = Math.min(0.5, Math.max(1e-9, matchMass / total));
    const norm = (rows: number[][]): number[][] =>
      rows.map((row) => {
        const s = row.reduce((a, b) => a + b, 0);
        return row.map((x) => Math.max(FLOOR, s > 0 ? x / s : 1 / row.length));
      });
    const newM = norm(mNum);
    let delta = Math.abs(newLambda - lambda);
    newM.forEach((row, f) =>
      row.forEach((x, k) => (delta = Math.max(delta, Math.abs(x - (m[f]?.[k] ?? 0))))),
    );
    lambda = newLambda;
    m = newM;
    if (!opts.fixedU) u = norm(uNum);
    if (delta < tol) break;
  }
  return { fields, levels, lambda, m, u, iterations: it };
}

/** Sum of log2(m/u) over fields: the Fellegi–Sunter match weight. */
export function matchWeight(model: FsModel, v: ArrayLike<number>): number {
  let w = 0;
  for (let f = 0; f < model.levels.length; f++) {
    const x = v[f] ?? MISSING;
    if (x === MISSING) continue;
    w += Math.log2((model.m[f]?.[x] ?? FLOOR) / (model.u[f]?.[x] ?? FLOOR));
  }
  return w;
}

/** Per-field weight table, so scoring a pair is a few array lookups. */
export function weightTable(model: FsModel): Float64Array[] {
  return model.levels.map((l, f) => {
    const t = new Float64Array(l);
    for (let k = 0; k < l; k++) t[k] = Math.log2((model.m[f]?.[k] ?? FLOOR) / (model.u[f]?.[k] ?? FLOOR));
    return t;
  });
}

export function probabilityFromWeight(weight: number, lambda: number): number {
  const odds = (lambda / (1 - lambda)) * Math.pow(2, weight);
  return odds / (1 + odds);
}

function posterior(p: Uint8Array, lambda: number, m: number[][], u: number[][]): number {
  let lm = Math.log(lambda);
  let lu = Math.log(1 - lambda);
  for (let f = 0; f < p.length; f++) {
    const v = p[f] ?? MISSING;
    if (v === MISSING) continue;
    lm += Math.log(m[f]?.[v] ?? FLOOR);
    lu += Math.log(u[f]?.[v] ?? FLOOR);
  }
  const d = lu - lm;
  return d > 700 ? 0 : 1 / (1 + Math.exp(d));
}

/**
 * EM for linkage where each left-hand record (an account) has at most one true partner.
 * The E-step lets the candidates of one group compete: g_i = odds_i / (1 + Σ odds in group).
 * Without this, plain EM on name data tends to call every partial-name pair a match (the
 * partial-name class is large and internally consistent) and converges to the wrong mode.
 * `groupEnds[g]` is the exclusive end row of group g; rows are in group order.
 */
export function runGroupedEm(
  vectors: Uint8Array,
  groupEnds: ArrayLike<number>,
  fields: string[],
  levels: number[],
  opts: EmOptions = {},
): FsModel {
  const nFields = levels.length;
  const rows = vectors.length / nFields;
  let lambda = opts.lambda0 ?? 0.05;
  let m = initialM(levels);
  const u = opts.fixedU ?? estimateU(vectors, levels);
  const logU = u.map((r) => r.map((x) => Math.log(x)));
  const g = new Float64Array(rows);
  const maxIt = opts.maxIterations ?? 100;
  const tol = opts.tolerance ?? 1e-6;
  const lab = opts.labelled;
  const labWeight = lab?.weight ?? 10;
  let it = 0;
  for (; it < maxIt; it++) {
    const logM = m.map((r) => r.map((x) => Math.log(x)));
    const priorLog = Math.log(lambda / (1 - lambda));
    let start = 0;
    for (let grp = 0; grp < groupEnds.length; grp++) {
      const end = groupEnds[grp] ?? start;
      let sum = 0;
      for (let r = start; r < end; r++) {
        let l = priorLog;
        for (let f = 0; f < nFields; f++) {
          const v = vectors[r * nFields + f] ?? MISSING;
          if (v !== MISSING) l += (logM[f]?.[v] ?? 0) - (logU[f]?.[v] ?? 0);
        }
        const odds = Math.exp(Math.min(700, l));
        g[r] = odds;
        sum += odds;
      }
      for (let r = start; r < end; r++) g[r] = (g[r] ?? 0) / (1 + sum);
      start = end;
    }
    const mNum = levels.map((l) => new Array<number>(l).fill(0));
    let mass = 0;
    for (let r = 0; r < rows; r++) {
      const w = g[r] ?? 0;
      mass += w;
      for (let f = 0; f < nFields; f++) {
        const v = vectors[r * nFields + f] ?? MISSING;
        const row = mNum[f];
        if (v !== MISSING && row) row[v] = (row[v] ?? 0) + w;
      }
    }
    if (lab) {
      lab.isMatch.forEach((isM, r) => {
        if (!isM) return;
        for (let f = 0; f < nFields; f++) {
          const v = lab.vectors[r * nFields + f] ?? MISSING;
          const row = mNum[f];
          if (v !== MISSING && row) row[v] = (row[v] ?? 0) + labWeight;
        }
      });
    }
    const newM = mNum.map((row) => {
      const s = row.reduce((a, b) => a + b, 0);
      return row.map((x) => Math.max(FLOOR, s > 0 ? x / s : 1 / row.length));
    });
    const newLambda = Math.min(0.5, Math.max(1e-9, mass / Math.max(1, rows)));
    let delta = Math.abs(newLambda - lambda) / Math.max(lambda, 1e-9);
    newM.forEach((row, f) =>
      row.forEach((x, k) => (delta = Math.max(delta, Math.abs(x - (m[f]?.[k] ?? 0))))),
    );
    m = newM;
    lambda = newLambda;
    if (delta < tol) break;
  }
  return { fields, levels, lambda, m, u, iterations: it };
}
