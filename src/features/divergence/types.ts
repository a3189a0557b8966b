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
  /** Permutation p-value (outlet labels shuffled across articles, within events); null when inference is not available (see `note`). */
  readonly p: number | null;
  /** Random relabellings the p-value used: `permutations` at most, fewer when the sequential test stopped early (Besag & Clifford 1991); null when there is no p-value. */
  readonly permutations: number | null;
  /** Why a value, interval or p-value is missing; null when nothing is. */
  readonly note: string | null;
  readonly articlesA: readonly string[];
  readonly articlesB: readonly string[];
  /** Events both outlets cover (over-events rows); null otherwise. */
  readonly events: number | null;
}
