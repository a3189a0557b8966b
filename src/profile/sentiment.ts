import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";

/** What the sentiment features need of one article (placeholder: being built, issue 9). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SentimentProfile {}

/** Options of the sentiment part of the map; empty when every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SentimentProfileOptions {}

/** The sentiment part of one article's profile. */
export function profileSentiment(article: QuotedArticle, context: ProfileContext): SentimentProfile {
  void article; void context;
  return {};
}
