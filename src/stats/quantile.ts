import { assertFiniteArray } from "./check";

/**
 * Sample quantile, R's default `quantile(x, p, type = 7)` (Hyndman & Fan 1996,
 * "Sample quantiles in statistical packages", Am. Stat. 50(4):361–365,
 * definition 7; numpy `quantile(x, p, method="linear")`): with the values
 * sorted as x₀ ≤ … ≤ x₍ₙ₋₁₎, h = (n − 1)·p, Q(p) = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
 *
 * Values may be unsorted (a sorted copy is made; the input is not touched).
 * Empty input, a NaN/Infinity value, or p outside [0, 1] throws.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5); // => 2.5
 * quantile([3, 1, 2], 0.25); // => 1.5
 */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("quantile: requires at least 1 data point; got an empty array");
  assertFiniteArray("quantile", "values", values);
  const sorted = values.slice().sort((a, b) => a - b);
  return quantileSorted(sorted, p);
}

/**
 * {@link quantile} for values already sorted ascending (not checked; no copy
 * is made), for taking several quantiles of one large sample.
 *
 * Empty input or p outside [0, 1] throws.
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5); // => 2.5
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error("quantileSorted: requires at least 1 data point; got an empty array");
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw new Error(`quantile: p is ${String(p)}; it must be a number in [0, 1]`);
  }
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  if (frac === 0 || lo + 1 >= n) return sorted[lo];
  const a = sorted[lo];
  const b = sorted[lo + 1];
  return a === b ? a : a + frac * (b - a);
}
