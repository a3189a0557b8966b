import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";

/** What the terminology features need of one article (placeholder: being built, issue 9). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TerminologyProfile {}

/** Options of the terminology part of the map; empty when every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TerminologyProfileOptions {}

/** The terminology part of one article's profile. */
export function profileTerminology(article: QuotedArticle, context: ProfileContext): TerminologyProfile {
  void article; void context;
  return {};
}
