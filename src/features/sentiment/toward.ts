import type { Warning } from "../../errors";
import type { SentimentProfile } from "../../profile/sentiment";
import type { Profiled } from "../../profile/types";
import { compareCodeUnits } from "../../util/compare";
import { bootstrapInterval, type ResampleScheme } from "../../stats/bootstrap";
import { byOutlet, subSeed } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { sentimentOptions, type ResolvedSentimentOptions, type SentimentOptions } from "./options";
import type { Interval } from "./outlets";
import { meanOf } from "./scores";

/** Sentiment of the sentences that mention one actor or concept, in one outlet. */
export interface TowardRow {
  readonly kind: "actor" | "concept";
  /** Actor canonical name or concept id. */
  readonly target: string;
  readonly outlet: string;
  /** Articles with at least one such sentence. */
  readonly articleIds: readonly string[];
  /** Sentences mentioning the target (a sentence naming it twice counts once). */
  readonly sentences: number;
  /** null when the outlet never mentions the target (a warning says so). */
  readonly mean: Interval | null;
  /** How the interval resampled (params.resample, "auto" resolved for this row); null with `mean`. */
  readonly resample: ResampleScheme | null;
}

export interface TowardParams extends ResolvedSentimentOptions {
  /** Targets compared: every actor and concept mentioned anywhere in the corpus. */
  readonly targets: readonly string[];
}

/**
 * Sentiment toward actors and concepts: the mean wink-nlp score of the
 * sentences that mention each, per outlet, with a bootstrap interval
 * (articles, then sentences) and the n behind it. This is the sentiment of the
 * sentence, not a stance detected toward the target: "Lavrov accused the West"
 * scores the same for Lavrov and the West. Read it as "the tone of the
 * passages where the outlet names X".
 */
export function sentimentToward(input: readonly Profiled<"sentiment">[], options: SentimentOptions = {}): FeatureResult<"sentiment-toward", TowardParams, TowardRow> {
  const profiles = inProfileOrder(input);
  const o = sentimentOptions(options);
  const warnings: Warning[] = [];
  const groups = byOutlet(profiles);
  // one pass over the articles: target → outlet → the clusters of its articles naming the target
  const found = new Map<string, Map<string, { clusters: number[][]; articleIds: string[] }>>();
  for (const [outlet, articles] of groups) {
    for (const p of articles) {
      const part = p.sentiment;
      const keys = targetKeys(part);
      keys.forEach((id, t) => {
        const cluster: number[] = [];
        for (let j = part.targetStart[t]; j < part.targetStart[t + 1]; j++) {
          const s = part.targetSentences[j];
          if (o.includeHeadline || !part.headline[s]) cluster.push(part.scores[s]);
        }
        const byOutletOfTarget = found.get(id) ?? found.set(id, new Map()).get(id)!;
        if (cluster.length === 0) return;
        const cell = byOutletOfTarget.get(outlet) ?? byOutletOfTarget.set(outlet, { clusters: [], articleIds: [] }).get(outlet)!;
        cell.clusters.push(cluster);
        cell.articleIds.push(p.id);
      });
    }
  }
  const keys = [...found.keys()].sort(compareCodeUnits);
  const rows: TowardRow[] = [];
  for (const id of keys) {
    const [kind, target] = id.split("\u0000") as [TowardRow["kind"], string];
    const silent: string[] = [];
    for (const outlet of groups.keys()) {
      const { clusters, articleIds } = found.get(id)!.get(outlet) ?? { clusters: [], articleIds: [] };
      const n = clusters.reduce((k, c) => k + c.length, 0);
      if (n === 0) {
        silent.push(outlet);
        rows.push({ kind, target, outlet, articleIds, sentences: 0, mean: null, resample: null });
        continue;
      }
      const r = bootstrapInterval(clusters, meanOf, { seed: subSeed(o.seed, `${kind}/${target}/${outlet}`), iterations: o.iterations, level: o.level, resample: o.resample });
      rows.push({ kind, target, outlet, articleIds, sentences: n, mean: { estimate: r.estimate, lower: r.lower, upper: r.upper }, resample: r.resample });
    }
    if (silent.length) warnings.push({ code: "no-mentions", message: `${silent.length === 1 ? "outlet" : "outlets"} ${silent.map((o) => `"${o}"`).join(", ")} never ${silent.length === 1 ? "mentions" : "mention"} ${kind} "${target}", so ${silent.length === 1 ? "its" : "their"} sentiment toward it is null.` });
  }
  return featureResult("sentiment-toward", { ...o, targets: keys.map((k) => k.replace("\u0000", ":")) }, rows, warnings);
}

/** `${kind}\u0000${key}` of each target of a part, in target order. */
function targetKeys(part: SentimentProfile): string[] {
  return [...part.actors.map((k) => `actor\u0000${k}`), ...part.concepts.map((k) => `concept\u0000${k}`)];
}
