import { assertOneOf } from "./check";

/** Continuity correction of G²; *default* means what quanteda does by default for `measure = "lr"`. */
export type G2Correction = "default" | "williams" | "yates" | "none";

export const G2_CORRECTIONS: readonly G2Correction[] = ["default", "williams", "yates", "none"];

/** Options of {@link signedG2} and `keynessG2`. */
export interface G2Options {
  /**
   * Defaults to *"default"*, which is what quanteda's C++ code (keyness.cpp,
   * `lr_lambda`) does for "lr": the same as *"yates"*. (quanteda's help page
   * says Williams' correction is the default for "lr", but the code applies
   * Williams only when `correction = "williams"` is given.)
   *   "yates": when |ad − bc| ≥ N/2 and some expected cell count is < 5, move
   *     each cell 0.5 toward independence (a, d down and b, c up if ad > bc).
   *   "williams": divide G² by q = 1 + (N/(a+b) + N/(c+d) − 1)(N/(a+c) + N/(b+d) − 1)/(6N)
   *     (Williams 1976, Biometrika 63(1):33–37); q = 1 when any cell is 0, as in quanteda.
   *   "none": plain G².
   */
  correction?: G2Correction;
  /**
   * Added inside every logarithm, ln(O/E + ε). Defaults to *0* (exact G²).
   * quanteda adds 1e-9 (keyness.cpp); pass 1e-9 to reproduce its numbers to the
   * last digit. The difference is about +2·N·ε before the sign (7e-6 at N = 3,500).
   */
  epsilon?: number;
}

/**
 * Signed log-likelihood ratio G² of a 2×2 table, as quanteda's
 * `textstat_keyness(measure = "lr")` computes it (Dunning 1993, "Accurate methods
 * for the statistics of surprise and coincidence", Comput. Linguist. 19(1):61–74):
 *
 *                 target   reference
 *   term w          a          b
 *   other terms     c          d          N = a + b + c + d
 *
 * E_cell = row total · column total / N, G² = 2 Σ O·ln(O/E) with 0·ln 0 = 0,
 * then corrected (see {@link G2Options}), and signed + when the target uses w
 * more than expected (a > E_a = (a+b)(a+c)/N), − otherwise (quanteda's rule).
 *
 * A term absent from both columns (a = b = 0) gets 0. A negative or non-finite
 * cell, or N = 0, throws.
 *
 * @example
 * signedG2(10, 2, 90, 98, { correction: "none" }); // => 6.16259166600574 (target uses w more)
 */
export function signedG2(a: number, b: number, c: number, d: number, options: G2Options = {}): number {
  const correction = options.correction ?? "default";
  assertOneOf("signedG2", "correction", correction, G2_CORRECTIONS);
  const eps = options.epsilon ?? 0;
  if (!Number.isFinite(eps) || eps < 0) throw new Error(`signedG2: epsilon is ${String(eps)}; it must be a finite number ≥ 0`);
  for (const [name, v] of [["a", a], ["b", b], ["c", c], ["d", d]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new Error(`signedG2: cell ${name} is ${String(v)}; cells must be finite counts ≥ 0`);
    }
  }
  const n = a + b + c + d;
  if (!(n > 0)) throw new Error("signedG2: the table is empty (N = 0)");
  if (a + b === 0) return 0;

  let [aa, bb, cc, dd] = [a, b, c, d];
  if (correction === "default" || correction === "yates") {
    const delta = yatesDelta(a, b, c, d, n);
    const s = a * d - b * c > 0 ? 1 : -1;
    aa -= s * delta;
    dd -= s * delta;
    bb += s * delta;
    cc += s * delta;
  }
  // Margins are unchanged by the shift, so expected counts use the original margins.
  const r1 = a + b;
  const r2 = c + d;
  const k1 = a + c;
  const k2 = b + d;
  const g2 = 2 * (term(aa, (r1 * k1) / n, eps) + term(bb, (r1 * k2) / n, eps) + term(cc, (r2 * k1) / n, eps) + term(dd, (r2 * k2) / n, eps));
  const q = correction === "williams" ? williamsQ(a, b, c, d, n) : 1;
  const signed = ((a > (r1 * k1) / n ? 1 : -1) * g2) / q;
  return signed === 0 ? 0 : signed; // no −0
}

/** O·ln(O/E + ε), with 0·ln(·) = 0. */
function term(o: number, e: number, eps: number): number {
  return o === 0 ? 0 : o * Math.log(o / e + eps);
}

/** quanteda's conditional Yates δ: 0.5 when |ad − bc| ≥ N/2 and some expected count < 5, else 0. */
function yatesDelta(a: number, b: number, c: number, d: number, n: number): number {
  const small = ((a + b) * (a + c)) / n < 5 || ((a + b) * (b + d)) / n < 5 || ((a + c) * (c + d)) / n < 5 || ((c + d) * (b + d)) / n < 5;
  return Math.abs(a * d - b * c) >= n / 2 && small ? 0.5 : 0;
}

/** Williams' (1976) q for a 2×2 table; 1 when any cell is 0 (quanteda's convention). */
function williamsQ(a: number, b: number, c: number, d: number, n: number): number {
  if (a * b * c * d === 0) return 1;
  return 1 + ((n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1)) / (6 * n);
}
