/**
 * Shapes of the quotes found in one article (see `extractQuotes`). Every offset
 * indexes `ParsedArticle.text`; row i of each column describes quote i, rows
 * sorted by `start`.
 */

/**
 * `direct`: words inside quote marks, attributed or not. `indirect`: a reported
 * clause ("Lavrov said that …", "…, Kuleba said.", "according to Reuters, …").
 * `scare`: a quoted span of fewer than `minQuoteWords` words with no attribution
 * next to it ("special military operation", "Azov") — a label the outlet (or the
 * speaker it paraphrases) puts in quote marks, not a voice.
 */
export type QuoteKind = "direct" | "indirect" | "scare";

/**
 * How the speaker was found. `explicit`: a name (or a raw source phrase) in the
 * attribution; `pronoun`: he / she resolved to an earlier actor; `role`: a role
 * noun ("the Russian foreign minister") resolved to an earlier actor;
 * `continuation`: a quote with no attribution of its own that continues the
 * previous attributed quote or reported clause of the same paragraph, or —
 * when the quote is a paragraph of its own — the attributed quote that ends
 * the paragraph before (wire copy's multi-paragraph quotes), or runs straight
 * into the next attributed quote; `forward`: he / she or a role noun resolved
 * to an actor named only in the next two sentences; `none`: no speaker (`unresolved`).
 */
export type QuoteResolution = "explicit" | "pronoun" | "forward" | "role" | "continuation" | "none";

/** Stance a reporting verb lends to what it reports. */
export type ReportingStance = "neutral" | "assertive" | "distancing";
/** A quote's stance: its reporting verb's, or `none` when it has no verb. */
export type QuoteStance = ReportingStance | "none";

/**
 * Which rule attributed the quote:
 * - `after`: `"…," Lavrov said` / `"…," said Lavrov` / `"…," he told reporters`;
 * - `before`: `Lavrov said: "…"` / `Lavrov said that "…"` / `Lavrov said, "…"`;
 * - `colon`: `Lavrov on nuclear war: "…"`, `Russian top diplomat Lavrov: No one …` (no verb);
 * - `within`: a quote inside a reported clause (`Kuleba said they "agreed …"`) or
 *   named by a naming verb (`Miller called the bill "a gift to the banks"`);
 * - `continuation`: see `QuoteResolution`;
 * - `speaker-first`: `X said (that) …`, `X told reporters that …`, `…, adding that …`;
 * - `trailing`: `…, X said.` / `…, said X.`;
 * - `according-to`: `According to X, …` / `…, according to X.` / `"…," according to X`
 *   after a quote that is a clause of its own (after `"…," Lavrov said, according to
 *   Reuters` the speaker is Lavrov: the source is only the `via`-like tail);
 * - `as`: `As he stated, …`;
 * - `nested`: a quote inside another quote (speaker of the enclosing quote);
 * - `none`: no attribution found.
 */
export type QuotePattern = "after" | "before" | "colon" | "within" | "continuation" | "speaker-first" | "trailing" | "according-to" | "as" | "nested" | "none";

/** The speaker given to quotes with no speaker. */
export const UNRESOLVED = "unresolved";

/** Quotes of one article, as columns of primitives. */
export interface QuoteColumns {
  readonly kind: readonly QuoteKind[];
  /** The quoted text (exclusive of the quote marks) or the reported clause. */
  readonly start: readonly number[];
  readonly end: readonly number[];
  /** Sentences (indices into `sentences`) holding the first and the last character of the span. */
  readonly sentenceStart: readonly number[];
  readonly sentenceEnd: readonly number[];
  /**
   * Words of the span: whitespace-separated pieces holding a letter or digit.
   * An indirect quote does not count the words of the direct quotes inside its
   * clause (they are counted on those quotes), so direct + indirect words never
   * count a word twice; a nested quote's words are also in its parent's count.
   */
  readonly words: readonly number[];
  /** Canonical lexicon actor, the raw phrase of a non-lexicon source ("Reuters", "the news service", "Moscow"), or `unresolved`. */
  readonly speaker: readonly string[];
  /** True when `speaker` is a lexicon actor. */
  readonly speakerResolved: readonly boolean[];
  readonly resolution: readonly QuoteResolution[];
  /**
   * The words naming the speaker as written ("he", "the top Ukrainian
   * diplomat") in the attribution the speaker came from — for `within`,
   * `continuation` and `nested` quotes, that of the clause or quote they
   * take it from; "" when none.
   */
  readonly phrase: readonly string[];
  /** Offsets of `phrase`; −1 when there is none. */
  readonly phraseStart: readonly number[];
  readonly phraseEnd: readonly number[];
  /** Reporting verb lemma ("say", "stress", "according to"); "" when none. */
  readonly verb: readonly string[];
  readonly stance: readonly QuoteStance[];
  readonly pattern: readonly QuotePattern[];
  /** An outer source the clause is reported through ("…, according to the Times", "…, Reuters noted"); "" when none. */
  readonly via: readonly string[];
  /** The closing mark is missing: the span stops at the end of its paragraph. */
  readonly unclosed: readonly boolean[];
  /** Quote-mark nesting: 0 for a top-level quote, 1 inside one, … (0 for indirect quotes). */
  readonly depth: readonly number[];
  /** Row of the enclosing quote for nested quotes; −1 for none. */
  readonly parent: readonly number[];
}

/** Quote columns with no rows. */
export function emptyQuoteColumns(): QuoteColumns {
  return {
    kind: [], start: [], end: [], sentenceStart: [], sentenceEnd: [], words: [], speaker: [], speakerResolved: [], resolution: [],
    phrase: [], phraseStart: [], phraseEnd: [], verb: [], stance: [], pattern: [], via: [], unclosed: [], depth: [], parent: [],
  };
}
