import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";
import { mentionTargets, targetIndex } from "./mention-targets";
import { uintArray, type UintArray } from "./uint-array";

/**
 * What the sentiment features need of one article: every sentence's score
 * and headline flag (so `includeHeadline` and the arc's body positions apply
 * at the reduce), and for each actor and concept the article names, the
 * sentences naming it. No text; integer columns in the narrowest typed array
 * that holds them.
 */
export interface SentimentProfile {
  /** wink-nlp score of every sentence, in sentence order. */
  readonly scores: Float64Array;
  /** 1 for a sentence overlapping the title, else 0; parallel to `scores`. */
  readonly headline: Uint8Array;
  /** Actors named (canonical names), sorted by code units. */
  readonly actors: readonly string[];
  /** Concepts named (ids), sorted by code units. */
  readonly concepts: readonly string[];
  /**
   * Sentences naming each target, targets in the order actors then concepts:
   * target t's sentences are `targetSentences[targetStart[t] .. targetStart[t+1])`,
   * ascending, each once (compressed sparse rows).
   */
  readonly targetStart: UintArray;
  readonly targetSentences: UintArray;
}

/** Options of the sentiment part of the map; empty: every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SentimentProfileOptions {}

/** The sentiment part of one article's profile. */
export function profileSentiment(article: QuotedArticle, context: ProfileContext<SentimentProfileOptions>): SentimentProfile {
  void context;
  const s = article.sentences;
  const { actors, concepts } = mentionTargets(article, ["actor", "concept"]);
  const index = targetIndex({ actors, concepts, frames: [] });
  const perTarget: Set<number>[] = Array.from({ length: index.size }, () => new Set<number>());
  const m = article.mentions;
  for (let i = 0; i < m.kind.length; i++) {
    const t = index.get(`${m.kind[i]}\u0000${m.key[i]}`);
    if (t !== undefined) perTarget[t].add(m.sentence[i]);
  }
  const targetStart = new Uint32Array(perTarget.length + 1);
  let total = 0;
  perTarget.forEach((set, t) => { total += set.size; targetStart[t + 1] = total; });
  const targetSentences = new Uint32Array(total);
  perTarget.forEach((set, t) => { targetSentences.set([...set].sort((a, b) => a - b), targetStart[t]); });
  return {
    scores: Float64Array.from(s.sentiment),
    headline: Uint8Array.from(s.headline, (h) => (h ? 1 : 0)),
    actors, concepts, targetStart: uintArray(targetStart), targetSentences: uintArray(targetSentences),
  };
}
