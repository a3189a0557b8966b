export * from "./types";
export { extractQuotes } from "./extract";
export { findQuoteMarks, type MarkSpan } from "./marks";
export { quoteOptions, QUOTE_DEFAULTS, type QuoteOptions, type ResolvedQuoteOptions } from "./options";
export { REPORTING_VERBS } from "./verbs";
export { isPersonName } from "./profiles";
export type { QuoteInput } from "./context";
export { quoteArticle, type QuotedArticle } from "./quote-article";
