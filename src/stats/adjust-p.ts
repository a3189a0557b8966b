/**
 * Multiple-comparison adjusted p-values over one family of tests. Both take
 * the raw p-values of the family (in any order) and return the adjusted ones
 * in the same order; an adjusted p is compared with α as a raw one would be.
 * Empty input gives []; a p-value outside [0, 1] or NaN throws, naming its
 * position. Ties get equal adjusted values whatever their order.
 */

function sortedOrder(fn: string, ps: readonly number[]): number[] {
  ps.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new Error(`${fn}: p-value ${i} is ${p}; every p-value must be in [0, 1] (leave untestable rows out of the family)`);
  });
  // ascending p, ties by position: a stable order, so the result never depends on the sort
  return ps.map((_, i) => i).sort((a, b) => ps[a] - ps[b] || a - b);
}

/**
 * Holm (1979), "A simple sequentially rejective multiple test procedure",
 * Scand. J. Statist. 6:65–70: with p(1) ≤ … ≤ p(m),
 *   p̃(i) = max over j ≤ i of min(1, (m − j + 1) · p(j)).
 * Controls the family-wise error rate under any dependence.
 *
 * @example
 * holm([0.01, 0.04, 0.03]); // => [0.03, 0.06, 0.06]
 */
export function holm(ps: readonly number[]): number[] {
  const order = sortedOrder("holm", ps);
  const m = ps.length;
  const out = new Array<number>(m);
  let running = 0;
  order.forEach((i, j) => {
    running = Math.max(running, Math.min(1, (m - j) * ps[i]));
    out[i] = running;
  });
  return out;
}

/**
 * Benjamini & Hochberg (1995), "Controlling the false discovery rate",
 * J. R. Statist. Soc. B 57:289–300, as adjusted p-values (the form of R's
 * p.adjust "BH" and scipy's false_discovery_control): with p(1) ≤ … ≤ p(m),
 *   p̃(i) = min over j ≥ i of min(1, m · p(j) / j).
 * Controls the false discovery rate for independent or positively dependent
 * tests (Benjamini & Yekutieli 2001).
 *
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03]); // => [0.03, 0.04, 0.04]
 */
export function benjaminiHochberg(ps: readonly number[]): number[] {
  const order = sortedOrder("benjaminiHochberg", ps);
  const m = ps.length;
  const out = new Array<number>(m);
  let running = 1;
  for (let j = m - 1; j >= 0; j--) {
    const i = order[j];
    running = Math.min(running, (m * ps[i]) / (j + 1));
    out[i] = running;
  }
  return out;
}
