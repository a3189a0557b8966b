import type { Warning } from "../../errors";
import type { MentionKind, ParsedArticle } from "../../parse/types";
import { bootstrapInterval } from "../../stats/bootstrap";
import { byOutlet, subSeed } from "../groups";
import { featureResult, type FeatureResult } from "../result";
import { sentimentOptions, type ResolvedSentimentOptions, type SentimentOptions } from "./options";
import type { Interval } from "./outlets";
import { meanOf } from "./scores";

/** Sentiment of the sentences that mention one actor or concept, in one outlet. */
export interface TowardRow {
  readonly kind: Extract<MentionKind, "actor" | "concept">;
  /** Actor canonical name or concept id. */
  readonly target: string;
  readonly outlet: string;
  /** Articles with at least one such sentence. */
  readonly articleIds: readonly string[];
  /** Sentences mentioning the target (a sentence naming it twice counts once). */
  readonly sentences: number;
  /** null when the outlet never mentions the target (a warning says so). */
  readonly mean: Interval | null;
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
export function sentimentToward(parsed: readonly ParsedArticle[], options: SentimentOptions = {}): FeatureResult<"sentiment-toward", TowardParams, TowardRow> {
  const o = sentimentOptions(options);
  const warnings: Warning[] = [];
  const targets = new Map<string, TowardRow["kind"]>();
  for (const p of parsed) p.mentions.kind.forEach((k, i) => { if (k !== "frame") targets.set(`${k}\u0000${p.mentions.key[i]}`, k); });
  const keys = [...targets.keys()].sort();
  const rows: TowardRow[] = [];
  const groups = byOutlet(parsed);
  for (const id of keys) {
    const kind = targets.get(id)!;
    const target = id.split("\u0000")[1];
    const silent: string[] = [];
    for (const [outlet, articles] of groups) {
      const clusters: number[][] = [];
      const articleIds: string[] = [];
      for (const p of articles) {
        const idx = new Set<number>();
        p.mentions.key.forEach((k, i) => { if (k === target && p.mentions.kind[i] === kind && (o.includeHeadline || !p.sentences.headline[p.mentions.sentence[i]])) idx.add(p.mentions.sentence[i]); });
        if (idx.size === 0) continue;
        clusters.push([...idx].sort((a, b) => a - b).map((s) => p.sentences.sentiment[s]));
        articleIds.push(p.id);
      }
      const n = clusters.reduce((k, c) => k + c.length, 0);
      if (n === 0) {
        silent.push(outlet);
        rows.push({ kind, target, outlet, articleIds, sentences: 0, mean: null });
        continue;
      }
      const r = bootstrapInterval(clusters, meanOf, { seed: subSeed(o.seed, `${kind}/${target}/${outlet}`), iterations: o.iterations, level: o.level });
      rows.push({ kind, target, outlet, articleIds, sentences: n, mean: { estimate: r.estimate, lower: r.lower, upper: r.upper } });
    }
    if (silent.length) warnings.push({ code: "no-mentions", message: `${silent.length === 1 ? "outlet" : "outlets"} ${silent.map((o) => `"${o}"`).join(", ")} never ${silent.length === 1 ? "mentions" : "mention"} ${kind} "${target}", so ${silent.length === 1 ? "its" : "their"} sentiment toward it is null.` });
  }
  return featureResult("sentiment-toward", { ...o, targets: keys.map((k) => k.replace("\u0000", ":")) }, rows, warnings);
}
