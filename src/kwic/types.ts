/**
 * Words in context: the shapes `kwic()` returns and the report's KWIC panel
 * reads. Plain data (JSON-safe), so a sample can be embedded in report.html.
 */

/** What to look for: a term (a word or phrase of the corpus), a lexicon concept label, or a lexicon actor. */
export type KwicKind = "term" | "label" | "actor";

/** One occurrence: the matched words with `window` words of context on each side, and the article it is in. */
export interface KwicLine {
  readonly articleId: string;
  readonly outlet: string;
  readonly event?: string;
  readonly title?: string;
  readonly url?: string;
  readonly date?: string;
  /** Context before the match (at most `window` words, within the sentence). */
  readonly left: string;
  /** The text matched, as written. */
  readonly match: string;
  /** Context after the match (at most `window` words, within the sentence). */
  readonly right: string;
  /** Where the match is in the article's text (UTF-16 offsets, end exclusive); `kwic()` gives them, a report sample may leave them out. */
  readonly start?: number;
  readonly end?: number;
}

/** One key's occurrences per outlet: how many there are, and the lines kept (all, or a bounded, seeded sample). */
export interface KwicOutletLines {
  readonly outlet: string;
  /** Occurrences found in this outlet's articles. */
  readonly total: number;
  /** The lines kept, in a stable order (article id, then position). */
  readonly lines: readonly KwicLine[];
}

/** Everything found for one key (a term, label or actor), outlets in id order. */
export interface KwicSample {
  readonly kind: KwicKind;
  /** The key as the report shows it (`"kyiv"`, `"special military operation"`, `"Lavrov"`). */
  readonly key: string;
  readonly total: number;
  readonly outlets: readonly KwicOutletLines[];
  /** Outlets with occurrences that a bounded sample leaves out (a report shows at most so many outlets per key), and their occurrences; absent when none is left out. */
  readonly otherOutlets?: { readonly outlets: number; readonly total: number };
}
