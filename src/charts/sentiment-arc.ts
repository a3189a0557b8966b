import type { FeatureResult } from "../features/result";
import type { ArcParams, ArcRow } from "../features/sentiment/index";
import { expectKind, expectOneOf } from "./check";
import { facetGrid, panelTitle } from "./facets";
import { axis, frame, refLine } from "./layout";
import { chartSpec } from "./spec";
import { outletStyles, type OutletStyle } from "./outlets";
import { withAlpha } from "./palette";
import { DEFAULT_THEME, type Theme } from "./theme";
import { escapeText, fmt, plural, wrap } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf, minOf } from "../stats/extent";
import { pushAll } from "../util/push-all";
import { limitOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface SentimentArcOptions extends ChartOptions {
  /** *facets*: one small panel per outlet on a shared y axis; *overlay*: every outlet in one panel. Defaults to *facets*. */
  layout?: "facets" | "overlay";
  /** How intervals are drawn: *band* (shaded) or *bars* (error bars; in an overlay, outlets are dodged sideways). Defaults to *band* in facets, *bars* in an overlay. */
  interval?: "bars" | "band";
  /** Panels per row in facets. Defaults to *2* below 480 px width, else *3*. */
  columns?: number;
}

/**
 * The sentiment arc: mean sentence sentiment per position bin of the article
 * body with its bootstrap interval, per outlet (its colour, symbol and dash),
 * as small multiples on a shared y axis or overlaid. An empty bin is a gap in
 * the line.
 */
export function chartSentimentArc(result: FeatureResult<"sentiment-arc", ArcParams, ArcRow>, options: SentimentArcOptions = {}): ChartSpec {
  expectKind("chartSentimentArc", result, "sentiment-arc");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const mode = expectOneOf("layout", options.layout ?? "facets", ["facets", "overlay"] as const);
  const interval = expectOneOf("interval", options.interval ?? (mode === "facets" ? "band" : "bars"), ["bars", "band"] as const);
  const theme = options.theme ?? DEFAULT_THEME;
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const outlets = [...new Set(result.rows.map((r) => r.outlet))].sort(compareCodeUnits);
  const bins = result.params.bins;
  const level = Math.round(result.params.level * 100);
  const facets = mode === "facets" && outlets.length > 1;
  const dodge = interval === "bars" && !facets && outlets.length > 1 ? 0.3 / bins / (outlets.length - 1) : 0;
  const lo = minOf(result.rows.map((r) => r.mean?.lower ?? 0), 0), hi = maxOf(result.rows.map((r) => r.mean?.upper ?? 0), 0);
  const yRange = [lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05];
  const xTitle = `Relative position in the article body (0 = first sentence, 1 = last; ${bins} bins), ${level}% bootstrap intervals`;
  const title = options.title === undefined ? "Sentiment arc: mean sentence sentiment along the article" : options.title;
  const xaxis = (t?: string, extra: Record<string, unknown> = {}) => axis(theme, { title: t, range: [-0.03, 1.03], tickvals: Array.from({ length: bins + 1 }, (_, i) => i / bins), tickformat: ".1f", ...extra });
  const yaxis = (t?: string, extra: Record<string, unknown> = {}) => axis(theme, { title: t, grid: true, tickformat: ".2~f", range: yRange, nticks: 7, ...extra });

  if (!facets) {
    const traces = outlets.flatMap((o, k) => arcTraces(theme, styles.get(o)!, rowsOf(result, o), interval, (k - (outlets.length - 1) / 2) * dodge, level, "x", "y"));
    const f = frame(theme, {
      title, plotHeight: Math.round(theme.width * (theme.width < 480 ? 0.62 : 0.36)),
      legend: outlets.map((o) => escapeText(styles.get(o)!.label)), legendSymbol: 36, yLabels: ["−0.0"], yTitle: "Mean sentence sentiment", xTitle, footnote: limited.note,
    });
    const layout = { ...f.layout, xaxis: xaxis(f.titles.x), yaxis: yaxis(f.titles.y), shapes: [refLine(theme, { y: 0 })] };
    return chartSpec("sentiment-arc", theme, traces, layout, f.height, tableOf(result, outlets, styles));
  }

  const cols = options.columns ?? (theme.width < 480 ? 2 : 3);
  if (!Number.isInteger(cols) || cols < 1) throw new Error(`invalid columns: ${cols} (use a whole number ≥ 1)`);
  const rows = Math.ceil(outlets.length / cols);
  const gapX = theme.fontSize * 1.5, panelTitleH = theme.fontSize * 1.3 * 2 + 4, gapY = panelTitleH + theme.fontSize * 1.6 + 6;
  const panelH = Math.round(theme.width < 480 ? 95 : 105);
  const f = frame(theme, { title, plotHeight: rows * panelH + (rows - 1) * gapY, yLabels: ["−0.0"], yTitle: "Mean sentence sentiment", xTitle, extra: { t: panelTitleH }, footnote: limited.note });
  const plotH = rows * panelH + (rows - 1) * gapY;
  const grid = facetGrid(outlets.length, cols, f.plotWidth, plotH, gapX, gapY);
  const traces: Record<string, unknown>[] = [];
  const layout: Record<string, unknown> = { ...f.layout, showlegend: false };
  const annotations = [...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? [])];
  const shapes: Record<string, unknown>[] = [];
  const charsPerPanel = Math.floor((f.plotWidth / cols) / (theme.fontSize * theme.charWidth * 1.05));
  grid.forEach((p) => {
    const o = outlets[p.index], s = styles.get(o)!;
    pushAll(traces, arcTraces(theme, s, rowsOf(result, o), interval, 0, level, p.xref, p.yref));
    const bottom = p.index + cols >= outlets.length;
    layout[p.xkey] = xaxis(undefined, { domain: p.x, anchor: p.yref, showticklabels: bottom, nticks: 3, tickvals: [0, 0.5, 1] });
    layout[p.ykey] = yaxis(undefined, { domain: p.y, anchor: p.xref, showticklabels: p.col === 0 });
    annotations.push(panelTitle(p, wrap(escapeText(s.label), charsPerPanel), theme.fontSize));
    shapes.push({ ...refLine(theme, { y: 0 }), xref: `${p.xref} domain`, yref: p.yref });
  });
  // axis titles for the whole grid
  annotations.push({ text: f.titles.x, showarrow: false, xref: "paper", yref: "paper", x: 0.5, xanchor: "center", y: 0, yanchor: "top", yshift: -(theme.fontSize * 1.25 + 8), font: { size: theme.axisTitleSize } });
  annotations.push({ text: f.titles.y, showarrow: false, textangle: -90, xref: "paper", yref: "paper", x: 0, xanchor: "right", xshift: -(theme.fontSize * 2.6 + 6), y: 0.5, yanchor: "middle", font: { size: theme.axisTitleSize } });
  layout.annotations = annotations;
  layout.shapes = shapes;
  return chartSpec("sentiment-arc", theme, traces, layout, f.height, tableOf(result, outlets, styles));
}

