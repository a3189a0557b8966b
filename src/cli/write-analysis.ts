import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { StreamedCorpus } from "../corpus/stream-corpus";
import { formatProblem, type Warning } from "../errors";
import type { CompareOptions, Comparison } from "../features/compare";
import { defaultJobs, type MappedCorpus } from "../profile/map-corpus";
import type { Lexicon } from "../lexicon/types";
import { exportFigures } from "../render/export-figures";
import type { FigureSpec, Provenance } from "../render/types";
import { reportHtml } from "../report/report-html";
import { analysisSections } from "../report/analysis-sections";
import { reportEvents } from "../report/report-events";
import { skippedWithoutLexicon } from "../report/catalogue";
import { resultWarnings, tablesOf } from "../report/tables-of";
import { outletLabelsOf } from "../charts/outlets";
import { articlesPerOutlet, DEFAULT_MAX_OUTLETS } from "../charts/outlet-limit";
import type { Progress } from "./progress";
import { catalogueCodebook, writeTables } from "./write-tables";
import { groupSections, groupsRecord, groupWarnings, measureUnits, writeGroupTables } from "./groups-analysis";
import { kwicAnalysis } from "./kwic-analysis";
import type { AnalyzeOptions, AnalyzeReport, Timed } from "./run-options";

const VERSION: string = require("../../package.json").version;

/** What the reduce half of a run starts from: the corpus's findings and every article's profile. */
export interface AnalysisInput {
  readonly corpus: StreamedCorpus;
  readonly mapped: Pick<MappedCorpus, "profiles" | "skipped">;
  readonly lexicon: Lexicon | undefined;
  readonly compareOptions: CompareOptions;
  readonly options: AnalyzeOptions;
  /** Runs one named step (progress line, timing, interruption check). */
  readonly timed: Timed;
  readonly progress: Progress;
  readonly createdBy: "framediff analyze" | "framediff reduce";
  /** More fields for run.json (the store: what analyze reused, or the shards reduce read). */
  readonly extraRun?: Record<string, unknown>;
  /** Files already written into `dir` (relative paths), listed in run.json with the rest. */
  readonly extraFiles?: readonly string[];
  /** Warnings met before the reduce (e.g. an unreadable profile cache). */
  readonly extraWarnings?: readonly Warning[];
  /** Timings so far (filled by `timed`), written to run.json. */
  readonly timings: Record<string, number>;
}

/**
 * The reduce and everything after it, shared by `analyze` and `reduce`:
 * measure the profiles, then write tables, figures, report.html and run.json
 * into `dir` (the staging folder). Same profiles and options, same files.
 */
