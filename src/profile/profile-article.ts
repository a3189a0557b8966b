import type { Lexicon } from "../lexicon/types";
import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileOptions } from "./options";
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
  const part = <O>(o: O | undefined) => ({ ...(lexicon ? { lexicon } : {}), options: o ?? ({} as O) });
  return {
    id: article.id, outlet: article.outlet, ...(article.event !== undefined ? { event: article.event } : {}),
    profileVersion: PROFILE_VERSION,
    lexiconHash: article.lexicon?.hash ?? null,
    sentiment: profileSentiment(article, part(options.sentiment)),
    emphasis: profileEmphasis(article, part(options.emphasis)),
    terminology: profileTerminology(article, part(options.terminology)),
    voice: profileVoice(article, part(options.voice)),
    coverage: profileCoverage(article, part(options.coverage)),
    divergence: profileDivergence(article, part(options.divergence)),
  };
}
