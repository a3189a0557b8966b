import type { OutletSentimentRow, ResolvedSentimentOptions } from "../features/sentiment/index";
import type { FeatureResult } from "../features/result";
import { expectKind, expectOneOf } from "./check";
import { axis, categoryAxis, frame, refLine, rowsHeight } from "./layout";
import { chartSpec } from "./spec";
import { outletStyles, outletTick, tickChars } from "./outlets";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, plural } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf, minOf } from "../stats/extent";
import { limitOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface SentimentByOutletOptions extends ChartOptions {
  /** Order of the outlets, top to bottom: *outlet* (by id) or *estimate* (most positive first). Defaults to *outlet*. */
  sort?: "outlet" | "estimate";
}

/**
 * Sentiment by outlet: each outlet's mean sentence sentiment as a point with
 * its bootstrap interval (`error_x`), outlets on the y axis, a dotted line at
 * 0. Hover gives the interval, sentences and articles.
 *
 * @example
 * chartSentimentByOutlet(sentimentByOutlet(parsed)).figure.data.length; // one trace per outlet
 */
export function chartSentimentByOutlet(result: FeatureResult<"sentiment-outlets", ResolvedSentimentOptions, OutletSentimentRow>, options: SentimentByOutletOptions = {}): ChartSpec {
  expectKind("chartSentimentByOutlet", result, "sentiment-outlets");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const sort = expectOneOf("sort", options.sort ?? "outlet", ["outlet", "estimate"] as const);
  const theme = options.theme ?? DEFAULT_THEME;
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const rows = [...result.rows].sort((a, b) => (sort === "estimate" ? b.mean.estimate - a.mean.estimate : 0) || compareCodeUnits(a.outlet, b.outlet));
  const level = Math.round(result.params.level * 100);
  const ticks = rows.map((r) => outletTick(styles.get(r.outlet)!, tickChars(theme.width)));
  const traces = rows.map((r) => {
    const s = styles.get(r.outlet)!;
    const m = r.mean;
    return {
      type: "scatter", mode: "markers", name: escapeText(s.label), showlegend: false,
      x: [m.estimate], y: [r.outlet],
      error_x: { type: "data", symmetric: false, array: [m.upper - m.estimate], arrayminus: [m.estimate - m.lower], color: s.color, thickness: theme.traceWidth, width: 3 },
      marker: { color: s.color, symbol: s.symbol, size: theme.markerSize, line: { width: s.symbol.endsWith("-open") ? theme.traceWidth : 0, color: s.color } },
      text: [`<b>${escapeText(s.label)}</b><br>mean ${fmt(m.estimate, 3)}, ${level}% interval [${fmt(m.lower, 3)}, ${fmt(m.upper, 3)}]<br>${plural(r.sentences, "sentence")} in ${plural(r.articles, "article")}`],
      hovertemplate: "%{text}<extra></extra>",
    };
  });
  const lo = minOf(rows.map((r) => r.mean.lower), 0), hi = maxOf(rows.map((r) => r.mean.upper), 0);
  const pad = (hi - lo || 1) * 0.06;
  const f = frame(theme, {
    title: options.title === undefined ? "Sentiment by outlet: mean sentence score" : options.title,
    plotHeight: Math.max(rowsHeight(theme, ticks, 1.15), 2 * theme.rowHeight), yLabels: ticks,
    xTitle: `Mean sentence sentiment (${level}% bootstrap interval)`, footnote: limited.note,
  });
  const layout = {
    ...f.layout,
    xaxis: axis(theme, { title: f.titles.x, range: [lo - pad, hi + pad], grid: true, tickformat: ".2f", nticks: 6 }),
    yaxis: categoryAxis(theme, { categoryorder: "array", categoryarray: rows.map((r) => r.outlet), tickvals: rows.map((r) => r.outlet), ticktext: ticks, autorange: "reversed" }),
    shapes: [refLine(theme, { x: 0 })],
  };
  const data = {
    columns: ["outlet", "label", "articles", "sentences", "mean", "lower", "upper", "level"],
    rows: rows.map((r) => [r.outlet, styles.get(r.outlet)!.label, r.articles, r.sentences, r.mean.estimate, r.mean.lower, r.mean.upper, result.params.level]),
  };
  return chartSpec("sentiment-by-outlet", theme, traces, layout, f.height, data);
}
