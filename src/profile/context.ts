import type { Lexicon } from "../lexicon/types";

/** What one part of the map reads besides the article: the lexicon and that part's own options (see ProfileOptions). */
export interface ProfileContext<O> {
  /** The lexicon the article was parsed with; absent without one. */
  readonly lexicon?: Lexicon;
  readonly options: O;
}
