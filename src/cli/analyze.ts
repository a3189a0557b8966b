import { statSync } from "node:fs";
import { countRecords } from "../corpus/count-records";
import { streamCorpus } from "../corpus/stream-corpus";
import { FramediffError, type Problem, type Warning } from "../errors";
import type { LoadOptions, SkippedArticle } from "../corpus/types";
import { mapOptionsOf, type CompareOptions } from "../features/compare";
import { mapCorpus } from "../profile/map-corpus";
import { corpusLexicon } from "../lexicon/corpus-lexicon";
import { loadLexicon } from "../lexicon/parse-lexicon";
import type { Lexicon } from "../lexicon/types";
import type { ImageFormat } from "../render/types";
import { createCounter, createProgress, type ProgressTarget } from "./progress";
import { memoryProblem } from "./memory-check";
import { openOutput } from "./out-folder";
import { writeAnalysis } from "./write-analysis";

export { reportWarnings } from "./write-analysis";

export interface AnalyzeOptions {
  /** Lexicon YAML; defaults to the corpus's own (see lexicon/corpus-lexicon). */
  lexicon?: string;
  /** Output folder. Defaults to *out*. */
  out?: string;
  /** Figure formats. Defaults to *svg, pdf, png*. */
  formats?: ImageFormat[];
  /** Skip figure files (the report still has every interactive chart). */
  noFigures?: boolean;
  /** Seed of every random stream. Defaults to *1*. */
  seed?: number;
  /** Bootstrap replicates. Defaults to *2000*. */
  iterations?: number;
  /** Browser for figure export; defaults to $FRAMEDIFF_CHROMIUM or Debian's chromium. */
  chromium?: string;
  /**
   * Analyse the valid articles of a corpus that has invalid ones, listing
   * every one left out. Defaults to *false*: an invalid corpus is an error,
   * as in `framediff check`.
   */
  skipInvalid?: boolean;
  /**
   * Guard text cells a spreadsheet would run as formulas with a leading
   * apostrophe (see tables/column-docs-csv CSV_NOTES). Defaults to *true*;
   * turn off for pipelines that read the CSV programmatically.
   */
  csvGuard?: boolean;
  /** Outlets shown in charts and the report: those with most articles. Defaults to *30*; tables keep every outlet. */
  maxOutlets?: number;
  /** Outlets compared pairwise (divergence): those with most articles. Defaults to *100*; pairs grow with its square. */
  pairwiseOutlets?: number;
  /**
   * Worker threads of the map (parse, quotes, profile of each article); `1`
   * maps in this thread. Defaults to *the machine's available parallelism*.
   * Results are identical for any value.
   */
  jobs?: number;
  /** How the corpus is read (date format, symbolic links); `onInvalid` is set by `skipInvalid`. */
  load?: Omit<LoadOptions, "onInvalid">;
  /** Aborting it stops the run at its next step; `out` keeps the previous results. */
  signal?: AbortSignal;
}

/** Thrown when `AnalyzeOptions.signal` aborts the run. */
export class Interrupted extends Error {
  constructor() { super("interrupted"); this.name = "Interrupted"; }
}

/** What a run wrote and met. */
export interface AnalyzeReport {
  readonly out: string;
  /** Paths of the files written, relative to `out`, sorted. */
  readonly files: readonly string[];
  readonly warnings: readonly Warning[];
  readonly skippedFeatures: readonly string[];
  /** Articles left out: invalid ones (only with `skipInvalid`) and ones that failed to parse or measure. */
  readonly skippedArticles: readonly SkippedArticle[];
}

/**
 * `framediff analyze`: every feature of the corpus, written as CSV tables
 * (`tables/<kind>.csv`), figures with their data and provenance
 * (`figures/`), one offline `report.html`, and `run.json` (parameters,
 * versions, hashes, warnings, timings).
 */
export async function analyze(corpusPath: string, options: AnalyzeOptions, progressTarget: ProgressTarget): Promise<AnalyzeReport> {
  const output = openOutput(options.out ?? "out");
  try {
    const report = await analyzeInto(corpusPath, output.staging, options, progressTarget);
    if (options.signal?.aborted) throw new Interrupted();
    output.commit();
    return { ...report, out: output.out };
  } finally {
    output.abandon();
  }
}

/** The run itself, writing into `dir` (the staging folder). */
async function analyzeInto(corpusPath: string, dir: string, options: AnalyzeOptions, progressTarget: ProgressTarget): Promise<AnalyzeReport> {
  const seed = options.seed ?? 1;
  const timings: Record<string, number> = {};
  const progress = createProgress((options.noFigures ? 5 : 6) + (options.skipInvalid ? 0 : 1), progressTarget);
  const timed = async <T>(label: string, f: () => T | Promise<T>): Promise<T> => {
    await new Promise((r) => setImmediate(r)); // lets a pending SIGINT/SIGTERM handler run between steps
    if (options.signal?.aborted) throw new Interrupted();
    progress.step(label);
    const t0 = Date.now();
    const r = await f();
    timings[label] = (Date.now() - t0) / 1000;
    return r;
  };

  const lexiconPath = options.lexicon ?? corpusLexicon(corpusPath);
  const lexicon: Lexicon | undefined = lexiconPath ? loadLexicon(lexiconPath) : undefined;
  const compareOptions: CompareOptions = { seed, iterations: options.iterations, ...(options.pairwiseOutlets !== undefined ? { divergence: { maxOutlets: options.pairwiseOutlets } } : {}) };
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
  } else {
    total = await countRecords(corpusPath); // a JSONL file's lines; other formats show a rate but no total
    // no check pass to count the text: a JSONL or CSV file's size bounds it from above
    const stat = statSync(corpusPath);
    const size = stat.isFile() ? stat.size : 0;
    const tooLarge = memoryProblem(corpusPath, total ?? 0, size);
    if (tooLarge) throw new FramediffError([tooLarge]);
  }
  // the corpus streams through the map: this thread holds each article only until a worker has it, and keeps profiles
  const stream = await streamCorpus(corpusPath, options.load);
  const mapped = await timed("read, parse and profile the articles", async () => {
    const counter = createCounter(progressTarget, { verb: "profiled", ...(total !== undefined ? { total } : {}) });
    let shown = 0;
    try {
      return await mapCorpus(stream.articles, lexicon, mapOptions, { jobs: options.jobs, signal: options.signal, onProgress: (n) => { counter.add(n - shown); shown = n; } });
    } catch (e) {
      if (options.signal?.aborted) throw new Interrupted();
      throw e;
    } finally {
      counter.done();
    }
  });
  const corpus = stream.finish();
  if (corpus.skipped.length > 0 && !options.skipInvalid) throw invalidCorpus(corpusPath, corpus.skipped);
  return writeAnalysis(dir, { corpus, mapped, lexicon, compareOptions, options, timed, progress, timings, createdBy: "framediff analyze" });
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
