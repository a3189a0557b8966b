import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { articleHash } from "../corpus/article-hash";
import { countRecords } from "../corpus/count-records";
import { streamCorpus } from "../corpus/stream-corpus";
import { FramediffError, type Problem } from "../errors";
import type { Article, SkippedArticle } from "../corpus/types";
import { mapOptionsOf } from "../features/compare";
import { mapCorpus } from "../profile/map-corpus";
import { profileOrder } from "../profile/map-article";
import { PROFILE_VERSION, type ArticleProfile } from "../profile/types";
import { writeShard } from "../store/index";
import { CACHE_FILE, cacheUnchanged, loadProfileCache } from "./profile-cache";
import { corpusLexicon } from "../lexicon/corpus-lexicon";
import { loadLexicon } from "../lexicon/parse-lexicon";
import type { Lexicon } from "../lexicon/types";
import { createCounter, createProgress, type ProgressTarget } from "./progress";
import { memoryProblem } from "./memory-check";
import { intoOutput } from "./out-folder";
import { writeAnalysis } from "./write-analysis";
import { comparedUnits } from "./groups-analysis";
import { compareOptionsOf, Interrupted, stepRunner, type AnalyzeOptions, type AnalyzeReport } from "./run-options";

export { Interrupted, type AnalyzeOptions, type AnalyzeReport } from "./run-options";

export { reportWarnings } from "./write-analysis";

const VERSION: string = require("../../package.json").version;

/**
 * `framediff analyze`: every feature of the corpus, written as CSV tables
 * (`tables/<kind>.csv`), figures with their data and provenance
 * (`figures/`), one offline `report.html`, and `run.json` (parameters,
 * versions, hashes, warnings, timings).
 */
export async function analyze(corpusPath: string, options: AnalyzeOptions, progressTarget: ProgressTarget): Promise<AnalyzeReport> {
  return intoOutput(options.out ?? "out", options.signal, (staging) => analyzeInto(corpusPath, staging, options, progressTarget));
}

