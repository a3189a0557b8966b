import type { LoadOptions, SkippedArticle } from "../corpus/types";
import type { Warning } from "../errors";
import type { ImageFormat } from "../render/types";
import type { CompareUnits } from "../features/outlet-groups";
import type { StopWordsOption } from "../features/terminology/stop-words";
import type { CompareOptions } from "../features/compare";
import type { PeriodUnit } from "../features/time/periods";

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
  /** Also write every table as Parquet (`tables/<name>.parquet`). Defaults to *true*. */
  parquet?: boolean;
  /** Outlets shown in charts and the report: those with most articles. Defaults to *30*; tables keep every outlet. */
  maxOutlets?: number;
  /** Outlets compared pairwise (divergence): those with most articles. Defaults to *100*; pairs grow with its square. */
  pairwiseOutlets?: number;
  /** Most within-event divergence rows (`DivergenceOptions.maxEventRows`). Defaults to *100,000*. */
  eventRows?: number;
  /** The period of attention over time (`TimeOptions.period`). Defaults to *auto* (day, week or month from the span of the dates). */
  period?: "auto" | PeriodUnit;
  /** Stop words dropped from distinctive terms (plain and paired): *english* or a list (`DistinctiveOptions.stopWords`). Defaults to *null*, none. */
  stopWords?: StopWordsOption;
  /**
   * Worker threads of the map (parse, quotes, profile of each article); `1`
   * maps in this thread. Defaults to *the machine's available parallelism*.
   * Results are identical for any value.
   */
  jobs?: number;
  /**
   * The profile store, used as a cache: the profiles of every article are
   * kept there (one Parquet shard, `part-0-of-1.parquet`), and a rerun — other
   * statistics options, added articles — profiles only the articles whose
   * content, lexicon, map options or profile version changed. Defaults to
   * *OUT/profiles* (replaced with the rest of OUT); `false` keeps none.
   */
  store?: string | false;
  /** How the corpus is read (date format, symbolic links); `onInvalid` is set by `skipInvalid`. */
  load?: Omit<LoadOptions, "onInvalid">;
  /** Aborting it stops the run at its next step; `out` keeps the previous results. */
  signal?: AbortSignal;
  /**
   * What is compared: outlets, groups of outlets (`Outlet.group`; the group
   * tables go to `tables/groups/`), or both. Defaults to *both* when some
   * outlet has a group, *outlets* otherwise.
   */
  compare?: CompareUnits;
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

/** A run's step runner: one progress line per step, its time in `timings`, and an abort check between steps. */
export type Timed = <T>(label: string, f: () => T | Promise<T>) => Promise<T>;

/** The step runner of one run (analyze, reduce). */
export function stepRunner(progress: { step(label: string): void }, timings: Record<string, number>, signal: AbortSignal | undefined): Timed {
  return async (label, f) => {
    await new Promise((r) => setImmediate(r)); // lets a pending SIGINT/SIGTERM handler run between steps
    if (signal?.aborted) throw new Interrupted();
    progress.step(label);
    const t0 = Date.now();
    const r = await f();
    timings[label] = (Date.now() - t0) / 1000;
    return r;
  };
}

/** The statistics options of a run, the same for analyze and reduce (so a reduce honours every one its run.json records). */
export function compareOptionsOf(options: Pick<AnalyzeOptions, "seed" | "iterations" | "pairwiseOutlets" | "eventRows" | "stopWords" | "period">): CompareOptions {
  const divergence = { ...(options.pairwiseOutlets !== undefined ? { maxOutlets: options.pairwiseOutlets } : {}), ...(options.eventRows !== undefined ? { maxEventRows: options.eventRows } : {}) };
  return {
    seed: options.seed ?? 1, iterations: options.iterations,
    ...(Object.keys(divergence).length ? { divergence } : {}),
    ...(options.stopWords ? { distinctive: { stopWords: options.stopWords } } : {}),
    ...(options.period !== undefined ? { time: { period: options.period } } : {}),
  };
}
