import type { SalienceRow } from "../features/emphasis/index";
import type { FeatureResult } from "../features/result";
import { expectKind, expectOneOf } from "./check";
import { axis, categoryAxis, frame, rowsHeight } from "./layout";
import { chartSpec } from "./spec";
import { outletStyles } from "./outlets";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, pct, plural, wrap } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf, minOf } from "../stats/extent";
import { limitOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface ActorSalienceChartOptions extends ChartOptions {
  /** *per1000Words* (mentions per 1,000 words) or *sentenceShare* (share of sentences naming the actor). Defaults to *per1000Words*. */
  measure?: "per1000Words" | "sentenceShare";
  /** Show at most this many actors, the most salient (by mean over outlets) first. Defaults to *all*. */
  top?: number;
}

/**
 * Actor salience: a Cleveland dot plot (Cleveland & McGill 1984), one row
 * per actor and one point per outlet (its colour and symbol) at its mentions
 * per 1,000 words, actors ordered by their mean over outlets, a thin line
 * spanning each row's range. Zero is a point on the axis, not a gap.
 */
export function chartActorSalience(result: FeatureResult<"actor-salience", Record<string, never>, SalienceRow>, options: ActorSalienceChartOptions = {}): ChartSpec {
  expectKind("chartActorSalience", result, "actor-salience");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const measure = expectOneOf("measure", options.measure ?? "per1000Words", ["per1000Words", "sentenceShare"] as const);
  const theme = options.theme ?? DEFAULT_THEME;
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const outlets = [...new Set(result.rows.map((r) => r.outlet))].sort(compareCodeUnits);
  const value = (r: SalienceRow) => r[measure];
  const mean = new Map<string, number>();
  for (const a of new Set(result.rows.map((r) => r.actor))) {
    const v = result.rows.filter((r) => r.actor === a).map((r) => value(r) ?? 0);
    mean.set(a, v.reduce((x, y) => x + y, 0) / Math.max(1, v.length));
  }
  let actors = [...mean.keys()].sort((a, b) => mean.get(b)! - mean.get(a)! || compareCodeUnits(a, b));
  if (options.top !== undefined) {
    if (!Number.isInteger(options.top) || options.top < 1) throw new Error(`invalid top: ${options.top} (use a whole number ≥ 1)`);
    actors = actors.slice(0, options.top);
  }
  const ticks = actors.map((a) => wrap(escapeText(a), theme.width < 480 ? 18 : 28));
  const unit = measure === "per1000Words" ? "Mentions per 1,000 words" : "Share of sentences naming the actor";
  const f = frame(theme, {
    title: options.title === undefined ? `Actor salience: ${measure === "per1000Words" ? "mentions per 1,000 words" : "share of sentences naming each actor"}, by outlet` : options.title,
    plotHeight: rowsHeight(theme, ticks, 1.3), yLabels: ticks, legend: outlets.map((o) => escapeText(styles.get(o)!.label)), legendSymbol: 16, xTitle: unit, footnote: limited.note,
  });
  const at = (a: string, o: string) => result.rows.find((r) => r.actor === a && r.outlet === o);
  const ranges = actors.map((a) => outlets.map((o) => value(at(a, o)!) ?? 0));
  const traces: Record<string, unknown>[] = [{
    type: "scatter", mode: "lines", showlegend: false, hoverinfo: "skip", line: { color: "#c8c8c8", width: theme.lineWidth },
    x: actors.flatMap((_, i) => [minOf(ranges[i]), maxOf(ranges[i]), null]), y: actors.flatMap((_, i) => [i, i, null]),
  }];
  const lane = (k: number) => (outlets.length > 1 ? (k / (outlets.length - 1) - 0.5) * 0.56 : 0);
  for (const [k, o] of outlets.entries()) {
    const s = styles.get(o)!;
    const rows = actors.map((a) => at(a, o));
    traces.push({
      type: "scatter", mode: "markers", name: escapeText(s.label), x: rows.map((r) => (r ? value(r) : null)), y: actors.map((_, i) => i + lane(k)),
      marker: { color: s.color, symbol: s.symbol, size: theme.markerSize, opacity: 0.9, line: { width: s.symbol.endsWith("-open") ? theme.traceWidth : 0.5, color: s.symbol.endsWith("-open") ? s.color : "#ffffff" } },
      customdata: rows.map((r) => (r ? `<b>${escapeText(r.actor)}</b> in ${escapeText(s.label)}<br>${r.mentions} mentions, ${fmt(r.per1000Words, 1)} per 1,000 words<br>${pct(r.sentenceShare, 1)} of sentences; in ${plural(r.articlesMentioning, "article")}${r.meanFirstRank === null ? "" : `<br>mean rank of first mention ${fmt(r.meanFirstRank, 1)}`}` : "")),
      hovertemplate: "%{customdata}<extra></extra>",
    });
  }
  const max = maxOf(ranges.flat(), 0);
  const layout = {
    ...f.layout,
    xaxis: axis(theme, { title: f.titles.x, range: [-max * 0.03, max * 1.05 || 1], grid: true, zeroline: false, nticks: 6, ...(measure === "sentenceShare" ? { tickformat: ".0%" } : {}) }),
    yaxis: categoryAxis(theme, { type: "linear", range: [actors.length - 0.5, -0.5], tickvals: actors.map((_, i) => i), ticktext: ticks, zeroline: false }),
  };
  const data = {
    columns: ["actor", "outlet", "label", "mentions", "per_1000_words", "sentence_share", "mean_first_rank", "articles_mentioning"],
    rows: actors.flatMap((a) => outlets.map((o) => { const r = at(a, o); return [a, o, styles.get(o)!.label, r?.mentions ?? null, r?.per1000Words ?? null, r?.sentenceShare ?? null, r?.meanFirstRank ?? null, r?.articlesMentioning ?? null]; })),
  };
  return chartSpec(measure === "per1000Words" ? "actor-salience" : "actor-salience-sentences", theme, traces, layout, f.height, data);
}
