import { articleHash } from "../corpus/article-hash";
import type { Article, SkippedArticle } from "../corpus/types";
import { FramediffError } from "../errors";
import type { Lexicon } from "../lexicon/types";
import { compareCodeUnits as cmp } from "../util/compare";
import { parseArticle } from "../parse/parse-article";
import type { ParseOptions } from "../parse/types";
import { quoteArticle } from "../quotes/quote-article";
import { quoteOptions, type QuoteOptions, type ResolvedQuoteOptions } from "../quotes/options";
import { articleFault } from "./article-fault";
import { checkProfileOptions, type ProfileOptions } from "./options";
import { profileArticle } from "./profile-article";
import type { ArticleProfile } from "./types";

/** Options of the whole map: parse, quotes and profile. Plain data, so a worker can receive them. */
export interface MapOptions {
  readonly parse?: ParseOptions;
  /** Quote options, checked already (`quoteOptions`): bad options fail once, up front, not once per article. */
  readonly quotes?: ResolvedQuoteOptions;
  readonly profile?: ProfileOptions;
}

export type { ParseOptions, QuoteOptions };

/**
 * The map's options from what a caller gives, checked once, up front, with
 * messages naming the option — inside the map a bad option would throw for
 * every article and the fault barrier would skip them all. Undefined
 * options are dropped, so the result is plain data a worker can receive.
 */
export function mapOptions(parse: ParseOptions = {}, quotes: QuoteOptions = {}, profile: ProfileOptions = {}): MapOptions {
  const plain = JSON.parse(JSON.stringify(profile)) as ProfileOptions;
  checkProfileOptions(plain);
  return { parse, quotes: quoteOptions(quotes), profile: plain };
}

/** One article's map result: its profile, or why it was skipped. */
export type Mapped = { readonly profile: ArticleProfile; readonly skipped?: undefined } | { readonly profile?: undefined; readonly skipped: SkippedArticle };

/**
 * The map of one article: one wink read, its quotes, its profile. A fault
 * barrier: anything the article makes parse, quotes or profile throw skips
 * it with the error named (one bad article never stops a run); only a
 * `FramediffError` — bad options or lexicon, the same for every article —
 * is thrown.
 */
export function mapArticle(article: Article, lexicon: Lexicon | undefined, options: MapOptions = {}): Mapped {
  try {
    return { profile: { ...profileArticle(quoteArticle(parseArticle(article, lexicon, options.parse), options.quotes), lexicon, options.profile), source: article.source, articleHash: articleHash(article), ...(article.date !== undefined ? { date: article.date } : {}) } };
  } catch (e) {
    if (e instanceof FramediffError) throw e;
    return { skipped: articleFault(article, "parsed", e) };
  }
}

/** Profiles in the order every reduction reads them: by id, then outlet and event — the order `inStableOrder` gives articles, so results do not depend on input order or on which worker finished first. */
export function profileOrder(a: ArticleProfile, b: ArticleProfile): number {
  return cmp(a.id, b.id) || cmp(a.outlet, b.outlet) || cmp(a.event ?? "", b.event ?? "");
}
