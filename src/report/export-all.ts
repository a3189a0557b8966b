import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { articlesPerOutlet } from "../charts/outlet-limit";
import { outletLabelsOf } from "../charts/outlets";
import { paperTheme } from "../charts/theme";
import type { ChartOptions, ChartSpec } from "../charts/types";
import type { Theme } from "../charts/theme";
import { corpusHash } from "../corpus/corpus-hash";
import type { Corpus } from "../corpus/types";
import { FramediffError } from "../errors";
import type { Comparison } from "../features/compare";
import type { Lexicon } from "../lexicon/types";
import { exportFigures } from "../render/export-figures";
import type { FigureSpec, ImageFormat, Provenance } from "../render/types";
import { toCsv } from "../tables/csv";
import { exportTable } from "../tables/export-table";
import type { RowSource } from "../tables/flatten";
import { pushAll } from "../util/push-all";
import { CATALOGUE, skipReason, type AnyResult, type CatalogueContext, type CatalogueEntry } from "./catalogue";

const VERSION: string = require("../../package.json").version;

/**
 * What {@link exportAll} exports: a whole comparison (`compare()`), or the
 * results a notebook computed, as a list (`[byOutlet, toward]`: each table is
 * named after its kind) or by names of your own (`{ sensitivity: … }`: a
 * result of a kind the catalogue does not know is written under its name).
 * Null and undefined entries (a result skipped for want of a lexicon) are left out.
 */
export type Exportable = Comparison | readonly (RowSource | null | undefined)[] | Readonly<Record<string, RowSource | null | undefined>>;

/** Options of {@link exportAll}. */
export interface ExportAllOptions {
  /** The folder to write into (created): `tables/`, `figures/` and `provenance.json`. */
  readonly out: string;
  /** The corpus the results come from: its hash, path and outlets go into the provenance and the tables. Defaults to *the comparison's corpus, without a hash* (the provenance says it was not given). */
  readonly corpus?: Corpus;
  /** The lexicon the results used. Defaults to *none* (lexicon hash `"none"`). */
  readonly lexicon?: Lexicon | null;
  /** Image formats of each figure. Defaults to *svg, pdf and png*; `[]` writes no figures (and needs no browser). */
  readonly formats?: readonly ImageFormat[];
  /** Theme of the figures. Defaults to *paperTheme()* (journal sizes and fonts). */
  readonly theme?: Theme;
  /** Actors to chart the first mention of. Defaults to *the most mentioned actor*. */
  readonly firstMention?: readonly string[];
  /** More files for `tables/` by name (a LaTeX table, a table of your own as CSV), written as given. */
  readonly extra?: Readonly<Record<string, string>>;
  /** What made the files, for the provenance (`"notebooks/01-sentiment.ipynb"`). Defaults to *"exportAll"*. */
  readonly createdBy?: string;
  /** Empty `out` first, so that nothing from an earlier export is left beside the new files. Defaults to *false*. */
  readonly clean?: boolean;
  /** Browser executable for the figures; defaults as in `exportFigures`. */
  readonly chromium?: string;
}

/** What {@link exportAll} wrote, and what it did not draw and why. */
export interface ExportAllReport {
  readonly out: string;
  /** Paths relative to `out` with `/`, sorted. */
  readonly files: readonly string[];
  /** Charts not drawn: the chart and the reason (no rows, no lexicon, …). */
  readonly skipped: readonly { readonly chart: string; readonly reason: string }[];
}

/**
 * Writes every table, figure and the provenance of a set of results in one
 * call: for each result, `tables/<table>.csv` as `framediff analyze` writes
 * it (outlet labels beside ids, article ids in a link table
 * `<table>.articles.csv`), its charts from the report catalogue as
 * SVG/PDF/PNG with the data CSV and a provenance sidecar each (the framediff
 * version, corpus and lexicon hashes, the result's parameters and seed), and
 * `provenance.json` listing the results and every file. A result of a kind
 * the catalogue does not know is written as `tables/<its name>.csv`.
 *
 * @example
 * await exportAll({ byOutlet, toward }, { out: "exports/", corpus, lexicon });
 * // => { files: ["figures/sentiment-by-outlet.pdf", …, "provenance.json", "tables/sentiment-outlets.csv", …] }
 */
