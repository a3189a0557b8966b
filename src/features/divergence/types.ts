import type { DivergenceFamily } from "./measures";

export type DivergenceScope = "pooled" | "event" | "over-events";

/** The divergence between two outlets on one family, at one scope. */
export interface DivergenceRow {
  readonly family: DivergenceFamily | "combined";
  /** `pooled`: all articles of each outlet; `event`: one event; `over-events`: mean of the per-event values. */
  readonly scope: DivergenceScope;
  readonly event: string | null;
  /** outletA < outletB (sorted); the sentiment value is mean(A) − mean(B). */
  readonly outletA: string;
  readonly outletB: string;
  /** JSD in [0, 1] for terms and labels; a difference of means for sentiment; null when undefined (see `note`). */
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** How lower and upper were made (see DIVERGENCE_COLUMN_DOCS); null when there is no interval (`note` says why). */
  readonly interval: string | null;
  /** Monte-Carlo p-value of the test `test` names; null when not tested or not testable (never 1 for "could not move"). */
  readonly p: number | null;
  /** Holm (1979) adjusted p over the family's pooled rows with a p-value (stats/adjust-p); null where p is. */
  readonly pHolm: number | null;
  /** Benjamini–Hochberg (1995) adjusted p over the same family of tests; null where p is. */
  readonly pBH: number | null;
  /** The test behind p (see DIVERGENCE_TESTS), "not testable" (`note` says why) or "not tested" (descriptive rows). */
  readonly test: string;
  /** Random relabellings the p-value used: `permutations` at most, fewer when the sequential test stopped early (Besag & Clifford 1991); null when there is no p-value. */
  readonly permutations: number | null;
  /** Why a value, interval or p-value is missing; null when nothing is. */
  readonly note: string | null;
  /**
   * outletA's articles compared, listed for event rows only. A pooled or
   * over-events row compares every article of the outlet, so listing them
   * for each of its pairs and families repeats the corpus pairs × families
   * times (120 million link rows at 100,000 articles of 100 outlets): null
   * there, and `nA` counts them.
   */
  readonly articlesA: readonly string[] | null;
  readonly articlesB: readonly string[] | null;
  /** Articles of outletA (nA) and outletB (nB) behind the value. */
  readonly nA: number;
  readonly nB: number;
  /** Events both outlets cover (over-events rows); null otherwise. */
  readonly events: number | null;
}
