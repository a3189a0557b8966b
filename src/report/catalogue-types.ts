import type { ChartOptions, ChartSpec } from "../charts/types";
import type { Comparison } from "../features/compare";
import type { FeatureResult } from "../features/result";
import type { Cell } from "../render/types";
import type { ColumnDocs } from "../tables/column-docs";

/** Any feature result, whatever its kind, parameters and rows. */
export type AnyResult = FeatureResult<string, unknown, unknown>;

/** The report's sections, in reading order (see `SECTIONS`). */
export type SectionId = "sentiment" | "terminology" | "emphasis" | "time" | "voice" | "coverage" | "divergence";

/** What a chart or a report table of an entry may read besides its own result. */
export interface CatalogueContext {
  /** The whole comparison, for charts that need a second result (first mention reads salience). */
  readonly comparison: Comparison;
  /** Options every chart gets (theme, outlets, labels, the outlet limit). */
  readonly options: ChartOptions;
  /** Actors to chart the first mention of. Defaults to *the most mentioned actor*. */
  readonly firstMention?: readonly string[];
  /** Outlets the charts show when there are more than `maxOutlets`; null when all are shown. */
  readonly shown: ReadonlySet<string> | null;
}

/** One chart family of a result. */
export interface ChartEntry<R extends AnyResult> {
  /** Names the chart in a skip list (the specs it draws name themselves). */
  readonly name: string;
  /**
   * Why the chart is not drawn though its result has rows, or null to draw
   * it. Defaults to *always draw*.
   */
  skip?(result: R, ctx: CatalogueContext): string | null;
  /**
   * One chart per target (first mention: one per actor), each drawn and
   * skipped on its own as `<name>-<target>`. Defaults to *one chart*.
   */
  targets?(result: R, ctx: CatalogueContext): readonly string[];
  draw(result: R, ctx: CatalogueContext, target?: string): ChartSpec | readonly ChartSpec[];
}

/**
 * A key table of a result in report.html: the rows and columns to show. The
 * page shows the first `REPORT_MAX_ROWS` rows and its caption names the
 * entry's CSV, which keeps every row (see `pickCapped`).
 */
export interface ReportTable<Row> {
  readonly caption: string;
  readonly rows: readonly Row[];
  readonly columns: readonly (readonly [string, (row: Row) => Cell])[];
}

/**
 * When a result has nothing to show, and what to say. A result that was not
 * computed (null in the comparison) gets no table, no chart and no report
 * table: "no <noun> (<absent>)"; one with no rows keeps its table (a header
 * only) but draws no chart: "no <noun> rows".
 */
export interface SkipRule {
  /** What the rows are, as the skip message names them: "label choice". */
  readonly noun: string;
  /** Why the result can be missing: "no lexicon". Defaults to *not computed*. */
  readonly absent?: string;
  /** What a run without a lexicon loses through this result, as `analyze` lists it ("No lexicon: skipped …"). */
  readonly withoutLexicon?: string;
}

/**
 * Everything framediff writes of one result kind: where the result sits in a
 * comparison, its table, its columns, its charts, its report section and
 * table, and its skip rule. Adding a result kind is adding one entry.
 */
export interface CatalogueEntry<R extends AnyResult = AnyResult> {
  /** The result's `kind`. */
  readonly kind: R["kind"];
  /** File stem of its table: `tables/<table>.csv`. */
  readonly table: string;
  /** The result in a comparison; null when it was not computed (label choice without a lexicon). */
  get(c: Comparison): R | null;
  /** What each column holds, in table order (from `COLUMN_DOCS`). */
  readonly columns: ColumnDocs;
  /** The report section its charts and key table go in. */
  readonly section: SectionId;
  /** Its charts, in reading order. */
  readonly charts: readonly ChartEntry<R>[];
  /** Its key table in the report, if it has one. */
  reportTable?(result: R, ctx: CatalogueContext): ReportTable<R["rows"][number]>;
  readonly skip: SkipRule;
}

/**
 * One entry, typed by its result: `get` fixes `R`, so the charts and the
 * report table are checked against the result they read.
 */
export function entry<R extends AnyResult>(e: CatalogueEntry<R>): CatalogueEntry {
  return Object.freeze(e) as unknown as CatalogueEntry;
}

/**
 * Why an entry's result has nothing to show, or null when it has rows.
 *
 * @example
 * skipReason(labelChoiceEntry, null); // => "no label choice (no lexicon)"
 */
export function skipReason(e: CatalogueEntry, result: AnyResult | null): string | null {
  if (result === null) return `no ${e.skip.noun} (${e.skip.absent ?? "not computed"})`;
  return result.rows.length === 0 ? `no ${e.skip.noun} rows` : null;
}
