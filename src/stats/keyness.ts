import { assertCountMap } from "./check";
import { chiSquared1UpperTail } from "./chisq";
import { signedG2, type G2Options } from "./g2";
import { sum } from "./sum";
import { compareCodeUnits } from "../util/compare";

/** One row of {@link keynessG2}. */
export interface KeynessRow {
  term: string;
  /** Count of the term in the target. */
  target: number;
  /** Count of the term in the reference. */
  reference: number;
  /** Signed G² (+ = key for the target, − = key for the reference). */
  G2: number;
  /** P(χ²₁ ≥ |G²|), as quanteda's `1 − pchisq(abs(stat), 1)` but from the tail (see chiSquared1UpperTail). */
  p: number;
}

/**
 * G² (log-likelihood) keyness of every term, target vs reference, following
 * quanteda.textstats' `textstat_keyness(x, measure = "lr")` (R/textstat_keyness.R
 * and src/keyness.cpp): for each term a 2×2 table (target count, reference
 * count, target total − count, reference total − count), G² from expected
 * counts under independence, signed + when the target uses the term more than
 * expected, with quanteda's default correction (see {@link G2Options}: the
 * conditional Yates correction, not Williams' despite quanteda's help page).
 * The formula is in {@link signedG2}.
 *
 * Rows: every term with a positive count on either side, sorted by term
 * (code-unit order); quanteda sorts by G² — callers sort.
 *
 * Throws on a negative or non-finite count, or a side with total 0 ("needs
 * words on both sides").
 *
 * @example
 * keynessG2(new Map([["kiev", 5], ["said", 20]]), new Map([["kyiv", 5], ["said", 20]]));
 * // => rows for kiev (G2 > 0), kyiv (G2 < 0), said (G2 = 0)
 */
export function keynessG2(
  target: ReadonlyMap<string, number>,
  reference: ReadonlyMap<string, number>,
  options: G2Options = {},
): KeynessRow[] {
  assertCountMap("keynessG2", "target", target);
  assertCountMap("keynessG2", "reference", reference);
  const tTotal = sum([...target.values()]);
  const rTotal = sum([...reference.values()]);
  if (tTotal === 0) throw new Error("keynessG2: the target has total 0; keyness needs words on both sides");
  if (rTotal === 0) throw new Error("keynessG2: the reference has total 0; keyness needs words on both sides");
  const terms = [...new Set([...target.keys(), ...reference.keys()])]
    .filter((t) => (target.get(t) ?? 0) > 0 || (reference.get(t) ?? 0) > 0)
    .sort(compareCodeUnits);
  return terms.map((term) => {
    const a = target.get(term) ?? 0;
    const b = reference.get(term) ?? 0;
    const G2 = signedG2(a, b, Math.max(0, tTotal - a), Math.max(0, rTotal - b), options);
    return { term, target: a, reference: b, G2, p: chiSquared1UpperTail(Math.abs(G2)) };
  });
}