export async function exportAll(results: Exportable, options: ExportAllOptions): Promise<ExportAllReport> {
  const { out, corpus, lexicon = null, createdBy = "exportAll" } = options;
  const named = namedResults(results);
  const extra = Object.entries(options.extra ?? {}).map(([name, text]) => [checkedName(name), text] as const); // refused before anything is written
  const outlets = corpus?.outlets ?? (isComparison(results) ? results.corpus.outlets : []);
  const outletLabels = outletLabelsOf(outlets);
  const hash = corpus ? corpusHash(corpus) : "not given (pass the corpus to exportAll)";
  const path = corpus?.path ?? (isComparison(results) ? results.corpus.path : null);

  if (options.clean) rmSync(out, { recursive: true, force: true });
  const files: string[] = [];
  const write = (rel: string, text: string) => {
    const file = join(out, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, "utf8");
    files.push(rel);
  };

  const listed: { name: string; kind: string | null; table: string; params: unknown }[] = [];
  for (const { name, result, entry } of named) {
    const table = entry?.table ?? name;
    const t = exportTable(result, { outletLabels });
    write(`tables/${table}.csv`, toCsv(t.table));
    if (t.links) write(`tables/${table}.articles.csv`, toCsv(t.links));
    listed.push({ name, kind: result.kind ?? null, table, params: (result as Partial<AnyResult>).params ?? null });
  }
  for (const [name, text] of extra) write(`tables/${name}`, text);

  // ranked by articles as report.html ranks them, so an outlet has the same colour and symbol in both
  const outletArticles = corpus ? articlesPerOutlet(corpus.articles) : undefined;
  const chartOptions: ChartOptions = { theme: options.theme ?? paperTheme(), outlets: outlets.map((o) => o.id), outletLabels, ...(outletArticles ? { outletArticles } : {}) };
  const ctx: CatalogueContext = { comparison: comparisonOf(results, named), options: chartOptions, firstMention: options.firstMention, shown: null };
  const provenance = (r: AnyResult): Provenance => {
    const params = (r.params ?? {}) as Record<string, unknown>;
    return {
      framediffVersion: VERSION, corpusHash: hash, lexiconHash: lexicon?.hash ?? "none",
      parameters: { corpus: path, lexicon: lexicon ? lexicon.file ?? lexicon.name : null, result: r.kind, ...params },
      seed: typeof params.seed === "number" ? params.seed : null, createdBy,
    };
  };
  const { specs, skipped } = drawFigures(named, ctx, provenance);
  const formats = options.formats ?? ["svg", "pdf", "png"];
  if (formats.length > 0 && specs.length > 0) {
    const exported = await exportFigures(specs, join(out, "figures"), { formats, chromium: options.chromium });
    for (const f of exported) files.push(relative(out, f.path).split(sep).join("/"));
  }

  const all = [...files, "provenance.json"].sort();
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "provenance.json"), JSON.stringify({
    framediff: VERSION, createdBy,
    corpus: { path, hash, articles: corpus?.articles.length ?? (isComparison(results) ? results.corpus.articles : null), outlets: outlets.map((o) => ({ id: o.id, label: o.label })) },
    lexicon: lexicon ? { file: lexicon.file ?? null, name: lexicon.name, version: lexicon.version, hash: lexicon.hash } : null,
    results: listed, skippedCharts: skipped, files: all,
  }, null, 2) + "\n", "utf8");
  return { out, files: all, skipped };
}

interface Named { readonly name: string; readonly result: RowSource; readonly entry: CatalogueEntry | undefined }

function isComparison(x: Exportable): x is Comparison {
  const c = x as Partial<Comparison>;
  return typeof c.corpus === "object" && Array.isArray(c.articles) && typeof c.sentiment === "object" && typeof c.divergence === "object";
}

