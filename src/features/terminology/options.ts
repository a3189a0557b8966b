import { G2_CORRECTIONS, type G2Correction } from "../../stats/g2";
import { TERMINOLOGY_PROFILE_DEFAULTS } from "../../profile/terminology";
import type { LabelVoice } from "../../profile/terminology-label-voice";
import { TERM_DEFAULTS, termOptions, type TermOptions } from "../../profile/terms";
import { checkStopWords, type StopWordsOption } from "./stop-words";

/**
 * Every default of the terminology features, in one place (the map's own,
 * unit, stop words, numbers and the names' context window, come from
 * `TERMINOLOGY_PROFILE_DEFAULTS`, since the map decides them).
 */
export const DEFAULTS = Object.freeze({
  /** `labelChoice` and `labelDivergence`. */
  labels: Object.freeze({
    /** Count within each event instead of pooled. */
    byEvent: false,
    /** Lidstone α of label divergence: none, since smoothing would invent label usage. */
    smoothing: 0,
    /** Pairs among at most this many outlets (pairs grow with its square). */
    maxOutlets: 100,
    /** The voice label divergence compares and the chart draws: the outlet's own words (quoted labels are not its choice). */
    labelVoice: "own" as LabelVoice,
  }),
  /** `distinctiveTerms`. */
  distinctive: Object.freeze({
    /** Lemmas, or lower-cased surface forms (a map option). */
    unit: TERM_DEFAULTS.unit,
    /** Unigrams and bigrams. */
    ngrams: TERM_DEFAULTS.ngrams,
    /** Drop stop words, and bigrams containing them (a map option). */
    keepStopWords: TERM_DEFAULTS.keepStopWords,
    /** Drop number tokens (a map option). */
    keepNumbers: TERM_DEFAULTS.keepNumbers,
    /** No extra stop words: the map already drops wink-nlp's (see `DistinctiveOptions.stopWords`). */
    stopWords: null as StopWordsOption,
    /** Each outlet against the rest (pairwise when `pairs` is given). */
    comparison: "one-vs-rest" as "one-vs-rest" | "pairwise",
    /** π̂ from the whole corpus. */
    background: "corpus" as "corpus" | "comparison",
    /** Every row. */
    top: Infinity,
    /** Keep every term. */
    minCount: 1,
    /** Terms a target never uses that keep a row against the rest. */
    restAbsent: 50,
    /** quanteda's continuity correction of G². */
    correction: "default" as G2Correction,
  }),
  /** `pairedDistinctiveTerms` (within-event keyness, issue 11 finding 5). */
  paired: Object.freeze({
    /** Unigrams and bigrams, each its own analysis. */
    ngrams: TERM_DEFAULTS.ngrams,
    /** Keep every term. */
    minCount: 1,
    /** Terms combined over at least one event. */
    minEvents: 1,
    /** No extra stop words (see `DistinctiveOptions.stopWords`). */
    stopWords: null as StopWordsOption,
    /** Terms an outlet never uses in its events that keep a row. */
    restAbsent: 50,
    /** Every row. */
    top: Infinity,
  }),
  /** `transliterationVariants`. */
  variants: Object.freeze({
    /** Least Jaro–Winkler similarity of two forms used in one event (Dmytro/Dmitry: 0.82, Kyiv/Kiev: 0.85); necessary, never sufficient. */
    minSimilarity: 0.8,
    /** Least complementarity. */
    minComplementarity: 0.5,
    /** Shortest form, in characters: two-letter forms (Ki, UN) match too much. */
    minLength: 3,
    /** Least capitalised uses of each form: one article per outlet is a common corpus. */
    minCount: 1,
    /** Non-stop words each side of a use taken as context (a map option). */
    window: TERMINOLOGY_PROFILE_DEFAULTS.window,
    /** Least context words the two forms share in the events they share: one, since a name used once by each outlet has few. */
    minSharedContext: 1,
  }),
});

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
  /**
   * Words whose terms are dropped before the model is fitted (a reduce
   * option, applied on top of what the map dropped): *"english"*, the
   * Snowball English list shipped in the repository (`SNOWBALL_ENGLISH`), or
   * your own list (e.g. "say", "said", an agency's name). A unigram in the
   * list and every bigram with a word in it are removed from the counts, the
   * totals, the background and V, so the z of every other term is computed
   * without them. Matched lower-cased against the term (the lemma by default).
   * Defaults to *null*, none: the map already drops wink-nlp's stop words
   * (`keepStopWords`), and Monroe, Colaresi & Quinn (2008, §3) keep the
   * remaining function words on purpose, letting the prior shrink frequent
   * words instead of deleting them; a list removes what it names whatever
   * the evidence, so it is something a study chooses and reports.
   */
  stopWords?: StopWordsOption;
}

