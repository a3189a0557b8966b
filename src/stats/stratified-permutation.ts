import { createRng, shuffle } from "./rng";

/** Options of {@link stratifiedPermutationPValue}. */
export interface StratifiedPermutationOptions {
  /** Seed of the random stream (same seed → identical result). */
  seed: number;
  /** Random relabellings m. Defaults to *999*. */
  iterations?: number;
  /** "greater" (default): s ≥ observed is extreme; "two-sided": |s| ≥ |observed|. */
  alternative?: "greater" | "two-sided";
}

export interface StratifiedPermutationResult {
  observed: number;
  /** (b + 1)/(m + 1), Phipson & Smyth (2010). */
  p: number;
  iterations: number;
  seed: number;
  alternative: "greater" | "two-sided";
}

/**
 * Monte Carlo permutation p-value with labels shuffled only *within* strata
 * (e.g. outlets shuffled among the articles of one event), the restricted
 * randomisation that matched designs need (Good 2005, "Permutation, Parametric
 * and Bootstrap Tests of Hypotheses", §3.5; Anderson & ter Braak 2003). With a
 * single stratum it is the ordinary permutation test. p = (b + 1)/(m + 1), b
 * the relabellings at least as extreme as observed (Phipson & Smyth 2010, Stat.
 * Appl. Genet. Mol. Biol. 9(1)); ties within 1e-10·max(1, |observed|) count as
 * extreme.
 *
 * `statistic(labels)` closes over the units; it must return a finite number.
 * Throws when strata and labels differ in length.
 *
 * @example
 * stratifiedPermutationPValue([0, 1, 0, 1], ["e1", "e1", "e2", "e2"], (l) => l[0] - l[1], { seed: 1 });
 */
export function stratifiedPermutationPValue(
  labels: readonly number[],
  strata: readonly string[],
  statistic: (labels: readonly number[]) => number,
  options: StratifiedPermutationOptions,
): StratifiedPermutationResult {
  const fn = "stratifiedPermutationPValue";
  const { m, alternative, check } = permutationSettings(fn, labels, strata, options);
  const observed = check(statistic(labels), "the observed labels");
  const tol = 1e-10 * Math.max(1, Math.abs(observed));
  const extreme = alternative === "greater" ? (s: number) => s >= observed - tol : (s: number) => Math.abs(s) >= Math.abs(observed) - tol;

  const groups = new Map<string, number[]>(); // stratum → unit indices, in order
  strata.forEach((s, i) => (groups.get(s) ?? groups.set(s, []).get(s)!).push(i));
  const order = [...groups.keys()].sort();
  const rng = createRng(options.seed);
  const perm = labels.slice();
  let b = 0;
  for (let it = 0; it < m; it++) {
    for (const s of order) {
      const idx = groups.get(s)!;
      const shuffled = shuffle(rng, idx.map((i) => labels[i]));
      idx.forEach((i, k) => { perm[i] = shuffled[k]; });
    }
    if (extreme(check(statistic(perm), `relabelling ${it + 1}`))) b++;
  }
  return { observed, p: (b + 1) / (m + 1), iterations: m, seed: options.seed, alternative };
}

/** The checked settings of a stratified permutation test (shared with the fast path): relabellings, alternative, and a check that the statistic is finite. */
export function permutationSettings(fn: string, labels: readonly number[], strata: readonly string[], options: { iterations?: number; alternative?: "greater" | "two-sided" }): { m: number; alternative: "greater" | "two-sided"; check: (s: number, what: string) => number } {
  if (labels.length !== strata.length) throw new Error(`${fn}: ${labels.length} labels but ${strata.length} strata; give one stratum per unit`);
  const m = options.iterations ?? 999;
  if (!Number.isInteger(m) || m < 1) throw new Error(`${fn}: iterations is ${m}; use a whole number ≥ 1`);
  const alternative = options.alternative ?? "greater";
  if (alternative !== "greater" && alternative !== "two-sided") throw new Error(`${fn}: invalid alternative: ${String(alternative)} (use "greater" or "two-sided")`);
  const check = (s: number, what: string) => {
    if (!Number.isFinite(s)) throw new Error(`${fn}: statistic returned ${s} on ${what}; it must return a finite number`);
    return s;
  };
  return { m, alternative, check };
}
