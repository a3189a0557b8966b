import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";

/** What the divergence features need of one article (placeholder: being built, issue 9). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DivergenceProfile {}

/** Options of the divergence part of the map; empty when every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DivergenceProfileOptions {}

/** The divergence part of one article's profile. */
export function profileDivergence(article: QuotedArticle, context: ProfileContext): DivergenceProfile {
  void article; void context;
  return {};
}
