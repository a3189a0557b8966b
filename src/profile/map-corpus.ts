import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Piscina } from "piscina";
import type { Article, SkippedArticle } from "../corpus/types";
import type { Lexicon } from "../lexicon/types";
import { compareCodeUnits } from "../util/compare";
import { profileOrder, type MapOptions, type Mapped } from "./map-article";
import { internStrings, StringTable } from "./intern";
import type { ArticleProfile } from "./types";
import mapBatch, { type MapTask } from "./worker";

export interface MapRunOptions {
  /** Worker threads. `1` maps in this thread (no pool). Defaults to *the machine's available parallelism*. */
  jobs?: number;
  /** Articles per task sent to a worker. Defaults to *32*: large enough that messaging is a small share of a task, small enough to keep every worker busy to the end. */
  batchSize?: number;
  /** Called after each batch with the number of articles mapped so far. */
  onProgress?: (done: number) => void;
  /** Checked between batches: an aborted run stops, terminates its workers and rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface MappedCorpus {
  /** In `profileOrder` (by id, outlet, event): the same for any `jobs` and any input order. */
  readonly profiles: ArticleProfile[];
  /** Articles the map could not parse or profile, by id. */
  readonly skipped: SkippedArticle[];
}

/** The default number of worker threads. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Checks `jobs` with a message naming the option. */
export function checkJobs(jobs: number): void {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`invalid jobs: ${jobs} (use a whole number ≥ 1, e.g. --jobs ${defaultJobs()})`);
}

/**
 * The map over a whole corpus: every article parsed, quoted and profiled,
 * on `jobs` worker threads (one wink model each), articles streamed to them
 * in batches — at most two batches per worker in flight, so a streamed
 * corpus is never held whole. Only profiles come back; texts and parses
 * stay in the workers, and the profiles share one copy of each short string
 * (see internStrings). The result is sorted, so it is byte-identical for
 * any `jobs` and any order of `articles`.
 */
export async function mapCorpus(articles: Iterable<Article> | AsyncIterable<Article>, lexicon: Lexicon | undefined, options: MapOptions = {}, run: MapRunOptions = {}): Promise<MappedCorpus> {
  const jobs = run.jobs ?? defaultJobs();
  checkJobs(jobs);
  const batchSize = run.batchSize ?? 32;
  const mapped = collector();
  const take = (results: readonly Mapped[]) => {
    const done = mapped.add(results); // not inside `onProgress?.(…)`: that skips its argument when there is no callback
    run.onProgress?.(done);
  };
  const pool = jobs > 1 ? new Piscina<MapTask, Mapped[]>({ filename: workerFile(), minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 }) : null;
  try {
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    for await (const batch of batches(articles, batchSize)) {
      if (run.signal?.aborted) throw run.signal.reason;
      if (failure) throw failure;
      if (!pool) {
        take(mapBatch({ articles: batch, lexicon, options })); // what a worker runs, in this thread
        await new Promise((r) => setImmediate(r)); // lets a signal handler and progress output run between batches
        continue;
      }
      const task = pool.run({ articles: batch, ...(lexicon ? { lexicon } : {}), options }).then(take, (e) => { failure ??= e; });
      const tracked: Promise<void> = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= 2 * jobs) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
  } finally {
    await pool?.destroy();
  }
  return mapped.finish();
}

/**
 * The map in this thread, for a corpus in memory (notebooks, scripts, tests):
 * every article parsed, quoted and profiled, skipped ones listed, profiles in
 * `profileOrder` sharing one copy of each short string — what `mapCorpus`
 * gives with `jobs: 1`, without the await.
 *
 * @example
 * const { profiles, skipped } = mapArticles(corpus.articles, lexicon);
 * sentimentByOutlet(profiles);
 */
export function mapArticles(articles: readonly Article[], lexicon: Lexicon | undefined, options: MapOptions = {}): MappedCorpus {
  const mapped = collector();
  mapped.add(mapBatch({ articles, lexicon, options }));
  return mapped.finish();
}

/** Gathers map results as they come (strings shared, see internStrings) and gives them in a fixed order. */
function collector(): { add(results: readonly Mapped[]): number; finish(): MappedCorpus } {
  const profiles: ArticleProfile[] = [];
  const skipped: SkippedArticle[] = [];
  const strings = new StringTable();
  return {
    /** Adds a batch; returns how many articles have been added in all. */
    add(results) {
      for (const r of results) if (r.profile) profiles.push(internStrings(r.profile, strings)); else skipped.push(r.skipped);
      return profiles.length + skipped.length;
    },
    finish() {
      profiles.sort(profileOrder);
      skipped.sort((a, b) => compareCodeUnits(a.id ?? "", b.id ?? ""));
      return { profiles, skipped };
    },
  };
}

async function* batches(articles: Iterable<Article> | AsyncIterable<Article>, size: number): AsyncGenerator<Article[]> {
  let batch: Article[] = [];
  for await (const a of articles) {
    batch.push(a);
    if (batch.length === size) { yield batch; batch = []; }
  }
  if (batch.length) yield batch;
}

/** The worker module: the built one beside this file, or — when running from the TypeScript sources (tests) — a loader that compiles them. */
function workerFile(): string {
  const built = join(__dirname, "worker.js");
  if (existsSync(built)) return built;
  return join(__dirname, "..", "..", "scripts", "ts-worker.js");
}
