import { articlesPerOutlet, pickOutlets } from "../charts/outlet-limit";
import type { ChartOptions, ChartSpec } from "../charts/types";
import type { Comparison } from "../features/compare";
import type { Cell } from "../render/types";
import { CATALOGUE, SECTIONS } from "./catalogue";
import { drawCharts } from "./charts-of";
import { pickCapped, REPORT_MAX_ROWS } from "./pick";
import { EXTRA_REPORT_TABLES } from "./report-extra-tables";
import type { ReportSection } from "./report-html";
import { rankRows } from "./report-rank";
import { thousands } from "./report-table";

/** A section of the analysis: its charts (specs without provenance) and key tables. */
export interface AnalysisSection extends Omit<ReportSection, "figures"> {
  readonly figures: readonly ChartSpec[];
}

/** Options of {@link analysisSections} besides the charts'. */
export interface SectionTableOptions {
  /** Folder of the tables the report links to, relative to the report; defaults to *tables*. */
  tableDir?: string;
}

/**
 * Every chart family and the key tables of a comparison, grouped by the
 * question they answer (`SECTIONS`), all taken from the catalogue (and
 * `EXTRA_REPORT_TABLES`). Charts that need a lexicon are left out without
 * one. With more outlets than `maxOutlets`, charts show those with most
 * articles (`outletArticles`, counted from `c.articles` unless given) and
 * every section says so. A table keeps its top `REPORT_MAX_ROWS` rows
 * (ranked by `rankRows`), with its row count and its CSV's path.
 */
export function analysisSections(c: Comparison, chartOptions: ChartOptions = {}, tableOptions: SectionTableOptions = {}): AnalysisSection[] {
  const options: ChartOptions = { ...chartOptions, outletArticles: chartOptions.outletArticles ?? articlesPerOutlet(c.articles) };
  const outletIds = new Set([...(options.outlets ?? []), ...c.corpus.outlets.map((o) => o.id), ...Object.keys(options.outletArticles!)]);
  const { shown, note } = pickOutlets(outletIds, options);
  const ctx = { comparison: c, options, shown };
  const charts = drawCharts(ctx, false);
  const dir = tableOptions.tableDir ?? "tables";
  return SECTIONS.map((s) => {
    const tables: ReportSection["tables"][number][] = [];
    for (const e of CATALOGUE) {
      const make = e.reportTable ?? EXTRA_REPORT_TABLES[e.table];
      if (e.section !== s.id || !make) continue;
      const result = e.get(c);
      if (result === null) continue;
      const t = make(result, ctx) as { caption: string; rows: readonly unknown[]; columns: readonly (readonly [string, (r: unknown) => Cell])[] };
      const byName = new Map(t.columns.map(([name, f]) => [name, f]));
      const ranked = rankRows(e.table, t.rows, (r, name) => byName.get(name)?.(r));
      const top = ranked.length > REPORT_MAX_ROWS ? ranked.slice(0, REPORT_MAX_ROWS) : ranked;
      const picked = pickCapped(t.caption, e.table, top, t.columns);
      const cut = top.length < ranked.length;
      tables.push({
        // the caption says what was cut (as pickCapped words it) for readers of the sections without the page
        caption: cut ? `${t.caption} (first ${REPORT_MAX_ROWS} of ${thousands(ranked.length)} rows; every row is in ${dir}/${e.table}.csv)` : picked.caption,
        title: t.caption, table: picked.table, csv: `${dir}/${e.table}.csv`, total: ranked.length,
      });
    }
    return { id: s.id, title: s.title, intro: note ? `${s.intro} ${note}` : s.intro, figures: charts.bySection.get(s.id) ?? [], tables };
  });
}
