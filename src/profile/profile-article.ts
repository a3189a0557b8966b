import type { Lexicon } from "../lexicon/types";
import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileOptions } from "./context";
import { profileCoverage } from "./coverage";
import { profileDivergence } from "./divergence";
import { profileEmphasis } from "./emphasis";
import { profileSentiment } from "./sentiment";
import { profileTerminology } from "./terminology";
import { PROFILE_VERSION, type ArticleProfile } from "./types";
import { profileVoice } from "./voice";

/**
 * The map: everything the features need from one parsed and quoted article,
 * computed once. Pure; the parse can be dropped afterwards.
 *
 * @example
 * const profile = profileArticle(quoteArticle(parseArticle(article, lexicon)), lexicon);
 */
export function profileArticle(article: QuotedArticle, lexicon?: Lexicon, options: ProfileOptions = {}): ArticleProfile {
  const context = { lexicon, options };
  return {
    id: article.id, outlet: article.outlet, ...(article.event !== undefined ? { event: article.event } : {}),
    profileVersion: PROFILE_VERSION,
    lexiconHash: article.lexicon?.hash ?? null,
    sentiment: profileSentiment(article, context),
    emphasis: profileEmphasis(article, context),
    terminology: profileTerminology(article, context),
    voice: profileVoice(article, context),
    coverage: profileCoverage(article, context),
    divergence: profileDivergence(article, context),
  };
}
