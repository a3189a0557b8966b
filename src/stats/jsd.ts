import { assertCountMap, unionKeys } from "./check";
import { sum } from "./sum";

/** Options of {@link jsd} and {@link jsdFromMaps}. */
export interface JsdOptions {
  /**
   * Additive (Lidstone) smoothing α added to every cell of both vectors before
   * normalising: p_k = (x_k + α) / (Σx + Kα). Defaults to *0* (no smoothing).
   */
  smoothing?: number;
}

/**
 * Jensen–Shannon divergence in bits, in [0, 1]: Lin (1991), "Divergence
 * measures based on the Shannon entropy", IEEE Trans. Inf. Theory 37(1):145–151,
 * the JS divergence with equal weights ½, ½:
 *   JSD(P, Q) = H(M) − ½H(P) − ½H(Q),  M = ½(P + Q),  H in log base 2,
 * computed in the equivalent form ½·KL(P‖M) + ½·KL(Q‖M)
 *   = ½ Σ p_k log₂(2p_k / (p_k + q_k)) + ½ Σ q_k log₂(2q_k / (p_k + q_k)),
 * which is exactly 0 when P = Q (no cancellation), with 0·log 0 = 0.
 * Base 2 bounds it by 1, reached for disjoint supports. The square root is
 * the Jensen–Shannon *distance* (scipy's `jensenshannon`), which this is not.
 *
 * Inputs are counts or probabilities (each vector is normalised to sum 1
 * after smoothing). Tiny negative or >1 rounding excursions are clamped.
 *
 * Throws on: vectors of different length, empty vectors, a negative or
 * non-finite entry, negative smoothing, or a vector whose total is 0 after
 * smoothing (the message says which vector).
 *
 * @example
 * jsd([1, 0], [0, 1]); // => 1
 * jsd([10, 10], [1, 1]); // => 0
 * jsd([1, 0], [1, 1]); // => 0.31127812445913283
 */
export function jsd(p: readonly number[], q: readonly number[], options: JsdOptions = {}): number {
  const alpha = options.smoothing ?? 0;
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha < 0) {
    throw new Error(`jsd: smoothing is ${String(alpha)}; it must be a finite number ≥ 0`);
  }
  if (p.length !== q.length) {
    throw new Error(`jsd: the two vectors have different lengths (${p.length} and ${q.length}); give counts over the same categories`);
  }
  if (p.length === 0) throw new Error("jsd: the vectors are empty; give at least one category");
  const pn = normalise(p, alpha, "first");
  const qn = normalise(q, alpha, "second");
  const terms: number[] = [];
  for (let k = 0; k < pn.length; k++) {
    const a = pn[k];
    const b = qn[k];
    const m2 = a + b; // 2·m_k
    const ta = a > 0 ? a * Math.log2((2 * a) / m2) : 0;
    const tb = b > 0 ? b * Math.log2((2 * b) / m2) : 0;
    terms.push(ta + tb); // one term per cell: swapping P and Q gives bit-identical sums

  }
  const d = 0.5 * sum(terms);
  return Math.min(1, Math.max(0, d));
}

function normalise(x: readonly number[], alpha: number, which: string): number[] {
  for (let k = 0; k < x.length; k++) {
    const v = x[k];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new Error(`jsd: the ${which} vector has ${String(v)} at index ${k}; entries must be finite numbers ≥ 0`);
    }
  }
  const smoothed = alpha === 0 ? x.slice() : x.map((v) => v + alpha);
  const total = sum(smoothed);
  if (!(total > 0)) {
    throw new Error(`jsd: the ${which} vector is all zeros; a distribution needs a positive total (or use smoothing > 0)`);
  }
  return smoothed.map((v) => v / total);
}

/**
 * {@link jsd} of two count maps (e.g. term → count) over the union of their
 * keys, in sorted key order for determinism; a key missing from one map
 * counts 0 there. Smoothing applies to every key of the union (not to keys
 * absent from both maps).
 *
 * Throws when a map is empty or all zeros (without smoothing), or has a
 * negative or non-finite count (the message names the term).
 *
 * @example
 * jsdFromMaps(new Map([["kiev", 3]]), new Map([["kyiv", 2]])); // => 1
 */
export function jsdFromMaps(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, smoothing = 0): number {
  assertCountMap("jsdFromMaps", "the first map", a);
  assertCountMap("jsdFromMaps", "the second map", b);
  const keys = unionKeys(a, b);
  if (keys.length === 0) throw new Error("jsdFromMaps: both maps are empty; give at least one counted key");
  return jsd(keys.map((k) => a.get(k) ?? 0), keys.map((k) => b.get(k) ?? 0), { smoothing });
}
