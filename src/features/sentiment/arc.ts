import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { bootstrapInterval, type ResampleScheme } from "../../stats/bootstrap";
import { byOutlet, subSeed } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { DEFAULTS, sentimentOptions, type ResolvedSentimentOptions, type SentimentOptions } from "./options";
import type { Interval } from "./outlets";
import { meanOf, scoresOf } from "./scores";

export interface ArcOptions extends Omit<SentimentOptions, "includeHeadline"> {
  /** Number of equal-width position bins over [0, 1]. Defaults to *5*. */
  bins?: number;
}

export interface ArcParams extends Omit<ResolvedSentimentOptions, "includeHeadline"> { readonly bins: number }

/** Mean sentence sentiment of one outlet in one position bin. */
export interface ArcRow {
  readonly outlet: string;
  /** 0-based bin index; the bin covers [from, to) ([from, 1] for the last). */
  readonly bin: number;
  readonly from: number;
  readonly to: number;
  readonly sentences: number;
  readonly articleIds: readonly string[];
  /** null when no sentence falls in the bin (a warning says so). */
  readonly mean: Interval | null;
  /** How the interval resampled (params.resample, "auto" resolved for this row); null with `mean`. */
  readonly resample: ResampleScheme | null;
}

/** Relative position of body sentence i of n: i/(n−1), 0 = lead, 1 = last; a lone sentence is at 0. */
export function relativePosition(i: number, n: number): number {
  return n <= 1 ? 0 : i / (n - 1);
}

/**
 * The sentiment arc: body sentences (headline left out) placed by relative
 * position in their article, binned, and averaged per outlet with a bootstrap
 * interval (see `resample`: articles alone from 30 articles, else articles
 * then sentences).
 */
export function sentimentArc(input: readonly Profiled<"sentiment">[], options: ArcOptions = {}): FeatureResult<"sentiment-arc", ArcParams, ArcRow> {
  const profiles = inProfileOrder(input);
  const { bins = DEFAULTS.bins, ...rest } = options;
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`invalid bins: ${bins} (use a whole number ≥ 1)`);
  const { includeHeadline: _ignored, ...o } = sentimentOptions({ ...rest, includeHeadline: false });
  const warnings: Warning[] = [];
  const rows: ArcRow[] = [];
  for (const [outlet, articles] of byOutlet(profiles)) {
    // per bin, per article: the scores of its sentences in that bin
    const perBin = Array.from({ length: bins }, () => new Map<string, number[]>());
    for (const p of articles) {
      const body = scoresOf(p.sentiment, false);
      body.forEach((score, i) => {
        const b = Math.min(bins - 1, Math.floor(relativePosition(i, body.length) * bins));
        const m = perBin[b];
        (m.get(p.id) ?? m.set(p.id, []).get(p.id)!).push(score);
      });
    }
    perBin.forEach((m, b) => {
      const clusters = [...m.values()];
      const n = clusters.reduce((k, c) => k + c.length, 0);
      const base = { outlet, bin: b, from: b / bins, to: (b + 1) / bins, sentences: n, articleIds: [...m.keys()] };
      if (n === 0) {
        warnings.push({ code: "empty-bin", message: `outlet "${outlet}" has no sentence in position bin ${b} [${base.from}, ${base.to}), so its mean there is null.` });
        rows.push({ ...base, mean: null, resample: null });
        return;
      }
      const r = bootstrapInterval(clusters, meanOf, { seed: subSeed(o.seed, `${outlet}/arc/${b}`), iterations: o.iterations, level: o.level, resample: o.resample });
      rows.push({ ...base, mean: { estimate: r.estimate, lower: r.lower, upper: r.upper }, resample: r.resample });
    });
  }
  return featureResult("sentiment-arc", { ...o, bins }, rows, warnings);
}