export async function writeAnalysis(dir: string, input: AnalysisInput): Promise<AnalyzeReport> {
  const { corpus, mapped, lexicon, compareOptions, options, timed, progress, createdBy, extraRun = {}, extraWarnings = [], extraFiles = [], timings } = input;
  const seed = options.seed ?? 1;
  // by outlet and, when outlets have groups, by group (groups-analysis); with --compare groups, `c` is the comparison by group
  const units = await timed(`measure ${mapped.profiles.length} articles`, () => measureUnits(input));
  const c: Comparison = units.outlets;
  const skippedFeatures = lexicon ? [] : skippedWithoutLexicon();
  const skippedArticles = [...corpus.skipped, ...c.skipped];

  const files: string[] = extraFiles.slice();
  const write = (rel: string, text: string) => { const path = join(dir, rel); mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, text); files.push(rel); };

  await timed("write tables", async () => {
    if (!units.groups?.only) await writeTables(dir, tablesOf(c).tables, { write, files, outletLabels: outletLabelsOf(corpus.outlets), csvGuard: options.csvGuard ?? true, parquet: options.parquet ?? true });
    write("tables/CODEBOOK.md", catalogueCodebook());
    await writeGroupTables(dir, units.groups, { write, files, csvGuard: options.csvGuard ?? true, parquet: options.parquet ?? true });
  });
  // issue 12: words in context, one pass over the corpus for every key the report shows (tables/kwic.csv and the report's samples)
  const kwic = await timed("words in context", () => kwicAnalysis(dir, { corpus, comparison: c, lexicon, load: options.load, seed, csvGuard: options.csvGuard ?? true, parquet: options.parquet ?? true }));
  for (const f of kwic.files) files.push(f);

  const chartOptions = { outlets: corpus.outlets.map((o) => o.id), outletLabels: outletLabelsOf(corpus.outlets), maxOutlets: options.maxOutlets ?? DEFAULT_MAX_OUTLETS, outletArticles: articlesPerOutlet(c.articles) };
  const sections = await timed("build charts", () => [...(units.groups?.only ? [] : analysisSections(c, chartOptions)), ...groupSections(units.groups, chartOptions.maxOutlets)]);
  const hashes = { corpusHash: corpus.hash, lexiconHash: lexicon?.hash ?? "none" };
  const provenance: Provenance = { framediffVersion: VERSION, ...hashes, parameters: { seed, iterations: options.iterations ?? 2000 }, seed, createdBy };
  const specs: FigureSpec[] = sections.flatMap((s) => s.figures.map((f) => ({ ...f, provenance })));

  if (!options.noFigures) {
    const exported = await timed(`export ${specs.length} figures`, () => exportFigures(specs, join(dir, "figures"), { formats: options.formats, chromium: options.chromium, formulaGuard: options.csvGuard ?? true }));
    for (const f of exported) files.push(relative(dir, f.path).split(sep).join("/"));
  }

  const warnings: Warning[] = [...extraWarnings, ...c.warnings, ...resultWarnings(c), ...groupWarnings(units.groups), ...kwic.warnings];
  const skippedLines = reportLines(skippedArticles.flatMap((s) => s.problems.map(formatProblem)), REPORT_MAX_SKIPPED);
  await timed("write report", () => {
    write("report.html", reportHtml({
      title: `framediff report: ${corpus.path}`,
      facts: [
        `Corpus ${corpus.path} (${corpus.format}): ${c.articles.length} articles measured, ${corpus.outlets.length} outlets${skippedArticles.length ? `; ${skippedArticles.length} articles skipped (listed below)` : ""}; sha256 ${hashes.corpusHash.slice(0, 16)}…`,
        lexicon ? `Lexicon ${lexicon.file ?? lexicon.name} (${lexicon.name}, version ${lexicon.version}); sha256 ${lexicon.hash.slice(0, 16)}…` : `No lexicon: skipped ${skippedFeatures.join(", ")}.`,
        `framediff ${VERSION}; seed ${seed}; ${options.iterations ?? 2000} bootstrap replicates.`,
      ],
      skipped: skippedLines,
      sections: sections.map((s) => ({ ...s, figures: s.figures })),
      warnings: reportWarnings(warnings, REPORT_MAX_PER_CODE),
      // issue 12: links to whole tables only where written; the event selector with titles; outlet labels for the KWIC panel
      files: files.slice(),
      events: units.groups?.only ? null : reportEvents(c, { titles: corpus.eventTitles, files: new Set(files) }),
      outletLabels: outletLabelsOf(corpus.outlets),
      kwic: kwic.samples,
    }));
  });
  progress.done();

  const run = {
    framediff: VERSION, node: process.version,
    versions: { "wink-nlp": require("wink-nlp/package.json").version, "wink-eng-lite-web-model": require("wink-eng-lite-web-model/package.json").version, "plotly.js-dist-min": require("plotly.js-dist-min/package.json").version },
    corpus: { path: corpus.path, format: corpus.format, articles: corpus.articleCount, outlets: corpus.outlets, skipped: skippedArticles, hash: hashes.corpusHash },
    lexicon: lexicon ? { file: lexicon.file, name: lexicon.name, version: lexicon.version, hash: lexicon.hash } : null,
    parameters: { seed, iterations: options.iterations ?? 2000, formats: options.noFigures ? [] : options.formats ?? ["svg", "pdf", "png"], maxOutlets: options.maxOutlets ?? DEFAULT_MAX_OUTLETS, pairwiseOutlets: options.pairwiseOutlets ?? 100, eventRows: options.eventRows ?? 100_000, period: options.period ?? "auto", stopWords: options.stopWords ?? null, skipInvalid: Boolean(options.skipInvalid), csvGuard: options.csvGuard ?? true, parquet: options.parquet ?? true, ...(createdBy === "framediff analyze" ? { jobs: options.jobs ?? defaultJobs() } : {}) },
    ...groupsRecord(units), ...extraRun, skippedFeatures, warnings, timings,
    files: files.slice().sort(),
  };
  write("run.json", JSON.stringify(run, null, 2) + "\n");
  return { out: dir, files: files.sort(), warnings, skippedFeatures, skippedArticles };
}


/** At most this many warnings of one kind (code) are listed in report.html; run.json lists all. */
const REPORT_MAX_PER_CODE = 20;

/** Warnings for the report: each code's first `max`, then one line saying how many more run.json holds (a many-outlet corpus gives one per outlet). */
export function reportWarnings(warnings: readonly Warning[], max: number): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const w of warnings) {
    const n = (seen.get(w.code) ?? 0) + 1;
    seen.set(w.code, n);
    if (n <= max) out.push(formatProblem(w));
  }
  for (const [code, n] of seen) if (n > max) out.push(`… and ${n - max} more "${code}" warnings like those above, listed in run.json.`);
  return out;
}

/** At most this many skipped articles are listed in report.html; run.json lists all. */
const REPORT_MAX_SKIPPED = 500;

function reportLines(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return lines.slice();
  const head = lines.slice(0, max);
  head.push(`… and ${lines.length - max} more, listed in run.json ("corpus" → "skipped").`);
  return head;
}