/** The results to write, in catalogue order (a comparison) or as given, each with its catalogue entry; two of one kind are refused (one would overwrite the other). */
function namedResults(results: Exportable): Named[] {
  const byKind = new Map(CATALOGUE.map((e) => [e.kind, e]));
  if (isComparison(results)) {
    const out: Named[] = [];
    for (const e of CATALOGUE) {
      const r = e.get(results);
      if (r !== null) out.push({ name: e.table, result: r, entry: e });
    }
    return out;
  }
  const out: Named[] = [];
  const tables = new Map<string, string>();
  const entries: [string, RowSource | null | undefined][] = Array.isArray(results)
    ? (results as readonly (RowSource | null | undefined)[]).map((r, i) => [r?.kind ?? `result-${i + 1}`, r])
    : Object.entries(results as Readonly<Record<string, RowSource | null | undefined>>);
  for (const [name, r] of entries) {
    if (r === null || r === undefined) continue;
    if (typeof r !== "object" || !Array.isArray(r.rows)) {
      throw new FramediffError([{ code: "invalid-option", field: name, message: `exportAll: "${name}" is not a result (an object with rows).`, hint: "pass the results framediff's functions return, e.g. exportAll({ byOutlet }, …)." }]);
    }
    const entry = r.kind === undefined ? undefined : byKind.get(r.kind);
    const table = entry?.table ?? checkedName(name);
    const before = tables.get(table);
    if (before !== undefined) {
      throw new FramediffError([{ code: "invalid-option", field: name, message: `exportAll: "${before}" and "${name}" would both be written as tables/${table}.csv.`, hint: "pass one result of each kind per call (or export the second to another folder)." }]);
    }
    tables.set(table, name);
    out.push({ name, result: r, entry });
  }
  return out;
}

/** A table or file name that stays inside `tables/`. */
function checkedName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new FramediffError([{ code: "invalid-option", field: name, message: `exportAll: "${name}" cannot be a file name.`, hint: "use letters, digits, '.', '_' and '-' only, starting with a letter or digit." }]);
  }
  return name;
}

/**
 * The comparison the catalogue's charts read: the comparison itself, or one
 * holding the given results in their places and null elsewhere (a chart that
 * needs a result not given is skipped with the reason).
 */
function comparisonOf(results: Exportable, named: readonly Named[]): Comparison {
  if (isComparison(results)) return results;
  const k = new Map(named.filter((n) => n.result.kind !== undefined).map((n) => [n.result.kind!, n.result]));
  const at = (kind: string) => k.get(kind) ?? null;
  return {
    labelChoice: at("label-choice"), labelDivergence: at("label-divergence"), distinctiveTerms: at("distinctive-terms"),
    distinctiveTermsPaired: at("distinctive-terms-paired"), transliterationVariants: at("transliteration-variants"),
    sentiment: { articles: at("sentiment-articles"), outlets: at("sentiment-outlets"), toward: at("sentiment-toward"), arc: at("sentiment-arc") },
    emphasis: { frames: at("frame-attention"), positions: at("mention-positions"), placement: at("placement"), salience: at("actor-salience") },
    voice: { quotes: at("quote-table"), speakers: at("voice-speakers"), outlets: at("voice-outlets") },
    coverage: { claims: at("coverage-claims"), omissions: at("coverage-omissions"), sharedWording: at("coverage-shared-wording") },
    divergence: at("divergence"), attentionOverTime: at("attention-over-time"),
  } as unknown as Comparison;
}

/** The catalogue's charts of each result, with its provenance; a chart that cannot be drawn from what was given is skipped with the reason. */
function drawFigures(named: readonly Named[], ctx: CatalogueContext, provenance: (r: AnyResult) => Provenance): { specs: FigureSpec[]; skipped: { chart: string; reason: string }[] } {
  const specs: FigureSpec[] = [];
  const skipped: { chart: string; reason: string }[] = [];
  for (const { result, entry } of named) {
    if (!entry) continue;
    const r = result as AnyResult;
    for (const chart of entry.charts) {
      const reason = skipReason(entry, r) ?? chart.skip?.(r, ctx) ?? null;
      if (reason !== null) { skipped.push({ chart: chart.name, reason }); continue; }
      const draws: [string, string | undefined][] = chart.targets ? chart.targets(r, ctx).map((t) => [`${chart.name}-${t}`, t]) : [[chart.name, undefined]];
      for (const [name, target] of draws) {
        let drawn: ChartSpec | readonly ChartSpec[];
        try {
          drawn = chart.draw(r, ctx, target);
        } catch (err) {
          // a chart reading a second result that was not given (first mention reads salience)
          skipped.push({ chart: name, reason: err instanceof Error ? err.message : String(err) });
          continue;
        }
        const list = Array.isArray(drawn) ? (drawn as readonly ChartSpec[]) : [drawn as ChartSpec];
        pushAll(specs, list.map((s) => ({ ...s, provenance: provenance(r) })));
      }
    }
  }
  return { specs, skipped };
}
