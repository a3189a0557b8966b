import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";

/** What the coverage features need of one article (placeholder: being built, issue 9). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CoverageProfile {}

/** Options of the coverage part of the map; empty when every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CoverageProfileOptions {}

/** The coverage part of one article's profile. */
export function profileCoverage(article: QuotedArticle, context: ProfileContext): CoverageProfile {
  void article; void context;
  return {};
}
