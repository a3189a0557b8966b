import { assertFiniteArray } from "./check";

/**
 * Sum with compensated summation: Neumaier's improvement of Kahan summation
 * (A. Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur Summation
 * endlicher Summen", ZAMM 54:39–51), which also stays exact when a term is
 * larger than the running sum. The error bound does not grow with n.
 *
 * Empty input: `sum([]) = 0`. A NaN or ±Infinity throws (it names the index).
 *
 * @example
 * sum([0.1, 0.2, 0.3]); // => 0.6 (plain left-to-right addition gives 0.6000000000000001)
 * sum([1e100, 1, -1e100]); // => 1
 */
export function sum(values: readonly number[]): number {
  assertFiniteArray("sum", "values", values);
  let s = 0;
  let c = 0; // running compensation: the low-order bits lost so far
  for (const x of values) {
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) c += s - t + x;
    else c += x - t + s;
    s = t;
  }
  return s + c;
}
