import type { SkippedArticle } from "../corpus/types";
import type { StreamedCorpus } from "../corpus/stream-corpus";
import type { Shape } from "./shape";
import type { ShardSpec } from "./shard";

/** Version of the shard file layout (columns and metadata keys), independent of PROFILE_VERSION. */
export const STORE_FORMAT = 1;

/**
 * What a shard says about itself, in its Parquet key-value metadata (keys
 * `framediff.<field>`, values JSON): enough for `reduce` to check that shards
 * belong together and to write what `analyze` writes.
 */
export interface ShardMeta {
  readonly storeFormat: number;
  readonly framediffVersion: string;
  readonly shard: ShardSpec;
  readonly profileVersion: number;
  /** sha256 of the lexicon the map used; null without one. */
  readonly lexiconHash: string | null;
  /** The whole corpus's findings (every shard reads the whole corpus, profiling only its part). */
  readonly corpus: StreamedCorpus;
  /** Articles of this shard the map could not parse or profile. */
  readonly skipped: readonly SkippedArticle[];
  /** Articles (rows) in this shard. */
  readonly articles: number;
  /** The map's options (parse, quotes, profile), as the map ran: shards and caches made with other options are not mixed. */
  readonly mapOptions: unknown;
  /** How each profile value is stored (see `Shape`). */
  readonly shape: Shape;
}

export const META_KEYS: readonly (keyof ShardMeta)[] = ["storeFormat", "framediffVersion", "shard", "profileVersion", "lexiconHash", "mapOptions", "corpus", "skipped", "articles", "shape"];
