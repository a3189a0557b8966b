/** A Monte-Carlo p-value and how many draws it took. */
export interface SequentialPResult {
  /** The p-value, in (0, 1]. */
  p: number;
  /** Draws made: L when stopped early, else the maximum m. */
  draws: number;
  /** Draws at least as extreme as the observed statistic (g; h when stopped early). */
  extreme: number;
  /** true when h extreme draws came before the maximum. */
  stopped: boolean;
}

/**
 * Sequential Monte-Carlo p-value, Besag & Clifford (1991), "Sequential Monte
 * Carlo p-values", Biometrika 78(2):301–304: draw statistics under the null
 * one at a time (`isExtreme(k)` draws the k-th, k = 1, 2, …, and says whether
 * it is at least as extreme as the observed one) until h of them are extreme
 * or m draws are made:
 *   - stopped at draw L with h extreme: p = h / L;
 *   - m draws with g < h extreme: p = (g + 1) / (m + 1), the fixed-m
 *     Monte-Carlo p-value (Phipson & Smyth 2010).
 * The p-value is exact under the null (P(p ≤ α) ≤ α at its attainable
 * levels) whatever h; a clearly unremarkable statistic stops after about h/p
 * draws instead of m. `h = 0` turns stopping off: always m draws, the same
 * p-value and the same draws as the fixed-m test.
 *
 * Throws when m is not a whole number ≥ 1 or h not a whole number ≥ 0.
 *
 * @example
 * sequentialPValue(() => true, 999, 10); // => { p: 1, draws: 10, extreme: 10, stopped: true }
 * sequentialPValue(() => false, 999, 10); // => { p: 0.001, draws: 999, extreme: 0, stopped: false }
 */
export function sequentialPValue(isExtreme: (draw: number) => boolean, m: number, h: number): SequentialPResult {
  if (!Number.isInteger(m) || m < 1) throw new Error(`sequentialPValue: the maximum draws is ${m}; use a whole number ≥ 1`);
  if (!Number.isInteger(h) || h < 0) throw new Error(`sequentialPValue: h is ${h}; use a whole number ≥ 0 (0 = no early stopping)`);
  let g = 0;
  for (let k = 1; k <= m; k++) {
    if (isExtreme(k)) {
      g++;
      if (g === h) return { p: h / k, draws: k, extreme: h, stopped: true };
    }
  }
  return { p: (g + 1) / (m + 1), draws: m, extreme: g, stopped: false };
}
