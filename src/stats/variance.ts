import { assertFiniteArray } from "./check";
import { mean } from "./mean";
import { sum } from "./sum";

/**
 * Sample variance with the n − 1 (Bessel) denominator:
 * s² = Σ(x − x̄)² / (n − 1), by the corrected two-pass algorithm of
 * Chan, Golub & LeVeque (1983), "Algorithms for computing the sample variance",
 * Am. Stat. 37(3):242–247:
 * s² = [Σ(x − x̄)² − (Σ(x − x̄))² / n] / (n − 1), both sums compensated.
 * Matches R's `var(x)` and numpy's `var(x, ddof=1)`.
 *
 * Fewer than 2 values throws ("variance requires at least 2 data points").
 *
 * @example
 * variance([1, 2, 3, 4]); // => 1.6666666666666667
 */
export function variance(values: readonly number[]): number {
  if (values.length < 2) {
    throw new Error(`variance: requires at least 2 data points; got ${values.length}`);
  }
  assertFiniteArray("variance", "values", values);
  const m = mean(values);
  const dev = values.map((x) => x - m);
  const ss = sum(dev.map((d) => d * d));
  const s1 = sum(dev);
  return Math.max(0, (ss - (s1 * s1) / values.length) / (values.length - 1));
}

/**
 * Sample standard deviation, √{@link variance} (n − 1 denominator; R's `sd`).
 *
 * Fewer than 2 values throws.
 *
 * @example
 * sd([2, 4, 4, 4, 5, 5, 7, 9]); // => 2.138089935299395
 */
export function sd(values: readonly number[]): number {
  if (values.length < 2) throw new Error(`sd: requires at least 2 data points; got ${values.length}`);
  return Math.sqrt(variance(values));
}
