import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";

/** What the emphasis features need of one article (placeholder: being built, issue 9). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EmphasisProfile {}

/** Options of the emphasis part of the map; empty when every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EmphasisProfileOptions {}

/** The emphasis part of one article's profile. */
export function profileEmphasis(article: QuotedArticle, context: ProfileContext): EmphasisProfile {
  void article; void context;
  return {};
}
