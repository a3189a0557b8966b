import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";
import { mentionTargets, targetIndex } from "./mention-targets";
import { mentionScore } from "./sentiment-mention";
import { wordSentiment } from "./sentiment-words";
import { uintArray, type UintArray } from "./uint-array";

/**
 * What the sentiment features need of one article: every sentence's score
 * and headline flag (so `includeHeadline` and the arc's body positions apply
 * at the reduce), and for each actor and concept the article names, the
 * sentences naming it, and each mention's own tone (the words of its clause
 * near it, see `mentionScore`). No text; integer columns in the narrowest
 * typed array that holds them.
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
  /**
   * One entry per mention of an actor or concept, in text order: its target
   * (index in actors-then-concepts order), its sentence, and its
   * mention-level score in [-1, 1] (`mentionScore`: the clause's words near
   * the mention, negation handled, the mention's own words left out).
   */
  readonly mentionTarget: UintArray;
  readonly mentionSentence: UintArray;
  readonly mentionScore: Float64Array;
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
  const mentionTarget: number[] = [], mentionSentence: number[] = [], mentionTone: number[] = [];
  for (let i = 0; i < m.kind.length; i++) {
    const t = index.get(`${m.kind[i]}\u0000${m.key[i]}`);
    if (t === undefined) continue;
    perTarget[t].add(m.sentence[i]);
    mentionTarget.push(t); mentionSentence.push(m.sentence[i]); mentionTone.push(toneOfMention(article, i));
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
    mentionTarget: uintArray(mentionTarget), mentionSentence: uintArray(mentionSentence), mentionScore: Float64Array.from(mentionTone),
  };
}

/** Mention-level score of mention i: its tokens are those of its sentence that overlap its characters. */
function toneOfMention(article: QuotedArticle, i: number): number {
  const { tokens, sentences, mentions } = article;
  const s = mentions.sentence[i];
  const start = sentences.tokenStart[s], end = Math.min(sentences.tokenEnd[s], tokens.value.length);
  let from = end, to = start;
  for (let k = start; k < end; k++) {
    if (tokens.start[k] < mentions.end[i] && tokens.end[k] > mentions.start[i]) { if (k < from) from = k; to = k + 1; }
  }
  return from < to ? mentionScore(tokens, start, end, from, to, wordSentiment) : 0;
}
