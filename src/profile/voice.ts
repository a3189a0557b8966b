import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";

/** What the voice features need of one article (placeholder: being built, issue 9). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface VoiceProfile {}

/** Options of the voice part of the map; empty when every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface VoiceProfileOptions {}

/** The voice part of one article's profile. */
export function profileVoice(article: QuotedArticle, context: ProfileContext): VoiceProfile {
  void article; void context;
  return {};
}
