import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { bootstrapInterval, type BootstrapResult, type ResampleScheme } from "../../stats/bootstrap";
import { byOutlet, eventOf, subSeed } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { sentimentOptions, type ResolvedSentimentOptions, type SentimentOptions } from "./options";
import { meanOf, scoresOf, shareAbove, shareBelow, shareWithin } from "./scores";

/** One article's sentence sentiment. */
export interface ArticleSentimentRow {
  readonly outlet: string;
  readonly event: string;
  readonly articleId: string;
  readonly sentences: number;
  /** Mean wink-nlp sentence score; null when the article has no sentences counted. */
  readonly mean: number | null;
  readonly negative: number | null;
  readonly neutral: number | null;
  readonly positive: number | null;
}

/**
 * Per article: mean sentence score and the shares of negative, neutral and
 * positive sentences (see `neutralBand`). Rows in article id order (`inProfileOrder`).
 *
 * @example
 * sentimentByArticle(profiles).rows[0]; // {outlet: "tass", articleId: "004_…", sentences: 26, mean: 0.08, …}
 */
export function sentimentByArticle(input: readonly Profiled<"sentiment">[], options: SentimentOptions = {}): FeatureResult<"sentiment-articles", ResolvedSentimentOptions, ArticleSentimentRow> {
  const profiles = inProfileOrder(input);
  const o = sentimentOptions(options);
  const warnings: Warning[] = [];
  const rows = profiles.map((p): ArticleSentimentRow => {
    const v = scoresOf(p.sentiment, o.includeHeadline);
    if (v.length === 0) {
      warnings.push({ code: "no-sentences", articleId: p.id, message: `article "${p.id}" has no sentences to score, so its sentiment is null.` });
      return { outlet: p.outlet, event: eventOf(p), articleId: p.id, sentences: 0, mean: null, negative: null, neutral: null, positive: null };
    }
    return { outlet: p.outlet, event: eventOf(p), articleId: p.id, sentences: v.length, mean: meanOf(v), negative: shareBelow(o.neutralBand)(v), neutral: shareWithin(o.neutralBand)(v), positive: shareAbove(o.neutralBand)(v) };
  });
  return featureResult("sentiment-articles", o, rows, warnings);
}

/** A point estimate with its bootstrap interval. */
export interface Interval { readonly estimate: number; readonly lower: number; readonly upper: number }

/** One outlet's sentence sentiment over all its articles. */
export interface OutletSentimentRow {
  readonly outlet: string;
  readonly articleIds: readonly string[];
  readonly articles: number;
  readonly sentences: number;
  /** Mean sentence score over all the outlet's sentences (each sentence weighs the same). */
  readonly mean: Interval;
  readonly negative: Interval;
  readonly neutral: Interval;
  readonly positive: Interval;
  /** How the intervals resampled (params.resample, "auto" resolved for this outlet). */
  readonly resample: ResampleScheme;
}

/**
 * Per outlet: mean sentence sentiment and polarity shares, each with a seeded
 * percentile bootstrap interval that resamples articles (from 30 articles, by
 * default) or articles then sentences within them (Davison & Hinkley 1997,
 * §3.8; see `resample` and stats/bootstrap). With one article an outlet's
 * interval reflects only sentence-to-sentence variation, and a warning says so.
 */
export function sentimentByOutlet(input: readonly Profiled<"sentiment">[], options: SentimentOptions = {}): FeatureResult<"sentiment-outlets", ResolvedSentimentOptions, OutletSentimentRow> {
  const profiles = inProfileOrder(input);
  const o = sentimentOptions(options);
  const warnings: Warning[] = [];
  const rows: OutletSentimentRow[] = [];
  for (const [outlet, articles] of byOutlet(profiles)) {
    const clusters = articles.map((p) => scoresOf(p.sentiment, o.includeHeadline)).filter((c) => c.length > 0);
    const n = clusters.reduce((k, c) => k + c.length, 0);
    if (n === 0) {
      warnings.push({ code: "no-sentences", message: `outlet "${outlet}" has no sentences to score; it has no sentiment row.` });
      continue;
    }
    let resample: ResampleScheme = "clusters-then-items";
    const interval = (name: string, stat: (v: number[]) => number): Interval => {
      const r: BootstrapResult = bootstrapInterval(clusters, stat, { seed: subSeed(o.seed, `${outlet}/${name}`), iterations: o.iterations, level: o.level, resample: o.resample });
      resample = r.resample;
      return { estimate: r.estimate, lower: r.lower, upper: r.upper };
    };
    if (clusters.length === 1) warnings.push({ code: "one-article", message: `outlet "${outlet}" has one article: its intervals reflect sentence-to-sentence variation only, not variation between articles.` });
    const mean = interval("mean", meanOf), negative = interval("negative", shareBelow(o.neutralBand));
    const neutral = interval("neutral", shareWithin(o.neutralBand)), positive = interval("positive", shareAbove(o.neutralBand));
    rows.push({ outlet, articleIds: articles.map((p) => p.id), articles: articles.length, sentences: n, mean, negative, neutral, positive, resample });
  }
  return featureResult("sentiment-outlets", o, rows, warnings);
}
