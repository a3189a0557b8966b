import type { Warning } from "../../errors";
import type { SentimentProfile } from "../../profile/sentiment";
import type { Profiled } from "../../profile/types";
import { compareCodeUnits } from "../../util/compare";
import { bootstrapInterval, type ResampleScheme } from "../../stats/bootstrap";
import { resolveScheme } from "../../stats/bootstrap-scheme";
import { byOutlet, subSeed } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { sentimentOptions, type ResolvedSentimentOptions, type SentimentOptions } from "./options";
import type { Interval } from "./outlets";
import { meanOf } from "./scores";

/** Tone toward one actor or concept in one outlet, at two levels: its mentions and the sentences naming it. */
export interface TowardRow {
  readonly kind: "actor" | "concept";
  /** Actor canonical name or concept id. */
  readonly target: string;
  readonly outlet: string;
  /** Articles with at least one mention of the target. */
  readonly articleIds: readonly string[];
  /** Mentions of the target scored (a sentence naming it twice gives two). */
  readonly mentions: number;
  /**
   * Mention tone: mean mention-level score (the words of the mention's own
   * clause near it, negation handled; see profile/sentiment-mention.ts).
   * null when the outlet never mentions the target (a warning says so).
   */
  readonly mentionTone: Interval | null;
  /** Sentences mentioning the target (a sentence naming it twice counts once). */
  readonly sentences: number;
  /** Sentence tone around the target: mean wink score of the whole sentences naming it; null as `mentionTone`. */
  readonly sentenceTone: Interval | null;
  /** How both intervals resampled (params.resample, "auto" resolved for this row's articles); null with the tones. */
  readonly resample: ResampleScheme | null;
}

export interface TowardParams extends ResolvedSentimentOptions {
  /** Targets compared: every actor and concept mentioned anywhere in the corpus. */
  readonly targets: readonly string[];
}

/**
 * Tone toward actors and concepts, per outlet, at two levels, each with a
 * bootstrap interval (articles, then mentions or sentences within them, or
 * articles alone from 30 articles: see `resample`) and its n:
 *
 * - `mentionTone`, the measure of tone *toward* the target: each mention is
 *   scored on the sentiment words of its own clause within a few tokens of
 *   it, a negator in the three tokens before a word flipping it, the
 *   mention's words left out. In "Critics praised the reforms, but Smith was
 *   accused of corruption" Smith gets −0.5 (accused, corruption), though the
 *   sentence scores −0.2. Still no parser: "Lavrov accused Blinken" scores
 *   the same for both names, and sarcasm, reported speech and irony are not read.
 * - `sentenceTone`, the tone of the whole sentences that name the target,
 *   whoever they are about: "the tone of the passages where the outlet names X".
 */
export function sentimentToward(input: readonly Profiled<"sentiment">[], options: SentimentOptions = {}): FeatureResult<"sentiment-toward", TowardParams, TowardRow> {
  const profiles = inProfileOrder(input);
  const o = sentimentOptions(options);
  const warnings: Warning[] = [];
  const groups = byOutlet(profiles);
  // one pass over the articles: target → outlet → per article, its sentence scores and its mention scores
  const found = new Map<string, Map<string, Cell>>();
  for (const [outlet, articles] of groups) {
    for (const p of articles) {
      const part = p.sentiment;
      const keys = targetKeys(part);
      const mentionsOf = mentionScoresByTarget(part, keys.length, o.includeHeadline);
      keys.forEach((id, t) => {
        const sentences: number[] = [];
        for (let j = part.targetStart[t]; j < part.targetStart[t + 1]; j++) {
          const s = part.targetSentences[j];
          if (o.includeHeadline || !part.headline[s]) sentences.push(part.scores[s]);
        }
        const byOutletOfTarget = found.get(id) ?? found.set(id, new Map()).get(id)!;
        if (sentences.length === 0) return;
        const cell = byOutletOfTarget.get(outlet) ?? byOutletOfTarget.set(outlet, { sentences: [], mentions: [], articleIds: [] }).get(outlet)!;
        cell.sentences.push(sentences);
        cell.mentions.push(mentionsOf[t]);
        cell.articleIds.push(p.id);
      });
    }
  }
  const keys = [...found.keys()].sort(compareCodeUnits);
  const rows: TowardRow[] = [];
  const interval = (clusters: number[][], stream: string, resample: ResampleScheme): Interval => {
    const r = bootstrapInterval(clusters, meanOf, { seed: subSeed(o.seed, stream), iterations: o.iterations, level: o.level, resample });
    return { estimate: r.estimate, lower: r.lower, upper: r.upper };
  };
  for (const id of keys) {
    const [kind, target] = id.split("\u0000") as [TowardRow["kind"], string];
    const silent: string[] = [];
    for (const outlet of groups.keys()) {
      const cell = found.get(id)!.get(outlet) ?? { sentences: [], mentions: [], articleIds: [] };
      const sentences = cell.sentences.reduce((k, c) => k + c.length, 0);
      const mentions = cell.mentions.reduce((k, c) => k + c.length, 0);
      if (sentences === 0) {
        silent.push(outlet);
        rows.push({ kind, target, outlet, articleIds: cell.articleIds, mentions: 0, mentionTone: null, sentences: 0, sentenceTone: null, resample: null });
        continue;
      }
      // one scheme for both intervals, chosen by the articles naming the target
      const resample = resolveScheme(o.resample, [cell.articleIds.length]);
      rows.push({
        kind, target, outlet, articleIds: cell.articleIds,
        // the sentence stream keeps the seed it had before mention tone existed
        mentions, mentionTone: interval(cell.mentions, `${kind}/${target}/${outlet}/mentions`, resample),
        sentences, sentenceTone: interval(cell.sentences, `${kind}/${target}/${outlet}`, resample),
        resample,
      });
    }
    if (silent.length) warnings.push({ code: "no-mentions", message: `${silent.length === 1 ? "outlet" : "outlets"} ${silent.map((o) => `"${o}"`).join(", ")} never ${silent.length === 1 ? "mentions" : "mention"} ${kind} "${target}", so ${silent.length === 1 ? "its" : "their"} sentiment toward it is null.` });
  }
  return featureResult("sentiment-toward", { ...o, targets: keys.map((k) => k.replace("\u0000", ":")) }, rows, warnings);
}

interface Cell { sentences: number[][]; mentions: number[][]; articleIds: string[] }

/** Each target's mention scores in one article (headline mentions left out unless `includeHeadline`). */
function mentionScoresByTarget(part: SentimentProfile, targets: number, includeHeadline: boolean): number[][] {
  const out: number[][] = Array.from({ length: targets }, () => []);
  for (let i = 0; i < part.mentionTarget.length; i++) {
    if (includeHeadline || !part.headline[part.mentionSentence[i]]) out[part.mentionTarget[i]].push(part.mentionScore[i]);
  }
  return out;
}

/** `${kind}\u0000${key}` of each target of a part, in target order. */
function targetKeys(part: SentimentProfile): string[] {
  return [...part.actors.map((k) => `actor\u0000${k}`), ...part.concepts.map((k) => `concept\u0000${k}`)];
}
