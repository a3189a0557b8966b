import type { Warning } from "../../errors";
import type { ParsedArticle } from "../../parse/types";
import { byOutlet } from "../groups";
import { featureResult, type FeatureResult } from "../result";
import { wordsPerSentence } from "./sections";

/** How prominent one actor is in one outlet. */
export interface SalienceRow {
  readonly outlet: string;
  readonly actor: string;
  readonly mentions: number;
  /** Mentions per 1,000 word tokens of the outlet's articles; null when they have no words. */
  readonly per1000Words: number | null;
  /** Share of the outlet's sentences that name the actor; null when there are none. */
  readonly sentenceShare: number | null;
  /** Mean rank of the actor's first mention among the actors of each article that names it (1 = named first); null when never named. */
  readonly meanFirstRank: number | null;
  readonly articlesMentioning: number;
  readonly articleIds: readonly string[];
}

/**
 * Actor salience per outlet: mention rate per 1,000 words, share of sentences
 * naming the actor, and first-mention rank (who is introduced first). Every
 * lexicon actor any article names gets a row for every outlet, zeros included.
 */
export function actorSalience(parsed: readonly ParsedArticle[]): FeatureResult<"actor-salience", Record<string, never>, SalienceRow> {
  const warnings: Warning[] = [];
  const actors = [...new Set(parsed.flatMap((p) => p.mentions.key.filter((_, m) => p.mentions.kind[m] === "actor")))].sort();
  if (actors.length === 0) warnings.push({ code: "no-actors", message: "no actor mentions (no lexicon, or none of its actors occur), so there is no salience to measure." });
  const rows: SalienceRow[] = [];
  for (const [outlet, articles] of byOutlet(parsed)) {
    const words = articles.reduce((n, p) => n + wordsPerSentence(p).reduce((a, b) => a + b, 0), 0);
    const sentences = articles.reduce((n, p) => n + p.sentences.text.length, 0);
    // first-mention order of actors in each article
    const ranks = articles.map((p) => {
      const order: string[] = [];
      p.mentions.kind.forEach((k, m) => { if (k === "actor" && !order.includes(p.mentions.key[m])) order.push(p.mentions.key[m]); });
      return new Map(order.map((a, i) => [a, i + 1]));
    });
    for (const actor of actors) {
      let mentions = 0, withActor = 0;
      const ids: string[] = [];
      const rs: number[] = [];
      articles.forEach((p, a) => {
        const s = new Set<number>();
        p.mentions.kind.forEach((k, m) => { if (k === "actor" && p.mentions.key[m] === actor) { mentions++; s.add(p.mentions.sentence[m]); } });
        withActor += s.size;
        if (s.size) { ids.push(p.id); rs.push(ranks[a].get(actor)!); }
      });
      rows.push({
        outlet, actor, mentions, per1000Words: words ? (1000 * mentions) / words : null,
        sentenceShare: sentences ? withActor / sentences : null,
        meanFirstRank: rs.length ? rs.reduce((x, y) => x + y, 0) / rs.length : null,
        articlesMentioning: ids.length, articleIds: ids,
      });
    }
  }
  return featureResult("actor-salience", {}, rows, warnings);
}
