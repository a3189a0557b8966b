import type { LexiconSection } from "../lexicon/types";

/**
 * The single wink-nlp read of one article, as plain columns of primitives so
 * it is compact, serialisable and cheap to scan. Every offset indexes
 * `ParsedArticle.text`. Frozen: features read it, never change it. Quotes
 * are the next stage's (`quoteArticle` in src/quotes/ gives a `QuotedArticle`).
 */
export interface ParsedArticle {
  readonly id: string;
  readonly outlet: string;
  readonly event?: string;
  /** The string analysed: the article text, preceded by `title + "\n\n"` when the text does not itself start with the title. */
  readonly text: string;
  readonly headline: HeadlineInfo;
  readonly sentences: SentenceColumns;
  readonly tokens: TokenColumns;
  readonly mentions: MentionColumns;
  /** Name, version and hash of the lexicon the mentions came from; absent without one. */
  readonly lexicon?: { readonly name: string; readonly version: string; readonly hash: string };
  readonly options: Required<ParseOptions>;
}

export interface HeadlineInfo {
  /** `in-text`: the title was found near the start of the text; `prepended`: it was not, so it was put in front; `absent`: no title. */
  readonly placement: "in-text" | "prepended" | "absent";
  /** Offsets of the title in `text` (0, 0 when absent). */
  readonly start: number;
  readonly end: number;
  /** Where the article's own text starts in `text` (0 unless prepended). */
  readonly bodyStart: number;
}

export interface SentenceColumns {
  readonly text: readonly string[];
  readonly start: readonly number[];
  readonly end: readonly number[];
  /** wink-nlp sentence sentiment score, in [-1, 1]; 0 where wink gives none. */
  readonly sentiment: readonly number[];
  /** True for sentences that overlap the title. */
  readonly headline: readonly boolean[];
  /** First token index and one past the last (into `tokens`). */
  readonly tokenStart: readonly number[];
  readonly tokenEnd: readonly number[];
}

/**
 * Whitespace (line-break) tokens are left out; every other wink token is kept.
 * Every column is defined for every token: where wink gives no value, the
 * fallback documented in `winkTokens` (src/parse/wink-columns.ts) is used.
 */
export interface TokenColumns {
  readonly value: readonly string[];
  /** wink `normal`: lower-cased, contractions expanded (`n't` → `not`). */
  readonly normal: readonly string[];
  /** wink lemma; the normal form where wink has none ("cannot"). */
  readonly lemma: readonly string[];
  /** Universal POS tag; `X` where wink has none. */
  readonly pos: readonly string[];
  /** wink token type: word, number, punctuation, url, email, emoji, ... */
  readonly type: readonly string[];
  readonly stop: readonly boolean[];
  readonly punct: readonly boolean[];
  /** Inside the scope of a negation (wink's negation flag). */
  readonly negated: readonly boolean[];
  readonly sentence: readonly number[];
  readonly start: readonly number[];
  readonly end: readonly number[];
}

export type MentionKind = "actor" | "concept" | "frame";

export interface MentionColumns {
  readonly kind: readonly MentionKind[];
  /** Actor canonical name, concept id or frame id. */
  readonly key: readonly string[];
  /** Concept label (e.g. `invasion`); the key again for actors and frames. */
  readonly label: readonly string[];
  /** The lexicon pattern that matched. */
  readonly pattern: readonly string[];
  /** The text as written (`Lavrov's` gives `Lavrov`). */
  readonly surface: readonly string[];
  readonly sentence: readonly number[];
  readonly start: readonly number[];
  readonly end: readonly number[];
}

export interface ParseOptions {
  /**
   * Treat every line break as a sentence boundary. Scraped news text puts the
   * title, dateline, URL and each paragraph on lines of their own, which
   * wink-nlp would otherwise run together; set false for hard-wrapped text.
   * Defaults to *true*.
   */
  lineBreaksEndSentences?: boolean;
}

export const SECTION_KIND: Readonly<Record<LexiconSection, MentionKind>> = { actors: "actor", concepts: "concept", frames: "frame" };
