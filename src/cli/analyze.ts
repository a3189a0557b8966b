import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { corpusHash } from "../corpus/corpus-hash";
import { loadCorpus } from "../corpus/loadCorpus";
import { formatProblem, type Warning } from "../errors";
import { compare, type Comparison } from "../features/compare";
import { corpusLexicon } from "../lexicon/corpus-lexicon";
import { loadLexicon } from "../lexicon/parse-lexicon";
import type { Lexicon } from "../lexicon/types";
import { exportFigures } from "../render/export-figures";
import type { FigureSpec, ImageFormat, Provenance } from "../render/types";
import { reportHtml } from "../report/report-html";
import { analysisSections } from "../report/sections";
import { resultToCsv } from "../tables/csv";
import { outletLabelsOf } from "../charts/outlets";
import { createProgress, type ProgressTarget } from "./progress";
import { resultsOf } from "./results-of";

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
}

/** What a run wrote and met. */
export interface AnalyzeReport {
  readonly out: string;
  readonly files: readonly string[];
  readonly warnings: readonly Warning[];
  readonly skippedFeatures: readonly string[];
}

const VERSION: string = require("../../package.json").version;

/**
 * `framediff analyze`: every feature of the corpus, written as CSV tables
 * (`tables/<kind>.csv`), figures with their data and provenance
 * (`figures/`), one offline `report.html`, and `run.json` (parameters,
 * versions, hashes, warnings, timings).
 */
export async function analyze(corpusPath: string, options: AnalyzeOptions, progressTarget: ProgressTarget): Promise<AnalyzeReport> {
  const out = options.out ?? "out";
  const seed = options.seed ?? 1;
  const timings: Record<string, number> = {};
  const progress = createProgress(options.noFigures ? 5 : 6, progressTarget);
  const timed = async <T>(label: string, f: () => T | Promise<T>): Promise<T> => {
    progress.step(label);
    const t0 = Date.now();
    const r = await f();
    timings[label] = (Date.now() - t0) / 1000;
    return r;
  };

  const corpus = await timed("load corpus", () => loadCorpus(corpusPath, { onInvalid: "skip" }));
  const lexiconPath = options.lexicon ?? corpusLexicon(corpusPath);
  const lexicon: Lexicon | undefined = lexiconPath ? loadLexicon(lexiconPath) : undefined;
  const c: Comparison = await timed(`parse ${corpus.articles.length} articles and measure`, () => compare(corpus, lexicon, { seed, iterations: options.iterations }));
  const skippedFeatures = lexicon ? [] : ["label choice", "label divergence", "sentiment toward actors/concepts", "frame attention", "actor salience", "labels, emphasis and voice divergence families"];

  mkdirSync(out, { recursive: true });
  for (const sub of ["tables", "figures"]) rmSync(join(out, sub), { recursive: true, force: true });
  const files: string[] = [];
  const write = (path: string, text: string) => { mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, text); files.push(path); };

  await timed("write tables", () => {
    for (const [name, result] of resultsOf(c)) write(join(out, "tables", `${name}.csv`), resultToCsv(result));
  });

  const chartOptions = { outlets: corpus.outlets.map((o) => o.id), outletLabels: outletLabelsOf(corpus.outlets) };
  const sections = await timed("build charts", () => analysisSections(c, chartOptions));
  const hashes = { corpusHash: corpusHash(corpus), lexiconHash: lexicon?.hash ?? "none" };
  const provenance: Provenance = { framediffVersion: VERSION, ...hashes, parameters: { seed, iterations: options.iterations ?? 2000 }, seed, createdBy: "framediff analyze" };
  const specs: FigureSpec[] = sections.flatMap((s) => s.figures.map((f) => ({ ...f, provenance })));

  if (!options.noFigures) {
    const exported = await timed(`export ${specs.length} figures`, () => exportFigures(specs, join(out, "figures"), { formats: options.formats, chromium: options.chromium }));
    files.push(...exported.map((f) => f.path));
  }

  const warnings: Warning[] = [...c.warnings, ...resultsOf(c).flatMap(([, r]) => r.warnings)];
  await timed("write report", () => {
    write(join(out, "report.html"), reportHtml({
      title: `framediff report: ${corpus.path}`,
      facts: [
        `Corpus ${corpus.path} (${corpus.format}): ${corpus.articles.length} articles, ${corpus.outlets.length} outlets; sha256 ${hashes.corpusHash.slice(0, 16)}…`,
        lexicon ? `Lexicon ${lexicon.file ?? lexicon.name} (${lexicon.name}, version ${lexicon.version}); sha256 ${lexicon.hash.slice(0, 16)}…` : `No lexicon: skipped ${skippedFeatures.join(", ")}.`,
        `framediff ${VERSION}; seed ${seed}; ${options.iterations ?? 2000} bootstrap replicates.`,
      ],
      sections: sections.map((s) => ({ ...s, figures: s.figures })),
      warnings: warnings.map(formatProblem),
    }));
  });
  progress.done();

  const run = {
    framediff: VERSION, node: process.version,
    versions: { "wink-nlp": require("wink-nlp/package.json").version, "wink-eng-lite-web-model": require("wink-eng-lite-web-model/package.json").version, "plotly.js-dist-min": require("plotly.js-dist-min/package.json").version },
    corpus: { path: corpus.path, format: corpus.format, articles: corpus.articles.length, outlets: corpus.outlets, skipped: corpus.skipped, hash: hashes.corpusHash },
    lexicon: lexicon ? { file: lexicon.file, name: lexicon.name, version: lexicon.version, hash: lexicon.hash } : null,
    parameters: { seed, iterations: options.iterations ?? 2000, formats: options.noFigures ? [] : options.formats ?? ["svg", "pdf", "png"] },
    skippedFeatures, warnings, timings,
    files: files.map((f) => f.slice(out.length + 1)).sort(),
  };
  write(join(out, "run.json"), JSON.stringify(run, null, 2) + "\n");
  return { out, files, warnings, skippedFeatures };
}
