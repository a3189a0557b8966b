import { labelUses } from "./terminology-labels";
import type { QuotedArticle } from "../quotes/quote-article";
import { compareCodeUnits } from "../util/compare";
import type { ProfileContext } from "./context";
import { termCounts, type TermOptions } from "./terms";
import { uintArray as countsOf, type UintArray as Counts } from "./uint-array";

/**
 * What the divergence features need of one article: raw counts keyed by
 * string, each list in code-unit order. Dense ids (vocabulary, concepts,
 * frames, speakers, claims) are given at the reduce, over all profiles.
 */
export interface DivergenceProfile {
  /** Terms (under the `terms` profile option) and how often each occurs: parallel arrays. */
  readonly terms: readonly string[];
  readonly termCounts: Counts;
  /** Concepts named in the outlet's own words (ids, sorted; labels inside direct or scare quotes left out), how many distinct labels each is named by (`labelsPer`), then those labels concept after concept (sorted within a concept) and how often each occurs. */
  readonly concepts: readonly string[];
  readonly labelsPer: Counts;
  readonly labels: readonly string[];
  readonly labelCounts: Counts;
  /** Sentence sentiment scores in sentence order, and 1 for a headline sentence (`includeHeadline` applies at the reduce). */
  readonly scores: Float64Array;
  readonly headline: Uint8Array;
  /** Frames cued in the article and, per frame, the sentences carrying at least one of its cues. */
  readonly frames: readonly string[];
  readonly frameSentences: Counts;
  /**
   * Resolved speakers of top-level quotes (a nested quote's words are in its
   * parent's) and their quoted words, four numbers per speaker at 4·k +
   * {@link VOICE_BUCKET}: the voice options (`includeScare`,
   * `includeHeadline`) choose the buckets at the reduce.
   */
  readonly speakers: readonly string[];
  readonly speakerWords: Uint32Array;
}

/** Bucket of a quote's words in `speakerWords`: scare quote +2, in a headline sentence +1. */
export const VOICE_BUCKET = Object.freeze({ scare: 2, headline: 1 });

/** Options of the divergence part of the map. */
export interface DivergenceProfileOptions {
  /**
   * Which terms the term family counts. It shapes the part (a term table
   * under other options is another table), so it is a map option; the
   * reduce's `terms` option must name the same. Defaults to
   * {@link DIVERGENCE_TERM_DEFAULTS}.
   */
  readonly terms?: TermOptions;
}

/** Terms of the divergence term family unless told otherwise: lemma unigrams, stop words out (bigrams would double-count every word). */
export const DIVERGENCE_TERM_DEFAULTS: TermOptions = Object.freeze({ ngrams: Object.freeze([1]) as readonly 1[] });

/** The divergence part of one article's profile. */
export function profileDivergence(article: QuotedArticle, context: ProfileContext<DivergenceProfileOptions>): DivergenceProfile {
  const counts = termCounts(article, context.options.terms ?? DIVERGENCE_TERM_DEFAULTS);
  const terms = [...counts.keys()].sort(compareCodeUnits);
  const m = article.mentions;
  const carrying = new Map<string, Set<number>>(); // frame → sentences
  for (let i = 0; i < m.kind.length; i++) {
    if (m.kind[i] !== "frame") continue;
    const s = carrying.get(m.key[i]);
    if (s) s.add(m.sentence[i]); else carrying.set(m.key[i], new Set([m.sentence[i]]));
  }
  // The outlet's own words only (issue 11 finding 6): a label inside a quote is not its choice.
  // labelUses sorts by concept, then label (code units).
  const labelled = labelUses(article).filter((u) => u.voice[0] > 0).map((u): [string, string, number] => [u.concept, u.label, u.voice[0]]);
  const concepts: string[] = [], labelsPer: number[] = [];
  for (const [c] of labelled) {
    if (concepts[concepts.length - 1] === c) labelsPer[labelsPer.length - 1]++;
    else { concepts.push(c); labelsPer.push(1); }
  }
  const frames = [...carrying.keys()].sort(compareCodeUnits);
  const { speakers, speakerWords } = quotedWords(article);
  return {
    terms, termCounts: countsOf(terms.map((t) => counts.get(t)!)),
    concepts, labelsPer: countsOf(labelsPer), labels: labelled.map((p) => p[1]), labelCounts: countsOf(labelled.map((p) => p[2])),
    scores: Float64Array.from(article.sentences.sentiment), headline: Uint8Array.from(article.sentences.headline, (h) => (h ? 1 : 0)),
    frames, frameSentences: countsOf(frames.map((f) => carrying.get(f)!.size)),
    speakers, speakerWords,
  };
}

/** Words of the top-level quotes of resolved speakers, per speaker and bucket (see {@link DivergenceProfile.speakers}). */
function quotedWords(p: QuotedArticle): { speakers: string[]; speakerWords: Uint32Array } {
  const q = p.quotes;
  const by = new Map<string, number[]>();
  for (let i = 0; i < q.speaker.length; i++) {
    if (q.parent[i] !== -1 || !q.speakerResolved[i]) continue;
    const bucket = (q.kind[i] === "scare" ? VOICE_BUCKET.scare : 0) + (p.sentences.headline[q.sentenceStart[i]] ? VOICE_BUCKET.headline : 0);
    const words = by.get(q.speaker[i]) ?? by.set(q.speaker[i], [0, 0, 0, 0]).get(q.speaker[i])!;
    words[bucket] += q.words[i];
  }
  const speakers = [...by.keys()].sort(compareCodeUnits);
  const speakerWords = new Uint32Array(4 * speakers.length);
  speakers.forEach((s, k) => speakerWords.set(by.get(s)!, 4 * k));
  return { speakers, speakerWords };
}
