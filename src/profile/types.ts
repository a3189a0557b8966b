import type { Article } from "../corpus/types";
import type { CoverageProfile } from "./coverage";
import type { DivergenceProfile } from "./divergence";
import type { EmphasisProfile } from "./emphasis";
import type { SentimentProfile } from "./sentiment";
import type { TerminologyProfile } from "./terminology";
import type { VoiceProfile } from "./voice";

/**
 * Version of the `ArticleProfile` shape. Raise it whenever a part changes
 * what it holds or how it is computed: stored profiles (issue 10's store)
 * of another version are recomputed, never mixed.
 *
 * 2: terms are words only, possessives split alike for ’ and '; the
 * sentiment part scores each mention; the divergence part counts labels in
 * the outlet's own words only (issue 11).
 * 3: profiles carry the article's `date`, for attention over time (issue 12).
 */
export const PROFILE_VERSION = 3;

/** Who wrote an article and about what: the grouping keys every reduction uses. */
export interface ArticleHead {
  readonly id: string;
  readonly outlet: string;
  /** Absent when the corpus has no events (see `eventOf`). */
  readonly event?: string;
  /** The article's date as the corpus normalised it (ISO 8601, `Article.date`); absent when the source gives none. Set by the map. */
  readonly date?: string;
}

/**
 * Everything any feature needs from one article, computed once by the map
 * (`profileArticle`, in a worker): one part per feature family. Plain data
 * only — objects, arrays, strings, numbers, booleans and typed arrays, no
 * Map, Set or class — so a profile crosses a worker boundary by structured
 * clone and can be stored; lists are in a fixed order so the same article
 * gives the same profile in any worker.
 */
export interface ArticleProfile extends ArticleHead {
  readonly profileVersion: number;
  /** Where the article was read from (file and line), so a fault found at the reduce can name it; set by the map (`mapArticle`). */
  readonly source?: Article["source"];
  /** Hash of the lexicon the mentions came from; null without one. */
  readonly lexiconHash: string | null;
  /** Content hash of the article (`articleHash`): the key under which the profile store keeps it as a cache. Set by `mapArticle`. */
  readonly articleHash?: string;
  readonly sentiment: SentimentProfile;
  readonly emphasis: EmphasisProfile;
  readonly terminology: TerminologyProfile;
  readonly voice: VoiceProfile;
  readonly coverage: CoverageProfile;
  readonly divergence: DivergenceProfile;
}

/** The families of a profile, one part each. */
export type ProfileFamily = Exclude<keyof ArticleProfile, keyof ArticleHead | "profileVersion" | "lexiconHash" | "source" | "articleHash">;

/** A profile with only the parts a feature reads: features type their input with it, so a test can build just those parts. */
export type Profiled<K extends ProfileFamily> = ArticleHead & { readonly lexiconHash?: string | null } & Pick<ArticleProfile, K>;