export type ResolvedDistinctiveOptions = Required<Omit<DistinctiveOptions, "pairs" | "alpha0" | "stopWords">> & {
  stopWords: StopWordsOption;
  pairs: readonly (readonly [string, string])[] | undefined;
  alpha0: number | undefined;
};

/** Fills in defaults and checks every value, with a message naming the option. */
export function distinctiveOptions(options: DistinctiveOptions = {}): ResolvedDistinctiveOptions {
  const given = { unit: options.unit, ngrams: options.ngrams, keepStopWords: options.keepStopWords, keepNumbers: options.keepNumbers };
  const t = termOptions(Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as TermOptions);
  const terms = { unit: t.unit, ngrams: t.ngrams, keepStopWords: t.keepStopWords, keepNumbers: t.keepNumbers };
  const D = DEFAULTS.distinctive;
  const comparison = options.comparison ?? (options.pairs ? "pairwise" : D.comparison);
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
  const background = options.background ?? D.background;
  if (background !== "corpus" && background !== "comparison") throw new Error(`invalid background: ${String(background)} (use "corpus" or "comparison")`);
  const top = options.top ?? D.top;
  if (!(top === Infinity || (Number.isInteger(top) && top >= 1))) throw new Error(`invalid top: ${String(top)} (use a whole number ≥ 1, or Infinity for every row)`);
  const minCount = options.minCount ?? D.minCount;
  if (!Number.isInteger(minCount) || minCount < 1) throw new Error(`invalid minCount: ${String(minCount)} (use a whole number ≥ 1)`);
  const restAbsent = options.restAbsent ?? D.restAbsent;
  if (!(restAbsent === Infinity || (Number.isInteger(restAbsent) && restAbsent >= 0))) throw new Error(`invalid restAbsent: ${String(restAbsent)} (use a whole number ≥ 0, or Infinity for every term)`);
  const correction = options.correction ?? D.correction;
  if (!G2_CORRECTIONS.includes(correction)) throw new Error(`invalid correction: ${String(correction)} (use one of ${G2_CORRECTIONS.map((c) => `"${c}"`).join(", ")})`);
  const stopWords = options.stopWords === undefined ? D.stopWords : checkStopWords(options.stopWords);
  return { ...terms, comparison, pairs: options.pairs, alpha0, background, top, minCount, restAbsent, correction, stopWords };
}

/** Options of `transliterationVariants`. */
export interface VariantOptions {
  /** Least Jaro–Winkler similarity of the two folded forms. Defaults to *0.8* (Dmytro/Dmitry: 0.82, Kyiv/Kiev: 0.85). */
  minSimilarity?: number;
  /** Least complementarity (how far the outlets keep to one form each; see the row). Defaults to *0.5*. */
  minComplementarity?: number;
  /** Shortest form considered, in characters. Defaults to *3*: two-letter forms (Ki, UN) match too much. */
  minLength?: number;
  /** Least capitalised uses of each form. Defaults to *1*: one article per outlet is a common corpus. */
  minCount?: number;
  /** Non-stop words taken on each side of a use as its context. Defaults to *3*. */
  window?: number;
  /**
   * Least context words the two forms must share, counted over the events in
   * which both are used. Defaults to *1*: a name used once by each outlet has
   * only a few context words. Raise it on a large corpus, where frequent
   * words ("say", "president") sit next to many names.
   */
  minSharedContext?: number;
}

/** `DEFAULTS.variants`, under its earlier name. */
export const VARIANT_DEFAULTS: Readonly<Required<VariantOptions>> = DEFAULTS.variants;

/** Fills in defaults and checks every value, with a message naming the option. */
export function variantOptions(options: VariantOptions = {}): Required<VariantOptions> {
  const o = { ...VARIANT_DEFAULTS };
  for (const k of Object.keys(VARIANT_DEFAULTS) as (keyof VariantOptions)[]) if (options[k] !== undefined) o[k] = options[k]!;
  for (const k of ["minSimilarity", "minComplementarity"] as const) {
    if (typeof o[k] !== "number" || !(o[k] >= 0 && o[k] <= 1)) throw new Error(`invalid ${k}: ${String(o[k])} (use a number in [0, 1])`);
  }
  for (const k of ["minLength", "minCount", "window", "minSharedContext"] as const) {
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new Error(`invalid ${k}: ${String(o[k])} (use a whole number ≥ 1)`);
  }
  return o;
}
