/**
 * Largest and smallest of many numbers without spreading them into
 * `Math.max(...xs)`, which passes every element as a call argument and throws
 * `RangeError: Maximum call stack size exceeded` past ~100k of them (issue 8).
 *
 * Same results as `Math.max(init, ...values)` / `Math.min(init, ...values)`:
 * empty input gives `init` (defaults to −Infinity for the maximum, +Infinity
 * for the minimum, as `Math.max()` / `Math.min()` do), and a NaN anywhere
 * gives NaN.
 *
 * @example
 * maxOf([3, 1, 2]); // => 3
 * maxOf([], 0); // => 0, like Math.max(0)
 * minOf([3, 1, 2], 0); // => 0
 */
export function maxOf(values: readonly number[], init = -Infinity): number {
  let m = init;
  for (const x of values) {
    if (x > m || Number.isNaN(x)) m = x;
    if (Number.isNaN(m)) return NaN;
  }
  return m;
}

/** The smallest of `init` and `values`; see {@link maxOf}. */
export function minOf(values: readonly number[], init = Infinity): number {
  let m = init;
  for (const x of values) {
    if (x < m || Number.isNaN(x)) m = x;
    if (Number.isNaN(m)) return NaN;
  }
  return m;
}
