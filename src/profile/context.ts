import type { Lexicon } from "../lexicon/types";
import type { CoverageProfileOptions } from "./coverage";
import type { DivergenceProfileOptions } from "./divergence";
import type { EmphasisProfileOptions } from "./emphasis";
import type { SentimentProfileOptions } from "./sentiment";
import type { TerminologyProfileOptions } from "./terminology";
import type { VoiceProfileOptions } from "./voice";

/**
 * Options of the map, one object per family. Plain data, so they can be sent
 * to a worker. Most options apply at the reduce (a profile keeps the raw
 * facts); only those that decide what a profile holds are here.
 */
export interface ProfileOptions {
  readonly sentiment?: SentimentProfileOptions;
  readonly emphasis?: EmphasisProfileOptions;
  readonly terminology?: TerminologyProfileOptions;
  readonly voice?: VoiceProfileOptions;
  readonly coverage?: CoverageProfileOptions;
  readonly divergence?: DivergenceProfileOptions;
}

/** What every part of the map may read besides the article. */
export interface ProfileContext {
  /** The lexicon the article was parsed with; absent without one. */
  readonly lexicon?: Lexicon;
  readonly options: ProfileOptions;
}
