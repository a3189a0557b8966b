import type { ParsedArticle } from "../parse/types";
import { extractQuotes } from "./extract";
import { quoteOptions, type QuoteOptions, type ResolvedQuoteOptions } from "./options";
import type { QuoteColumns } from "./types";

/**
 * A parsed article with its quotes: the quotes stage's result. It is still a
 * `ParsedArticle` (features that read no quotes take it as one), and its
 * `options` record the quote extractor's settings next to the parse's, so a
 * voice result can say how its quotes were found. Frozen, like the parse.
 */
export type QuotedArticle = ParsedArticle & {
  /** Direct, indirect and scare quotes with speaker, reporting verb and stance (see `extractQuotes`). */
  readonly quotes: QuoteColumns;
  readonly options: ParsedArticle["options"] & { readonly quotes: ResolvedQuoteOptions };
};

/**
 * Finds the quotes of one parsed article and returns it as a frozen
 * `QuotedArticle`. Pure: reads the parse's text, tokens, sentences and
 * mentions (no new wink read) and leaves `parsed` as it is. Options are
 * checked with a message naming the option (see `quoteOptions`).
 *
 * @example
 * const quoted = quoteArticle(parseArticle(corpus.articles[0], lexicon));
 * quoted.quotes.speaker[0]; // "Sergey Lavrov"
 */
export function quoteArticle(parsed: ParsedArticle, options: QuoteOptions = {}): QuotedArticle {
  const resolved = Object.freeze(quoteOptions(options));
  const quotes = freezeColumns(extractQuotes(parsed, resolved));
  return Object.freeze({ ...parsed, quotes, options: Object.freeze({ ...parsed.options, quotes: resolved }) });
}

/** Freezes the columns object and every column (each a flat array of primitives). */
function freezeColumns(q: QuoteColumns): QuoteColumns {
  for (const column of Object.values(q)) Object.freeze(column);
  return Object.freeze(q);
}
