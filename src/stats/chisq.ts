import { erfc } from "./erfc";

/**
 * Upper tail of the χ² distribution with 1 degree of freedom,
 * P(X ≥ x) = erfc(√(x/2)) (a χ²₁ variable is Z² for standard normal Z, so
 * P(Z² ≥ x) = 2Φ(−√x) = erfc(√(x/2))); R's `pchisq(x, 1, lower.tail = FALSE)`,
 * scipy's `chi2.sf(x, 1)`. Computed from the tail directly, so it keeps full
 * relative precision for tiny p (R's `1 − pchisq(x, 1)`, as quanteda uses,
 * rounds to 0 beyond x ≈ 75). Accuracy: that of {@link erfc} plus ≈ x·1e-16
 * relative from rounding √(x/2) (p is that sensitive to x itself): 1e-15 for
 * x ≤ 10, 2e-13 at x = 1000, against scipy/mpmath in test/stats/chisq.test.ts.
 *
 * x must be ≥ 0 (a negative or NaN x throws); x = Infinity gives 0.
 *
 * @example
 * chiSquared1UpperTail(3.841458820694124); // => 0.05 (to ~1e-16)
 */
export function chiSquared1UpperTail(x: number): number {
  if (typeof x !== "number" || !(x >= 0)) {
    throw new Error(`chiSquared1UpperTail: x is ${String(x)}; a χ² statistic must be a number ≥ 0`);
  }
  return erfc(Math.sqrt(x / 2));
}
