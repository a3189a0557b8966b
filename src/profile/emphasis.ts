import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";
import { mentionTargets, targetIndex } from "./mention-targets";
import { wordsPerSentence } from "./sentence-words";
import { uintArray, type UintArray } from "./uint-array";

/**
 * What the emphasis features need of one article: every sentence's word count
 * and headline flag (sections, the lead and relative positions follow from
 * them at the reduce, under any `leadSentences`/`minWords`), the actors,
 * concepts and frames it names, and every mention as (target, sentence) in
 * the order the parse found them (first-mention ranks read that order). No
 * text; integer columns in the narrowest typed array that holds them.
 */
export interface EmphasisProfile {
  /** Word tokens of every sentence, in sentence order. */
  readonly words: UintArray;
  /** 1 for a sentence overlapping the title, else 0; parallel to `words`. */
  readonly headline: Uint8Array;
  /** Actors named (canonical names), sorted by code units. */
  readonly actors: readonly string[];
  /** Concepts named (ids), sorted by code units. */
  readonly concepts: readonly string[];
  /** Lexicon frames whose cues occur (ids), sorted by code units: what `compare` collects when it has no lexicon. */
  readonly frames: readonly string[];
  /** Target of every mention: an index into actors, then concepts, then frames. */
  readonly mentionTarget: UintArray;
  /** Sentence of every mention; parallel to `mentionTarget`. */
  readonly mentionSentence: UintArray;
}

/** Options of the emphasis part of the map; empty: every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EmphasisProfileOptions {}

/** The emphasis part of one article's profile. */
export function profileEmphasis(article: QuotedArticle, context: ProfileContext<EmphasisProfileOptions>): EmphasisProfile {
  void context;
  const targets = mentionTargets(article);
  const index = targetIndex(targets);
  const m = article.mentions;
  const mentionTarget = new Uint32Array(m.kind.length);
  for (let i = 0; i < m.kind.length; i++) mentionTarget[i] = index.get(`${m.kind[i]}\u0000${m.key[i]}`)!;
  return {
    words: uintArray(wordsPerSentence(article)),
    headline: Uint8Array.from(article.sentences.headline, (h) => (h ? 1 : 0)),
    ...targets,
    mentionTarget: uintArray(mentionTarget),
    mentionSentence: uintArray(m.sentence),
  };
}
