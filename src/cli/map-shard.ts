import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { streamCorpus } from "../corpus/stream-corpus";
import type { Article, LoadOptions } from "../corpus/types";
import { FramediffError, type Problem } from "../errors";
import { mapOptionsOf } from "../features/compare";
import { corpusLexicon } from "../lexicon/corpus-lexicon";
import { loadLexicon } from "../lexicon/parse-lexicon";
import type { Lexicon } from "../lexicon/types";
import { mapCorpus } from "../profile/map-corpus";
import { PROFILE_VERSION } from "../profile/types";
import { readShardMeta, shardFileName, shardOf, writeShard, type ShardSpec } from "../store/index";
import { mapMemoryProblem } from "./memory-check";
import { createCounter, type ProgressTarget } from "./progress";

const VERSION: string = require("../../package.json").version;

export interface MapShardOptions {
  /** Store folder: the shard is written to `store/part-I-of-N.parquet`. */
  readonly store: string;
  readonly shard: ShardSpec;
  /** Lexicon YAML; defaults to the corpus's own (see lexicon/corpus-lexicon). */
  readonly lexicon?: string;
  /** Worker threads of the map. Defaults to the machine's available parallelism. */
  readonly jobs?: number;
  /** Profile the valid articles of a corpus with invalid ones (they are listed in the shard). Defaults to *false*. */
  readonly skipInvalid?: boolean;
  readonly load?: Omit<LoadOptions, "onInvalid">;
  readonly signal?: AbortSignal;
}

/** What one map job did. */
export interface MapShardReport {
  readonly path: string;
  /** "written", or "kept": a finished shard of the same profile version and lexicon was already there. */
  readonly outcome: "written" | "kept";
  readonly articles: number;
  readonly bytes?: number;
  readonly skipped: number;
}

/**
 * `framediff map`: profiles the articles of one shard of a corpus (those
 * whose `shardOf(id, N)` is I) and writes them as one Parquet file of the
 * store. Every shard reads the whole corpus (to check it and to record its
 * outlets and hash, so reduce can tell shards of different corpora apart)
 * but parses only its own articles. A finished shard made with the same
 * profile version and lexicon is kept (a rerun of an array job redoes only
 * the tasks that failed); a failed run leaves no file.
 */
export async function mapShard(corpusPath: string, options: MapShardOptions, progressTarget: ProgressTarget): Promise<MapShardReport> {
  const lexiconPath = options.lexicon ?? corpusLexicon(corpusPath);
  const lexicon: Lexicon | undefined = lexiconPath ? loadLexicon(lexiconPath) : undefined;
  const lexiconHash = lexicon?.hash ?? null;
  const mapOptions = mapOptionsOf({});
  const path = join(options.store, shardFileName(options.shard));
  if (existsSync(path)) {
    const meta = await readShardMeta(path); // a damaged file is an error naming it, not silently replaced
    if (meta.profileVersion === PROFILE_VERSION && meta.lexiconHash === lexiconHash && meta.shard.index === options.shard.index && meta.shard.count === options.shard.count) {
      return { path, outcome: "kept", articles: meta.articles, skipped: meta.skipped.length };
    }
    throw new FramediffError({
      code: "shard-stale", file: path,
      message: `exists but was made ${meta.lexiconHash !== lexiconHash ? "with another lexicon" : `by profile version ${meta.profileVersion} (this framediff makes ${PROFILE_VERSION})`}`,
      hint: "map into a new --store folder, or delete the old shards first: a store holds one corpus profiled one way.",
    });
  }
  const stat = statSync(corpusPath);
  const tooLarge = stat.isFile() ? mapMemoryProblem(corpusPath, stat.size, options.shard.count) : undefined; // a folder's texts are its own files: no cheap bound
  if (tooLarge) throw new FramediffError([tooLarge]);
  const stream = await streamCorpus(corpusPath, options.load);
  const mine = async function* (articles: AsyncIterable<Article>) {
    for await (const a of articles) if (shardOf(a.id, options.shard.count) === options.shard.index) yield a;
  };
  const counter = createCounter(progressTarget, { verb: "profiled" });
  let shown = 0;
  let mapped;
  try {
    mapped = await mapCorpus(mine(stream.articles), lexicon, mapOptions, { jobs: options.jobs, signal: options.signal, onProgress: (n) => { counter.add(n - shown); shown = n; } });
  } finally {
    counter.done();
  }
  const corpus = stream.finish();
  if (corpus.skipped.length > 0 && !options.skipInvalid) throw invalidCorpus(corpusPath, corpus.skipped.length, corpus.skipped.flatMap((s) => s.problems));
  const { bytes } = await writeShard(options.store, mapped.profiles, {
    framediffVersion: VERSION, shard: options.shard, profileVersion: PROFILE_VERSION, lexiconHash, mapOptions, corpus, skipped: mapped.skipped,
  });
  return { path, outcome: "written", articles: mapped.profiles.length, bytes, skipped: mapped.skipped.length };
}

function invalidCorpus(corpusPath: string, n: number, problems: readonly Problem[]): FramediffError {
  return new FramediffError([{
    code: "invalid-corpus", file: corpusPath,
    message: `${n} invalid article${n === 1 ? "" : "s"}; no shard was written`,
    hint: "fix them (framediff check lists them), or pass --skip-invalid to profile the valid articles and list the skipped ones.",
  }, ...problems]);
}