function rowsOf(result: FeatureResult<"sentiment-arc", ArcParams, ArcRow>, outlet: string): ArcRow[] {
  return result.rows.filter((r) => r.outlet === outlet).sort((a, b) => a.bin - b.bin);
}

function arcTraces(theme: Theme, s: OutletStyle, rows: readonly ArcRow[], interval: "bars" | "band", shift: number, level: number, xref: string, yref: string): Record<string, unknown>[] {
  const x = rows.map((r) => (r.from + r.to) / 2 + shift);
  const out: Record<string, unknown>[] = [];
  const refs = { xaxis: xref, yaxis: yref };
  if (interval === "band") {
    // one polygon per run of non-empty bins, so an empty bin leaves a gap
    let run: number[] = [];
    const flush = () => {
      if (run.length) {
        const xs = run.map((i) => x[i]), up = run.map((i) => rows[i].mean!.upper), dn = run.map((i) => rows[i].mean!.lower);
        out.push({ type: "scatter", mode: "lines", ...refs, x: [...xs, ...[...xs].reverse()], y: [...up, ...[...dn].reverse()], fill: "toself", fillcolor: withAlpha(s.color, 0.18), line: { width: 0 }, hoverinfo: "skip", showlegend: false, legendgroup: s.id });
      }
      run = [];
    };
    rows.forEach((r, i) => (r.mean ? run.push(i) : flush()));
    flush();
  }
  out.push({
    type: "scatter", mode: "lines+markers", name: escapeText(s.label), legendgroup: s.id, ...refs, x, y: rows.map((r) => r.mean?.estimate ?? null), connectgaps: false,
    line: { color: s.color, width: theme.traceWidth, dash: s.dash },
    marker: { color: s.color, symbol: s.symbol, size: theme.markerSize - 1, line: { width: s.symbol.endsWith("-open") ? theme.traceWidth : 0, color: s.color } },
    ...(interval === "bars" ? {
      error_y: {
        type: "data", symmetric: false, color: s.color, thickness: theme.traceWidth * 0.8, width: 2,
        array: rows.map((r) => (r.mean ? r.mean.upper - r.mean.estimate : null)), arrayminus: rows.map((r) => (r.mean ? r.mean.estimate - r.mean.lower : null)),
      },
    } : {}),
    text: rows.map((r) => `<b>${escapeText(s.label)}</b>, position ${fmt(r.from, 2)}–${fmt(r.to, 2)}<br>` + (r.mean
      ? `mean ${fmt(r.mean.estimate, 3)}, ${level}% interval [${fmt(r.mean.lower, 3)}, ${fmt(r.mean.upper, 3)}]<br>n = ${plural(r.sentences, "sentence")} in ${plural(r.articleIds.length, "article")}`
      : "no sentence in this part")),
    hovertemplate: "%{text}<extra></extra>",
  });
  return out;
}

function tableOf(result: FeatureResult<"sentiment-arc", ArcParams, ArcRow>, outlets: readonly string[], styles: Map<string, OutletStyle>) {
  return {
    columns: ["outlet", "label", "bin", "from", "to", "sentences", "articles", "mean", "lower", "upper", "level"],
    rows: outlets.flatMap((o) => rowsOf(result, o).map((r) => [o, styles.get(o)!.label, r.bin, r.from, r.to, r.sentences, r.articleIds.length, r.mean?.estimate ?? null, r.mean?.lower ?? null, r.mean?.upper ?? null, result.params.level])),
  };
}