/** The run itself, writing into `dir` (the staging folder). */
async function analyzeInto(corpusPath: string, dir: string, options: AnalyzeOptions, progressTarget: ProgressTarget): Promise<AnalyzeReport> {
  const timings: Record<string, number> = {};
  const progress = createProgress((options.noFigures ? 6 : 7) + (options.skipInvalid ? 0 : 1) + (options.store === false ? 0 : 1), progressTarget);
  const timed = stepRunner(progress, timings, options.signal);

  const lexiconPath = options.lexicon ?? corpusLexicon(corpusPath);
  const lexicon: Lexicon | undefined = lexiconPath ? loadLexicon(lexiconPath) : undefined;
  const compareOptions = compareOptionsOf(options);
  const mapOptions = mapOptionsOf(compareOptions);
  // Without --skip-invalid an invalid article stops the run: a first, cheap pass (read and check, no parse) finds
  // them all before any article is parsed, and counts the articles so the map's progress can show the time left.
  let total: number | undefined;
  if (!options.skipInvalid) {
    const check = await timed("check the corpus", async () => {
      const pass = await streamCorpus(corpusPath, options.load);
      let textBytes = 0;
      for await (const article of pass.articles) textBytes += article.text.length; // read and checked, nothing kept
      return { ...pass.finish(), textBytes };
    });
    if (check.skipped.length > 0) throw invalidCorpus(corpusPath, check.skipped);
    const tooLarge = memoryProblem(corpusPath, check.articleCount, check.textBytes);
    if (tooLarge) throw new FramediffError([tooLarge]);
    total = check.articleCount;
    comparedUnits(check.outlets, options.compare, corpusPath); // --compare groups without groups fails before the map, not after
  } else {
    total = await countRecords(corpusPath); // a JSONL file's lines; other formats show a rate but no total
    // no check pass to count the text: a JSONL or CSV file's size bounds it from above
    const stat = statSync(corpusPath);
    const size = stat.isFile() ? stat.size : 0;
    const tooLarge = memoryProblem(corpusPath, total ?? 0, size);
    if (tooLarge) throw new FramediffError([tooLarge]);
  }
  const out = options.out ?? "out";
  const storeDir = options.store === false ? undefined : options.store ?? join(out, "profiles");
  const cache = storeDir ? await loadProfileCache(storeDir, lexicon?.hash ?? null, mapOptions) : undefined;
  // the corpus streams through the map: this thread holds each article only until a worker has it, and keeps profiles
  const stream = await streamCorpus(corpusPath, options.load);
  const reused: ArticleProfile[] = [];
  const mapped = await timed("read, parse and profile the articles", async () => {
    const counter = createCounter(progressTarget, { verb: "profiled", ...(total !== undefined ? { total } : {}) });
    let shown = 0;
    // articles the store already holds a profile of (same content hash) skip the map
    const fresh = async function* (articles: AsyncIterable<Article>) {
      for await (const a of articles) {
        const hit = cache?.profiles.size ? cache.profiles.get(articleHash(a)) : undefined;
        if (hit) { reused.push({ ...hit, source: a.source }); counter.add(1); continue; }
        yield a;
      }
    };
    try {
      return await mapCorpus(fresh(stream.articles), lexicon, mapOptions, { jobs: options.jobs, signal: options.signal, onProgress: (n) => { counter.add(n - shown); shown = n; } });
    } catch (e) {
      if (options.signal?.aborted) throw new Interrupted();
      throw e;
    } finally {
      counter.done();
    }
  });
  const cachedCount = cache?.profiles.size ?? 0;
  cache?.profiles.clear();
  const corpus = stream.finish();
  if (corpus.skipped.length > 0 && !options.skipInvalid) throw invalidCorpus(corpusPath, corpus.skipped);
  const profiled = mapped.profiles.length;
  const profiles = reused.length ? mapped.profiles.concat(reused).sort(profileOrder) : mapped.profiles;
  let storeRecord: Record<string, unknown> = { dir: null };
  if (storeDir) {
    // the default store lives in OUT, so it is written into the staging folder and replaced with the rest of OUT
    const target = options.store === undefined ? join(dir, "profiles") : storeDir;
    const unchanged = cacheUnchanged(cache, cachedCount, reused.length, profiled, corpus, mapped.skipped);
    const { bytes } = await timed("store the profiles", async () => {
      if (!unchanged) {
        return writeShard(target, profiles, {
          framediffVersion: VERSION, shard: { index: 0, count: 1 }, profileVersion: PROFILE_VERSION, lexiconHash: lexicon?.hash ?? null, mapOptions, corpus, skipped: mapped.skipped,
        });
      }
      // the stored shard is what would be written: keep it (copied into the staging folder when it lives in OUT)
      const to = join(target, CACHE_FILE);
      if (resolve(to) !== resolve(cache!.path!)) { mkdirSync(target, { recursive: true }); copyFileSync(cache!.path!, to); }
      return { bytes: statSync(to).size };
    });
    storeRecord = { dir: storeDir, file: CACHE_FILE, bytes, reused: reused.length, profiled, written: !unchanged, ...(cache?.ignored ? { ignored: cache.ignored } : {}) };
  }
  return writeAnalysis(dir, {
    corpus, mapped: { profiles, skipped: mapped.skipped }, lexicon, compareOptions, options, timed, progress, timings, createdBy: "framediff analyze",
    extraRun: { store: storeRecord }, extraWarnings: cache?.warnings ?? [], extraFiles: options.store === undefined ? [`profiles/${CACHE_FILE}`] : [],
  });
}

/** An invalid corpus stops `analyze` as it stops `check`, listing every problem. */
function invalidCorpus(corpusPath: string, skipped: readonly SkippedArticle[]): FramediffError {
  const head: Problem = {
    code: "invalid-corpus", file: corpusPath,
    message: `${skipped.length} invalid article${skipped.length === 1 ? "" : "s"}; nothing was analysed`,
    hint: "fix them (framediff check lists them), or pass --skip-invalid to analyse the valid articles and list the skipped ones.",
  };
  return new FramediffError([head, ...skipped.flatMap((s) => s.problems)]);
}
