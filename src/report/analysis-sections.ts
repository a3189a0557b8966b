import { articlesPerOutlet, pickOutlets } from "../charts/outlet-limit";
import type { ChartOptions, ChartSpec } from "../charts/types";
import type { Comparison } from "../features/compare";
import { CATALOGUE, SECTIONS } from "./catalogue";
import { drawCharts } from "./charts-of";
import { pickCapped } from "./pick";
import type { ReportSection } from "./report-html";

/** A section of the analysis: its charts (specs without provenance) and key tables. */
export interface AnalysisSection extends Omit<ReportSection, "figures"> {
  readonly figures: readonly ChartSpec[];
}

/**
 * Every chart family and the key tables of a comparison, grouped by the
 * question they answer (`SECTIONS`), all taken from the catalogue. Charts
 * that need a lexicon are left out without one. With more outlets than
 * `maxOutlets`, charts show those with most articles (`outletArticles`,
 * counted from `c.articles` unless given) and every section says so.
 */
export function analysisSections(c: Comparison, chartOptions: ChartOptions = {}): AnalysisSection[] {
  const options: ChartOptions = { ...chartOptions, outletArticles: chartOptions.outletArticles ?? articlesPerOutlet(c.articles) };
  const outletIds = new Set([...(options.outlets ?? []), ...c.corpus.outlets.map((o) => o.id), ...Object.keys(options.outletArticles!)]);
  const { shown, note } = pickOutlets(outletIds, options);
  const ctx = { comparison: c, options, shown };
  const charts = drawCharts(ctx, false);
  return SECTIONS.map((s) => {
    const tables: { caption: string; table: ReportSection["tables"][number]["table"] }[] = [];
    for (const e of CATALOGUE) {
      if (e.section !== s.id || !e.reportTable) continue;
      const result = e.get(c);
      if (result === null) continue;
      const t = e.reportTable(result, ctx);
      tables.push(pickCapped(t.caption, e.table, t.rows, t.columns));
    }
    return { id: s.id, title: s.title, intro: note ? `${s.intro} ${note}` : s.intro, figures: charts.bySection.get(s.id) ?? [], tables };
  });
}
