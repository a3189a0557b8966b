import { outletLabelsOf } from "../charts/outlets";
import type { ChartOptions, ChartSpec } from "../charts/types";
import type { Comparison } from "../features/compare";
import { pushAll } from "../util/push-all";
import { CATALOGUE, SECTIONS, skipReason, type CatalogueContext, type SectionId } from "./catalogue";

/** A chart that was not drawn, and why. */
export interface SkippedChart {
  readonly chart: string;
  readonly reason: string;
}

/** Charts of every section, and the ones not drawn. */
export interface DrawnCharts {
  readonly bySection: ReadonlyMap<SectionId, readonly ChartSpec[]>;
  readonly skipped: readonly SkippedChart[];
}

/**
 * Draws the charts of every catalogue entry, section by section in reading
 * order, entries in catalogue order. A chart whose result is missing or
 * empty, or whose own rule says so, is skipped with the reason. A chart
 * function that throws is skipped with its message when `catchErrors`, else
 * the error goes on (the report: a chart that cannot be drawn is a bug).
 */
export function drawCharts(ctx: CatalogueContext, catchErrors: boolean): DrawnCharts {
  const bySection = new Map<SectionId, ChartSpec[]>();
  const skipped: SkippedChart[] = [];
  for (const s of SECTIONS) {
    const specs: ChartSpec[] = [];
    bySection.set(s.id, specs);
    for (const e of CATALOGUE) {
      if (e.section !== s.id || e.charts.length === 0) continue;
      const result = e.get(ctx.comparison);
      for (const chart of e.charts) {
        const reason = skipReason(e, result) ?? chart.skip?.(result!, ctx) ?? null;
        if (reason !== null) { skipped.push({ chart: chart.name, reason }); continue; }
        const draws: [string, string | undefined][] = chart.targets ? chart.targets(result!, ctx).map((t) => [`${chart.name}-${t}`, t]) : [[chart.name, undefined]];
        for (const [name, target] of draws) {
          try {
            const drawn = chart.draw(result!, ctx, target);
            if (Array.isArray(drawn)) pushAll(specs, drawn); else specs.push(drawn as ChartSpec);
          } catch (err) {
            if (!catchErrors) throw err;
            skipped.push({ chart: name, reason: err instanceof Error ? err.message : String(err) });
          }
        }
      }
    }
  }
  return { bySection, skipped };
}

export interface ComparisonChartOptions extends ChartOptions {
  /** Actors to chart the first mention of. Defaults to *the most mentioned actor*. */
  firstMention?: readonly string[];
}

/**
 * Every chart of a {@link Comparison} (what `compare()` returns): the charts
 * of the report, in its reading order (sentiment, terminology, emphasis,
 * voice, coverage, divergence). Outlet names come from the corpus
 * (`corpus.outlets`) unless given, and every chart shares one outlet →
 * colour mapping. A chart whose result is empty (no lexicon, no quotes, a
 * single outlet) or cannot be drawn is skipped with the reason.
 *
 * @example
 * const { specs, skipped } = chartComparison(compare(corpus, lexicon), { theme: paperTheme({ font: "serif" }) });
 */
export function chartComparison(c: Comparison, options: ComparisonChartOptions = {}): { specs: ChartSpec[]; skipped: SkippedChart[] } {
  const o: ChartOptions = {
    ...options,
    outlets: options.outlets ?? c.corpus.outlets.map((x) => x.id),
    outletLabels: options.outletLabels ?? outletLabelsOf(c.corpus.outlets),
  };
  const drawn = drawCharts({ comparison: c, options: o, firstMention: options.firstMention, shown: null }, true);
  const specs: ChartSpec[] = [];
  for (const s of SECTIONS) pushAll(specs, drawn.bySection.get(s.id) ?? []);
  return { specs, skipped: drawn.skipped.slice() };
}
