import { mean } from "./mean";

/**
 * Statistics the bootstrap recognises and computes without building each
 * replicate (see bootstrap-fast). Each is also an ordinary function of an
 * array, so it can be passed anywhere a statistic is expected; the bootstrap
 * gives bit-identical results either way, only faster when it recognises it.
 * Recognised: {@link mean} (compensated), {@link plainMean} and any
 * {@link proportion}.
 */

/** How a recognised statistic is computed: a mean of `transform(x)` over the items. */
export interface MeanForm {
  /** Applied to each item once, before resampling; `undefined` = the value itself. */
  transform: ((x: number) => number) | undefined;
  /** Neumaier-compensated summation (as {@link mean}) or left-to-right addition. */
  compensated: boolean;
}

const forms = new WeakMap<object, MeanForm>();

/**
 * Arithmetic mean Σx / n with plain left-to-right addition (no compensation):
 * the same up to ~n·ε relative as {@link mean}; for results that must match an
 * estimate computed by plain addition (e.g. divergence's sentiment family).
 *
 * Empty input throws ("plainMean: requires at least 1 data point").
 *
 * @example
 * plainMean([0.1, 0.2, 0.3]); // => 0.20000000000000004 (mean gives 0.19999999999999998)
 */
export function plainMean(values: readonly number[]): number {
  if (values.length === 0) throw new Error("plainMean: requires at least 1 data point; got an empty array");
  let s = 0;
  for (const x of values) s += x;
  return s / values.length;
}

/**
 * The statistic "share of items for which `predicate` holds", count / n.
 * `predicate` must be pure: the bootstrap evaluates it once per item, not once
 * per draw.
 *
 * Empty input throws ("proportion: requires at least 1 data point").
 *
 * @example
 * proportion((x) => x < 0)([-1, 2, -3, 4]); // => 0.5
 */
export function proportion(predicate: (x: number) => boolean): (values: readonly number[]) => number {
  const share = (values: readonly number[]): number => {
    if (values.length === 0) throw new Error("proportion: requires at least 1 data point; got an empty array");
    let k = 0;
    for (const x of values) if (predicate(x)) k++;
    return k / values.length;
  };
  // A count of 0/1 indicators summed in any order is exact, so plain addition matches k / n.
  forms.set(share, { transform: (x) => (predicate(x) ? 1 : 0), compensated: false });
  return share;
}

forms.set(mean, { transform: undefined, compensated: true });
forms.set(plainMean, { transform: undefined, compensated: false });

/** The mean form of `statistic` if the bootstrap can take its fast path; else `undefined`. */
export function meanFormOf(statistic: (values: number[]) => number): MeanForm | undefined {
  return forms.get(statistic);
}
