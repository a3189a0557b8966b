import { compareCodeUnits } from "../util/compare";
import { createRng } from "./rng";
import { sequentialPValue } from "./sequential-p";
import { permutationSettings } from "./stratified-permutation";

/** Options of {@link fastStratifiedPermutationPValue}. */
export interface FastStratifiedPermutationOptions {
  /** Seed of the random stream (same seed → identical result). */
  seed: number;
  /** Most random relabellings m. Defaults to *999*. */
  iterations?: number;
  /** "greater" (default): s ≥ observed is extreme; "two-sided": |s| ≥ |observed|. */
  alternative?: "greater" | "two-sided";
  /** Stop after h relabellings at least as extreme (Besag & Clifford 1991, see sequentialPValue); *0* (default) draws all m. */
  sequentialH?: number;
}

export interface FastStratifiedPermutationResult {
  observed: number;
  p: number;
  /** Relabellings drawn: m, or fewer when stopped early. */
  iterations: number;
  /** true when h extreme relabellings came before m. */
  stopped: boolean;
}

/**
 * {@link stratifiedPermutationPValue} without allocation per relabelling:
 * the relabelled labels are written into one Int32Array that `statistic`
 * reads (it must not keep or change it), and each stratum is shuffled in one
 * reused buffer. The relabellings are the same — strata in code-unit order,
 * each a Fisher–Yates shuffle of the stratum's *observed* labels with the
 * same rng draws — so with `sequentialH: 0` the p-value is bit-identical to
 * stratifiedPermutationPValue's for a statistic that computes the same
 * numbers. With `sequentialH: h > 0` it stops early (sequentialPValue).
 *
 * Throws when strata and labels differ in length, or the statistic is not
 * finite (the message says on which relabelling).
 *
 * @example
 * fastStratifiedPermutationPValue([0, 1, 0, 1], ["e1", "e1", "e2", "e2"], (l) => l[0] - l[1], { seed: 1 });
 */
export function fastStratifiedPermutationPValue(
  labels: readonly number[],
  strata: readonly string[],
  statistic: (labels: Int32Array) => number,
  options: FastStratifiedPermutationOptions,
): FastStratifiedPermutationResult {
  const fn = "fastStratifiedPermutationPValue";
  const { m, alternative, check } = permutationSettings(fn, labels, strata, options);
  const perm = Int32Array.from(labels);
  const observed = check(statistic(perm), "the observed labels");
  const tol = 1e-10 * Math.max(1, Math.abs(observed));
  const bound = alternative === "greater" ? observed - tol : Math.abs(observed) - tol;

  // units of each stratum, strata in code-unit order, units in input order: one flat index array
  const byStratum = new Map<string, number[]>();
  strata.forEach((s, i) => { const l = byStratum.get(s); if (l) l.push(i); else byStratum.set(s, [i]); });
  const order = [...byStratum.keys()].sort(compareCodeUnits);
  const index = new Int32Array(labels.length), start = new Int32Array(order.length + 1);
  let at = 0;
  order.forEach((s, k) => { start[k] = at; for (const i of byStratum.get(s)!) index[at++] = i; });
  start[order.length] = at;
  const observedOf = Int32Array.from(index, (i) => labels[i]); // each stratum's observed labels, in index order
  const buffer = new Int32Array(labels.length);
  const rng = createRng(options.seed);

  const r = sequentialPValue((k) => {
    buffer.set(observedOf);
    for (let g = 0; g < order.length; g++) {
      const lo = start[g];
      // Fisher–Yates (Durstenfeld) over buffer[lo..hi), as rng.shuffle does on a copy
      for (let i = start[g + 1] - lo - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        const tmp = buffer[lo + i]; buffer[lo + i] = buffer[lo + j]; buffer[lo + j] = tmp;
      }
    }
    for (let u = 0; u < index.length; u++) perm[index[u]] = buffer[u];
    const s = statistic(perm);
    if (!Number.isFinite(s)) check(s, `relabelling ${k}`);
    return alternative === "greater" ? s >= bound : Math.abs(s) >= bound;
  }, m, options.sequentialH ?? 0);
  return { observed, p: r.p, iterations: r.draws, stopped: r.stopped };
}
