import { assertInteger, assertOneOf } from "./check";
import { countRelabellings, forEachRelabelling, groupSizes } from "./relabellings";
import { createRng, shuffle } from "./rng";

/** Which relabellings count as "at least as extreme" as the observed one. */
export type Alternative = "greater" | "two-sided";

export const ALTERNATIVES: readonly Alternative[] = ["greater", "two-sided"];

/** Options of {@link permutationPValue}. */
export interface PermutationOptions {
  /** Seed of the random stream (required: same seed → identical result). */
  seed: number;
  /** Number of random relabellings m; defaults to *999*. */
  iterations?: number;
  /**
   * Defaults to *"greater"*: extreme means s ≥ observed (right for statistics
   * that grow with separation, e.g. a JSD between outlets). *"two-sided"*:
   * |s| ≥ |observed|, for statistics centred on 0 under the null (e.g. a
   * difference of means).
   */
  alternative?: Alternative;
}

/** A permutation p-value and how it was made. */
export interface PermutationResult {
  /** The statistic under the actual labels. */
  observed: number;
  /** The p-value, in (0, 1]. */
  p: number;
  /** Relabellings evaluated: m when Monte Carlo, all of them when exact. */
  iterations: number;
  seed: number;
  alternative: Alternative;
  /** true when every distinct relabelling was enumerated (then p is exact). */
  exact: boolean;
  /** Number of distinct relabellings keeping the group sizes, n!/∏n_g!. */
  relabellings: number;
  /** The smallest p this design can give: 1/relabellings if exact, else 1/(m + 1). */
  minimumP: number;
}

/**
 * Permutation test of "labels are exchangeable across units": the statistic
 * under the actual labels against its distribution when the labels (e.g.
 * outlets) are shuffled across units (e.g. articles), group sizes kept.
 *
 * Monte Carlo: m random relabellings (Fisher–Yates, seeded), b of them at
 * least as extreme as observed; p = (b + 1)/(m + 1), Phipson & Smyth (2010),
 * "Permutation P-values should never be zero: calculating exact P-values when
 * permutations are randomly drawn", Stat. Appl. Genet. Mol. Biol. 9(1), art. 39
 * (the observed labelling counts as one draw, so p > 0 and P(p ≤ α) ≤ α: the
 * test never rejects too often). Exact: when the number of distinct
 * relabellings M ≤ m, all M are enumerated (the observed one among them),
 * p = #{extreme}/M, `exact: true`, and the seed is not used.
 *
 * Ties: a relabelling whose statistic is within 1e-10·max(1, |observed|) of
 * the observed counts as extreme, so rounding in the statistic (e.g. a sum in
 * another order) cannot turn a tie into a miss.
 *
 * `statistic(units, labels)` gets the units unchanged (it must not mutate
 * them) and a fresh label array; it must return a finite number.
 *
 * Throws on: labels not the same length as units; a label that is not an
 * integer ≥ 0; fewer than 2 groups. Small groups are allowed (check
 * {@link canPermute} first to decide whether inference makes sense); with few
 * units `minimumP` says how small p can get.
 *
 * @example
 * const values = [5.1, 4.9, 5.3, 1.0, 1.2, 0.9];
 * const diff = (u: readonly number[], l: readonly number[]) =>
 *   mean(u.filter((_, i) => l[i] === 0)) - mean(u.filter((_, i) => l[i] === 1));
 * permutationPValue(values, [0, 0, 0, 1, 1, 1], diff, { seed: 1 });
 * // => { observed: 4.066…, p: 0.05 (1 of 20 relabellings), exact: true, … }
 */
export function permutationPValue<T>(
  units: readonly T[],
  labels: readonly number[],
  statistic: (units: readonly T[], labels: readonly number[]) => number,
  options: PermutationOptions,
): PermutationResult {
  const fn = "permutationPValue";
  if (!options || !Number.isSafeInteger(options.seed)) {
    throw new Error(`${fn}: seed is ${String(options?.seed)}; give an integer seed so the p-value can be reproduced`);
  }
  const seed = options.seed;
  const m = options.iterations ?? 999;
  assertInteger(fn, "iterations", m, 1);
  const alternative = options.alternative ?? "greater";
  assertOneOf(fn, "alternative", alternative, ALTERNATIVES);
  if (units.length !== labels.length) {
    throw new Error(`${fn}: ${units.length} units but ${labels.length} labels; give one label per unit`);
  }
  labels.forEach((l, i) => assertInteger(fn, `labels[${i}]`, l, 0));
  const sizes = groupSizes(labels);
  if (sizes.size < 2) {
    throw new Error(`${fn}: all ${labels.length} units have the same label; a permutation test needs at least 2 groups (see canPermute)`);
  }

  const evaluate = (l: readonly number[], what: string): number => {
    const s = statistic(units, l);
    if (typeof s !== "number" || !Number.isFinite(s)) {
      throw new Error(`${fn}: statistic returned ${String(s)} on ${what}; it must return a finite number`);
    }
    return s;
  };
  const observed = evaluate(labels.slice(), "the observed labels");
  const tol = 1e-10 * Math.max(1, Math.abs(observed));
  const extreme =
    alternative === "greater" ? (s: number) => s >= observed - tol : (s: number) => Math.abs(s) >= Math.abs(observed) - tol;

  const relabellings = countRelabellings(sizes.values());
  if (relabellings <= m) {
    let hits = 0;
    let k = 0;
    forEachRelabelling(labels, (l) => {
      k++;
      if (extreme(evaluate(l, `relabelling ${k}`))) hits++;
    });
    return { observed, p: hits / k, iterations: k, seed, alternative, exact: true, relabellings, minimumP: 1 / k };
  }
  const rng = createRng(seed);
  let b = 0;
  for (let i = 0; i < m; i++) {
    if (extreme(evaluate(shuffle(rng, labels), `random relabelling ${i + 1}`))) b++;
  }
  return { observed, p: (b + 1) / (m + 1), iterations: m, seed, alternative, exact: false, relabellings, minimumP: 1 / (m + 1) };
}
