import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { compareCodeUnits } from "../../util/compare";
import { byOutlet } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";

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
export function actorSalience(input: readonly Profiled<"emphasis">[]): FeatureResult<"actor-salience", Record<string, never>, SalienceRow> {
  const profiles = inProfileOrder(input);
  const warnings: Warning[] = [];
  const all = new Set<string>();
  for (const p of profiles) for (const a of p.emphasis.actors) all.add(a);
  const actors = [...all].sort(compareCodeUnits);
  if (actors.length === 0) warnings.push({ code: "no-actors", message: "no actor mentions (no lexicon, or none of its actors occur), so there is no salience to measure." });
  const rows: SalienceRow[] = [];
  for (const [outlet, articles] of byOutlet(profiles)) {
    let words = 0, sentences = 0;
    // actor → its totals over the outlet's articles, articles in input order
    const tally = new Map<string, { mentions: number; withActor: number; ids: string[]; ranks: number[] }>();
    for (const p of articles) {
      const part = p.emphasis;
      for (let s = 0; s < part.words.length; s++) words += part.words[s];
      sentences += part.words.length;
      const mentions = new Array<number>(part.actors.length).fill(0);
      const sentencesWith = part.actors.map(() => new Set<number>());
      const rank = new Array<number>(part.actors.length).fill(0);
      let next = 1;
      for (let m = 0; m < part.mentionTarget.length; m++) {
        const t = part.mentionTarget[m];
        if (t >= part.actors.length) continue;
        if (rank[t] === 0) rank[t] = next++; // first-mention order of the article's actors
        mentions[t]++;
        sentencesWith[t].add(part.mentionSentence[m]);
      }
      part.actors.forEach((actor, t) => {
        const x = tally.get(actor) ?? tally.set(actor, { mentions: 0, withActor: 0, ids: [], ranks: [] }).get(actor)!;
        x.mentions += mentions[t];
        x.withActor += sentencesWith[t].size;
        x.ids.push(p.id);
        x.ranks.push(rank[t]);
      });
    }
    for (const actor of actors) {
      const { mentions, withActor, ids, ranks: rs } = tally.get(actor) ?? { mentions: 0, withActor: 0, ids: [], ranks: [] };
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
