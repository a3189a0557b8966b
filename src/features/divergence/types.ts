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
  readonly articlesA: readonly string[];
  readonly articlesB: readonly string[];
  /** Events both outlets cover (over-events rows); null otherwise. */
  readonly events: number | null;
}
