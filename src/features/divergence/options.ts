import { DIVERGENCE_TERM_DEFAULTS } from "../../profile/divergence";
import type { TermOptions } from "../../profile/terms";
import type { VoiceOptions } from "../../profile/voice-rules";
import { checkMaxOutlets } from "../top-outlets";
import { STATISTICS_DEFAULTS } from "../options";

/** Every default of the divergence family, in one place. */
export const DEFAULTS = Object.freeze({
  /** Pairwise divergence among at most this many outlets (those with most articles): pairs grow with the square of the outlet count. */
  maxOutlets: 100,
  /** Lidstone α added to every term count before the term JSD: ≈ 30 pseudo-counts over a 3,000-term vocabulary, enough that a term one outlet never uses is not infinitely surprising, too few to swamp a 700-word article. */
  termSmoothing: 0.01,
  /** Terms of the term family: lemma unigrams, stop words out (the map's default, see DIVERGENCE_TERM_DEFAULTS). */
  terms: DIVERGENCE_TERM_DEFAULTS,
  /** Headline sentences count in the sentiment family. */
  includeHeadline: true,
  /** Bootstrap replicates per interval (shared, see STATISTICS_DEFAULTS). */
  iterations: STATISTICS_DEFAULTS.iterations,
  /** Most random relabellings per permutation p-value (shared). */
  permutations: STATISTICS_DEFAULTS.permutations,
  /**
   * Early stopping of permutation tests (Besag & Clifford 1991, see
   * stats/sequential-p): stop once this many relabellings are at least as
   * extreme as observed. 10: the p-value stays exact whatever h; a pair
   * with no difference (p uniform under the null) then costs about
   * h·(1 + ln(m/h)) ≈ 56 relabellings instead of 999, while any p below
   * h/m ≈ 0.01 — everything near a 0.05 or 0.01 decision — gets all m
   * draws, as before; stopped p-values (≥ 0.01) carry a relative
   * Monte-Carlo error of about 1/√h ≈ 30%, which cannot move a p of 0.2
   * across 0.05. 0 turns it off.
   */
  sequentialH: 10,
  /**
   * Most within-event rows (scope *event*) in the table: 100 outlets in 100
   * events make 4,950 pairs × 100 events × 6 families ≈ 3 million rows, more
   * than memory and a CSV string hold. Past it, event rows are written for the
   * pairs among the outlets with most articles that fit; every pair's
   * over-events row still averages all its shared events.
   */
  maxEventRows: 100_000,
  /** Fewest articles each outlet of a pair needs before a permutation p-value is given. */
  minArticlesPerOutlet: 2,
  /** Fewest distinct within-event relabellings a pair's articles must allow before a p-value is given: 20, so p can reach 0.05 (1/20); fewer and the row says "not testable". */
  minRelabellings: 20,
  /** Interval coverage (shared). */
  level: STATISTICS_DEFAULTS.level,
  /** Seed of every random stream (shared). */
  seed: STATISTICS_DEFAULTS.seed,
});

export interface DivergenceOptions {
  /** Lidstone α added to every term count before the term JSD. Defaults to *0.01*: enough to keep a term one outlet never uses from counting as infinitely surprising, small enough (≈ 30 pseudo-counts over a 3,000-term vocabulary) not to swamp a 700-word article. */
  termSmoothing?: number;
  /**
   * The terms the profiles counted (the map's `divergence.terms` option,
   * which decides them); recorded in the params. Defaults to lemma
   * unigrams, stop words out.
   */
  terms?: TermOptions;
  /** Count headline sentences in the sentiment family. Defaults to *true*. */
  includeHeadline?: boolean;
  /** Bootstrap replicates for intervals. Defaults to *2000*. */
  iterations?: number;
  /** Most random relabellings per permutation p-value. Defaults to *999*. */
  permutations?: number;
  /** Stop a permutation test after this many relabellings at least as extreme as observed (Besag & Clifford 1991); *0* draws all `permutations`. Defaults to *10*. */
  sequentialH?: number;
  /** Fewest articles each outlet of a pair needs before a permutation p-value is given. Defaults to *2*. */
  minArticlesPerOutlet?: number;
  /** Fewest distinct within-event relabellings (∏ over events of C(articles, A's articles)) before an article-permutation p-value is given; fewer and the row is "not testable". Defaults to *20* (p can reach 1/20 = 0.05). */
  minRelabellings?: number;
  /** Interval coverage. Defaults to *0.95*. */
  level?: number;
  /** Seed of every random stream. Defaults to *1*. */
  seed?: number;
  /** Article id → claim ids it carries, from coverage (`claimsByArticle`); without it the coverage family is undefined. */
  claims?: ReadonlyMap<string, readonly string[]>;
  /** Which quotes count as voice for the voice family (see voice-options). */
  voice?: VoiceOptions;
  /**
   * Pairwise divergence among at most this many outlets: those with most
   * articles (ties by id). Defaults to *100* (4,950 pairs): pairs grow with
   * the square of the outlet count (1,000 outlets make 499,500 pairs, each
   * with its bootstrap and permutations), and an outlet with one or two
   * articles gives a pair no test can speak of. The outlets left out are
   * named in a warning; raise it to include them.
   */
  maxOutlets?: number;
  /**
   * Most within-event rows (scope *event*): when every pair's rows in every
   * event would be more, they are written only for the pairs among the K
   * outlets with most articles (ties by id) whose pairs fit, said in a
   * warning; every pair's over-events row still uses all its events.
   * Defaults to *100,000*; *0* writes none.
   */
  maxEventRows?: number;
}

export type DivergenceParams = Required<Omit<DivergenceOptions, "terms" | "claims" | "voice">> & { readonly terms: TermOptions; readonly lexicon: { name: string; version: string; hash: string } | null };

/** Every option but claims and voice, defaults filled in. */
export type ResolvedDivergenceOptions = Required<Omit<DivergenceOptions, "claims" | "voice">>;

/** Fills in defaults (without claims and voice) and checks values, with a message naming the option. */
export function divergenceOptions(options: Omit<DivergenceOptions, "claims" | "voice">): ResolvedDivergenceOptions {
  const o: ResolvedDivergenceOptions = { ...DEFAULTS, ...options };
  checkMaxOutlets(o.maxOutlets);
  if (!(o.termSmoothing >= 0)) throw new Error(`invalid termSmoothing: ${o.termSmoothing} (use a number ≥ 0)`);
  for (const k of ["iterations", "permutations", "minArticlesPerOutlet", "minRelabellings", "seed", "sequentialH", "maxEventRows"] as const) {
    const min = k === "seed" ? -Infinity : k === "sequentialH" || k === "maxEventRows" ? 0 : 1;
    if (!Number.isInteger(o[k]) || o[k] < min) throw new Error(`invalid ${k}: ${o[k]} (use a whole number${k === "seed" ? "" : ` ≥ ${min}`})`);
  }
  if (!(o.level > 0 && o.level < 1)) throw new Error(`invalid level: ${o.level} (use a number in (0, 1), e.g. 0.95)`);
  return o;
}
