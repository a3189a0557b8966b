import { RESAMPLE_CHOICES, type ResampleChoice } from "../../stats/bootstrap";
import { STATISTICS_DEFAULTS } from "../options";

/** Every default of the sentiment family, in one place. */
export const DEFAULTS = Object.freeze({
  /** Neutral band of sentence scores: |s| ≤ 0.05 is neutral, the band Hutto & Gilbert (2014, VADER, ICWSM) recommend for scores in [−1, 1]. */
  neutralBand: 0.05,
  /** Headline sentences count (the arc always leaves them out: positions are of the body). */
  includeHeadline: true,
  /** Bootstrap replicates per interval (shared, see STATISTICS_DEFAULTS). */
  iterations: STATISTICS_DEFAULTS.iterations,
  /** Interval coverage (shared). */
  level: STATISTICS_DEFAULTS.level,
  /** Seed of every random stream (shared). */
  seed: STATISTICS_DEFAULTS.seed,
  /**
   * How intervals resample articles and sentences: "auto" resamples articles
   * alone (the cluster bootstrap, Field & Welsh 2007) when a group has at least
   * 30 articles, else articles then sentences within them (two-stage, Davison &
   * Hinkley 1997, §3.8, conservative: it counts sentence-to-sentence variation
   * twice). Each row's `resample` says which was used.
   */
  resample: "auto" as ResampleChoice,
  /** Equal-width position bins of the sentiment arc over [0, 1]. */
  bins: 5,
});

/** Options shared by the sentiment features. */
export interface SentimentOptions {
  /**
   * Sentences whose wink-nlp score s has |s| ≤ neutralBand are neutral, s below
   * −neutralBand negative, above it positive. Defaults to *0.05*, the band
   * Hutto & Gilbert (2014, VADER, ICWSM) recommend for scores in [−1, 1].
   */
  neutralBand?: number;
  /** Count headline sentences. Defaults to *true* (the arc always leaves them out: positions are of the body). */
  includeHeadline?: boolean;
  /** Bootstrap replicates. Defaults to *2000*. */
  iterations?: number;
  /** Interval coverage. Defaults to *0.95*. */
  level?: number;
  /** Seed of every random stream (each row derives its own from it). Defaults to *1*. */
  seed?: number;
  /**
   * Bootstrap resampling scheme (see `ResampleScheme` in stats/bootstrap-scheme).
   * Defaults to *"auto"*: articles alone from 30 articles in a group, articles
   * then sentences below that.
   */
  resample?: ResampleChoice;
}

export type ResolvedSentimentOptions = Required<SentimentOptions>;

/** The defaults of the options every sentiment result records in its params (DEFAULTS without the arc's `bins`). */
export const SENTIMENT_DEFAULTS: ResolvedSentimentOptions = Object.freeze({
  neutralBand: DEFAULTS.neutralBand, includeHeadline: DEFAULTS.includeHeadline,
  iterations: DEFAULTS.iterations, level: DEFAULTS.level, seed: DEFAULTS.seed, resample: DEFAULTS.resample,
});

/** Fills in defaults and checks values, with a message naming the option. */
export function sentimentOptions(options: SentimentOptions = {}): ResolvedSentimentOptions {
  const o = { ...SENTIMENT_DEFAULTS, ...options };
  if (!(o.neutralBand >= 0 && o.neutralBand < 1)) throw new Error(`invalid neutralBand: ${o.neutralBand} (use a number in [0, 1))`);
  if (!Number.isInteger(o.iterations) || o.iterations < 1) throw new Error(`invalid iterations: ${o.iterations} (use a whole number ≥ 1)`);
  if (!(o.level > 0 && o.level < 1)) throw new Error(`invalid level: ${o.level} (use a number in (0, 1), e.g. 0.95)`);
  if (!Number.isInteger(o.seed)) throw new Error(`invalid seed: ${o.seed} (use a whole number)`);
  if (!RESAMPLE_CHOICES.includes(o.resample)) throw new Error(`invalid resample: ${String(o.resample)} (use one of ${RESAMPLE_CHOICES.map((c) => `"${c}"`).join(", ")})`);
  return o;
}

/** Polarity class of one score under a neutral band. */
export function polarity(score: number, band: number): "negative" | "neutral" | "positive" {
  return score < -band ? "negative" : score > band ? "positive" : "neutral";
}
