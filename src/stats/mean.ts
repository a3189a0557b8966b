import { sum } from "./sum";

/**
 * Arithmetic mean, Σx / n, with the sum compensated (see {@link sum}).
 *
 * Empty input throws ("mean requires at least 1 data point"); NaN or
 * ±Infinity throws.
 *
 * @example
 * mean([0, 10]); // => 5
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error("mean: requires at least 1 data point; got an empty array");
  return sum(values) / values.length;
}
