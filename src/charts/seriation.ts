import { compareCodeUnits } from "../util/compare";

/**
 * Seriation of a heatmap's rows or columns: the order of `keys` along the
 * first principal coordinate of their dissimilarities `d` (classical MDS,
 * Torgerson 1952; the "MDS" seriation method of Hahsler, Hornik & Buchta
 * 2008, "Getting things in order", J. Stat. Softw. 25(3)), so that similar
 * items sit next to each other and groups of similar items form contiguous
 * blocks. B = −½ J D⁽²⁾ J is never formed with J; its leading eigenvector
 * is found by power iteration (at most 500 steps, O(n²) each), started from
 * the column of B of the item farthest from the centroid, its sign fixed so
 * that its largest-magnitude entry (the first on a tie) is positive. Items
 * with equal coordinates keep code-unit order of their keys. Same input,
 * same order.
 *
 * Missing or non-finite dissimilarities (null, NaN) are taken as the mean of
 * the finite ones; the matrix is symmetrised ((d_ij + d_ji) / 2, absolute
 * values, so an antisymmetric difference matrix orders by its magnitudes).
 * Degenerate input (fewer than three items, all dissimilarities equal, no
 * positive leading eigenvalue) gives code-unit order of the keys.
 *
 * @example
 * seriate(["a", "b", "c"], [[0, 9, 1], [9, 0, 8], [1, 8, 0]]); // => ["a", "c", "b"] (c between a and b)
 */
export function seriate(keys: readonly string[], d: readonly (readonly (number | null)[])[]): string[] {
  const n = keys.length;
  const byId = keys.slice().sort(compareCodeUnits);
  if (n < 3) return byId;
  const sq = squaredSymmetric(d, n);
  if (!sq) return byId;
  const rowMean = new Float64Array(n);
  let grand = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += sq[i * n + j];
    rowMean[i] = s / n;
    grand += s;
  }
  grand /= n * n;
  const b = (i: number, j: number) => -0.5 * (sq[i * n + j] - rowMean[i] - rowMean[j] + grand);
  let start = 0;
  for (let i = 1; i < n; i++) if (b(i, i) > b(start, start)) start = i;
  let v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = b(i, start);
  if (!normalise(v)) return byId;
  let lambda = 0;
  for (let step = 0; step < 500; step++) {
    const w = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += b(i, j) * v[j];
      w[i] = s;
    }
    lambda = dot(w, v);
    if (!normalise(w)) return byId;
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(w[i] - v[i]));
    v = w;
    if (change < 1e-12) break;
  }
  if (!(lambda > 0)) return byId;
  let big = 0;
  for (let i = 1; i < n; i++) if (Math.abs(v[i]) > Math.abs(v[big])) big = i;
  const sign = v[big] < 0 ? -1 : 1;
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((p, q) => sign * (v[p] - v[q]) || compareCodeUnits(keys[p], keys[q]));
  return idx.map((i) => keys[i]);
}

/** Squared symmetrised dissimilarities, n×n row-major, missing ones as the mean; null when all are equal. */
function squaredSymmetric(d: readonly (readonly (number | null)[])[], n: number): Float64Array | null {
  const sym = new Float64Array(n * n);
  const known = new Uint8Array(n * n);
  let sum = 0, count = 0, lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const a = d[i]?.[j], c = d[j]?.[i];
    const fa = typeof a === "number" && Number.isFinite(a), fc = typeof c === "number" && Number.isFinite(c);
    if (!fa && !fc) continue;
    const v = fa && fc ? (Math.abs(a) + Math.abs(c)) / 2 : Math.abs((fa ? a : c) as number);
    sym[i * n + j] = sym[j * n + i] = v;
    known[i * n + j] = known[j * n + i] = 1;
    sum += v; count++; lo = Math.min(lo, v); hi = Math.max(hi, v);
  }
  if (count === 0 || hi - lo <= 1e-15 * Math.max(1, hi)) return null;
  const mean = sum / count;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    if (i === j) { sym[i * n + j] = 0; continue; }
    const v = known[i * n + j] ? sym[i * n + j] : mean;
    sym[i * n + j] = v * v;
  }
  return sym;
}

/**
 * Euclidean distances between the columns of a row-major matrix `z` (rows ×
 * columns) with missing cells: a missing cell counts as its row's mean over
 * the present cells (0 when the row has none), so a column is compared on
 * every row. For ordering the outlet columns of a rectangular heatmap with
 * {@link seriate}.
 */
export function columnDistances(z: readonly (readonly (number | null)[])[], columns: number): number[][] {
  const filled = z.map((row) => {
    let s = 0, c = 0;
    for (let j = 0; j < columns; j++) { const v = row[j]; if (typeof v === "number" && Number.isFinite(v)) { s += v; c++; } }
    const mean = c ? s / c : 0;
    return Array.from({ length: columns }, (_, j) => { const v = row[j]; return typeof v === "number" && Number.isFinite(v) ? v : mean; });
  });
  const out = Array.from({ length: columns }, () => new Array<number>(columns).fill(0));
  for (let a = 0; a < columns; a++) for (let b = a + 1; b < columns; b++) {
    let s = 0;
    for (const row of filled) { const x = row[a] - row[b]; s += x * x; }
    out[a][b] = out[b][a] = Math.sqrt(s);
  }
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Scales `v` to unit length in place; false when it is (numerically) zero. */
function normalise(v: Float64Array): boolean {
  const len = Math.sqrt(dot(v, v));
  if (!(len > 1e-300)) return false;
  for (let i = 0; i < v.length; i++) v[i] /= len;
  return true;
}

/** How a heatmap orders its outlets: *id* (code-unit order), *clustered* ({@link seriate}) or *auto* (id up to `CELL_TEXT_MAX` outlets, where a reader looks an outlet up by name, clustered past it). */
export type HeatmapOrder = "auto" | "id" | "clustered";

/** Whether a heatmap of `n` outlets is drawn in clustered order under `order` (checked). */
export function clusteredOrder(order: string | undefined, n: number, textMax: number): boolean {
  const o = order ?? "auto";
  if (o !== "auto" && o !== "id" && o !== "clustered") throw new Error(`invalid order: ${String(o)} (use "auto", "id" or "clustered")`);
  return o === "clustered" || (o === "auto" && n > textMax);
}

/** A square matrix over `keys` re-indexed to `order` (a permutation of the keys). */
export function permuted<T>(keys: readonly string[], m: readonly (readonly T[])[], order: readonly string[]): { outlets: string[]; values: T[][] } {
  const at = new Map(keys.map((k, i) => [k, i]));
  const idx = order.map((k) => at.get(k)!);
  return { outlets: order.slice(), values: idx.map((i) => idx.map((j) => m[i][j])) };
}
