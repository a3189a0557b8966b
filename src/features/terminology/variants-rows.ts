import type { FeatureResult, LexiconRef } from "../result";
import type { VariantOptions } from "./options";


/** One suggested pair of spellings of one name. */
export interface VariantRow {
  /** The spelling suggested as canonical (used by more outlets, then more often, then code-unit order), as most often written. */
  readonly formA: string;
  readonly formB: string;
  readonly countA: number;
  readonly countB: number;
  /** Outlets using each form and how often, sorted by outlet. */
  readonly outletsA: readonly { readonly outlet: string; readonly count: number }[];
  readonly outletsB: readonly { readonly outlet: string; readonly count: number }[];
  readonly articleIdsA: readonly string[];
  readonly articleIdsB: readonly string[];
  /** Jaro–Winkler similarity of the folded forms. */
  readonly similarity: number;
  /** Levenshtein distance of the folded forms. */
  readonly editDistance: number;
  /**
   * 2·Σ_o max(a_o, b_o) / Σ_o (a_o + b_o) − 1 over outlets o using a_o of form A
   * and b_o of form B: 1 when every outlet keeps to one form, 0 when every
   * outlet mixes them evenly.
   */
  readonly complementarity: number;
  /** Cosine of the two forms' context-word count vectors over the events they share (over all uses for a declared pair sharing none); > 0 on every row. */
  readonly context: number;
  /** Events in which both forms are used (0 only for a pair the lexicon declares). */
  readonly sharedEvents: number;
  /** Context words both forms have in those events, most shared first (at most 5). */
  readonly sharedContext: readonly string[];
  /** How many context words both forms have (≥ `minSharedContext` on every row). */
  readonly sharedContextCount: number;
  /** The lexicon entry (actor name or concept id) that declares the two forms variants, or null. */
  readonly declared: string | null;
  /** The two forms have the same transliteration skeleton (Kyiv/Kiev → "kv"; see `transliterationSkeleton`); descriptive, not a reason for a row. */
  readonly skeleton: boolean;
  /** similarity × complementarity × (1 + context) / 2, in [0, 1]. Rows are sorted by it. */
  readonly score: number;
  /** A lexicon line listing both spellings, e.g. `Kiev: [Kiev, Kyiv]` (for `actors`). */
  readonly yaml: string;
  /** A `concepts` entry that keeps the spellings apart as competing labels, as the bundled lexicon does for Kyiv/Kiev. */
  readonly conceptYaml: string;
}

export interface VariantParams extends Required<VariantOptions> {
  /** Distinct folded capitalised forms that passed the name filters. */
  readonly candidates: number;
  /** Pairs of spellings the lexicon declares variants (`declaredPairs`); 0 without one. */
  readonly declaredPairs: number;
  /** The lexicon the declared pairs came from, or null. */
  readonly lexicon: LexiconRef | null;
}

export type VariantResult = FeatureResult<"transliteration-variants", VariantParams, VariantRow>;
