import { G2_CORRECTIONS, type G2Correction } from "../../stats/g2";
import { termOptions, type TermOptions } from "./term-counts";

/** Options of `distinctiveTerms`; the term options (unit, ngrams, stop words, numbers) are those of `termCounts`. */
export interface DistinctiveOptions extends TermOptions {
  /**
   * *one-vs-rest*: each outlet (target) against all other outlets pooled
   * (reference `"(rest)"`); *pairwise*: every pair of outlets, target = the
   * first in code-unit order. Defaults to *one-vs-rest*, or *pairwise* when
   * `pairs` is given.
   */
  comparison?: "one-vs-rest" | "pairwise";
  /**
   * Pairs to compare, target first: `[["tass", "yahoo"]]` gives rows with
   * target tass, reference yahoo (z > 0: tass uses the term more). Only with
   * comparison *pairwise*. Defaults to *every pair*.
   */
  pairs?: readonly (readonly [string, string])[];
  /**
   * Prior strength α₀ of the Dirichlet prior (Monroe et al. 2008, eq. 16–22).
   * Defaults to *V, the number of distinct terms in the background*, so the
   * mean per-term prior α_w is one pseudo-count (stats `defaultAlpha0`, whose
   * TSDoc gives the comparison with other choices). It behaves on a corpus of
   * one article per outlet: a word one outlet uses 5 times and the others
   * never gets z ≈ 2.5 there, close to the best any α₀ gives, while a
   * uniform α_w = 0.01 gives 0.76 and a prior as large as the corpus 2.0.
   */
  alpha0?: number;
  /**
   * Where π̂_w (hence α_w = α₀·π̂_w) comes from: *corpus*, the counts of all
   * articles given (Monroe et al.'s choice and shared/DESIGN.md's default), or
   * *comparison*, the two sides compared pooled. Same thing for one-vs-rest.
   * Defaults to *corpus*.
   */
  background?: "corpus" | "comparison";
  /**
   * Keep the top k rows per side of each comparison: the k highest z (terms
   * of the target) and the k lowest (terms of the reference); z = 0 rows drop
   * out when k is finite. Defaults to *Infinity*: the full table, for export;
   * pass e.g. 20 for a chart.
   */
  top?: number;
  /**
   * Drop rows whose term occurs fewer than this many times in the two sides
   * together (after the model is fitted: the prior and totals still see every
   * term). Defaults to *1* (keep all). Not the 10 of common implementations:
   * with one article per outlet, almost no term reaches 10, and the prior
   * already shrinks rare terms toward z = 0.
   */
  minCount?: number;
  /**
   * In one-vs-rest comparisons, how many of the terms the target never uses
   * keep a row: the most under-used (lowest z). Every term the target uses
   * keeps its row. Defaults to *50*. Pairwise comparisons keep every term of
   * either side.
   */
  restAbsent?: number;
  /** Continuity correction of the G² keyness column (stats `G2Options`). Defaults to *"default"*, quanteda's. */
  correction?: G2Correction;
}

export type ResolvedDistinctiveOptions = Required<Omit<DistinctiveOptions, "pairs" | "alpha0">> & {
  pairs: readonly (readonly [string, string])[] | undefined;
  alpha0: number | undefined;
};

/** Fills in defaults and checks every value, with a message naming the option. */
export function distinctiveOptions(options: DistinctiveOptions = {}): ResolvedDistinctiveOptions {
  const given = { unit: options.unit, ngrams: options.ngrams, keepStopWords: options.keepStopWords, keepNumbers: options.keepNumbers };
  const t = termOptions(Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as TermOptions);
  const terms = { unit: t.unit, ngrams: t.ngrams, keepStopWords: t.keepStopWords, keepNumbers: t.keepNumbers };
  const comparison = options.comparison ?? (options.pairs ? "pairwise" : "one-vs-rest");
  if (comparison !== "one-vs-rest" && comparison !== "pairwise") throw new Error(`invalid comparison: ${String(comparison)} (use "one-vs-rest" or "pairwise")`);
  if (options.pairs !== undefined) {
    if (comparison !== "pairwise") throw new Error(`invalid pairs: pairs are compared pairwise, but comparison is "${comparison}" (drop one of the two options)`);
    if (!Array.isArray(options.pairs) || options.pairs.length === 0) throw new Error(`invalid pairs: ${JSON.stringify(options.pairs)} (give at least one [target, reference] pair)`);
    for (const p of options.pairs) {
      if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== "string" || typeof p[1] !== "string") throw new Error(`invalid pairs: ${JSON.stringify(p)} is not a [target, reference] pair of outlet ids`);
      if (p[0] === p[1]) throw new Error(`invalid pairs: ${JSON.stringify(p)} compares an outlet with itself`);
    }
  }
  const alpha0 = options.alpha0;
  if (alpha0 !== undefined && (typeof alpha0 !== "number" || !Number.isFinite(alpha0) || alpha0 <= 0)) throw new Error(`invalid alpha0: ${String(alpha0)} (use a finite number > 0, or leave it out for V)`);
  const background = options.background ?? "corpus";
  if (background !== "corpus" && background !== "comparison") throw new Error(`invalid background: ${String(background)} (use "corpus" or "comparison")`);
  const top = options.top ?? Infinity;
  if (!(top === Infinity || (Number.isInteger(top) && top >= 1))) throw new Error(`invalid top: ${String(top)} (use a whole number ≥ 1, or Infinity for every row)`);
  const minCount = options.minCount ?? 1;
  if (!Number.isInteger(minCount) || minCount < 1) throw new Error(`invalid minCount: ${String(minCount)} (use a whole number ≥ 1)`);
  const restAbsent = options.restAbsent ?? 50;
  if (!(restAbsent === Infinity || (Number.isInteger(restAbsent) && restAbsent >= 0))) throw new Error(`invalid restAbsent: ${String(restAbsent)} (use a whole number ≥ 0, or Infinity for every term)`);
  const correction = options.correction ?? "default";
  if (!G2_CORRECTIONS.includes(correction)) throw new Error(`invalid correction: ${String(correction)} (use one of ${G2_CORRECTIONS.map((c) => `"${c}"`).join(", ")})`);
  return { ...terms, comparison, pairs: options.pairs, alpha0, background, top, minCount, restAbsent, correction };
}
