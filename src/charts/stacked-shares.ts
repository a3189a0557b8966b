import { axis, categoryAxis, frame, rowsHeight } from "./layout";
import { chartSpec } from "./spec";
import { hatchPath, hatchShape } from "./hatch";
import { CATEGORY_PATTERNS, luminance, TOL_MUTED, withAlpha } from "./palette";
import type { Theme } from "./theme";
import { pct, textWidth } from "./text";
import type { ChartData, ChartSpec } from "./types";

/** One segment kind of a 100% stacked bar (a label, a speaker, a stance). */
export interface StackCategory {
  readonly key: string;
  /** Legend text (escaped). */
  readonly label: string;
  readonly color: string;
  /** plotly pattern shape, "" for solid. */
  readonly pattern: string;
}

/** The k-th category colour and pattern: Tol's muted scheme with the patterns that keep it apart in greyscale. */
export function categoryStyle(k: number): { color: string; pattern: string } {
  return { color: TOL_MUTED[k % TOL_MUTED.length], pattern: CATEGORY_PATTERNS[k % CATEGORY_PATTERNS.length] };
}

/** What {@link stackedShares} draws. */
export interface StackedSharesInput {
  readonly name: string;
  readonly title: string | null;
  readonly xTitle: string;
  /** Bars, top to bottom: key and tick label (escaped, may hold `<br>`); `empty` bars get the `emptyText` note. */
  readonly bars: readonly { readonly key: string; readonly tick: string; readonly empty: boolean }[];
  readonly categories: readonly StackCategory[];
  /** Share of bar b taken by category c, in [0, 1]; null or 0 draws nothing. */
  share(bar: string, category: string): number | null;
  hover(bar: string, category: string): string;
  readonly emptyText: string;
  readonly data: ChartData;
  /** Print shares inside segments at least this share wide (and wide enough for the text). Defaults to *0.08*. */
  readonly minLabelShare?: number;
  /** A note under the chart (e.g. which outlets are left out); none by default. */
  readonly footnote?: string;
}

/**
 * 100% stacked horizontal bars, one per outlet: categories in Tol's muted
 * colours, each with a hatch drawn as vector paths (greyscale-safe, and
 * still vector in a PDF), shares printed inside segments wide enough to hold
 * them, and a legend of swatches above the plot in category order.
 */
export function stackedShares(theme: Theme, s: StackedSharesInput): ChartSpec {
  const minShare = s.minLabelShare ?? 0.08;
  const ticks = s.bars.map((b) => b.tick);
  const f = frame(theme, { title: s.title, plotHeight: rowsHeight(theme, ticks, 1.25), yLabels: ticks, legend: s.categories.map((c) => c.label), legendSymbol: 14, ownLegend: true, xTitle: s.xTitle, footnote: s.footnote });
  const keys = s.bars.map((b) => b.key);
  const n = Math.max(1, keys.length);
  const plotH = f.height - f.margin.t - f.margin.b;
  const kx = f.plotWidth, ky = plotH / n, half = (1 - BARGAP) / 2;
  const shapes: Record<string, unknown>[] = [];
  const start = keys.map(() => 0);
  const ink = (c: StackCategory) => withAlpha(luminance(c.color) > 0.3 ? "#000000" : "#ffffff", 0.55);
  const traces = s.categories.map((c) => {
    const shares = keys.map((b) => s.share(b, c.key));
    // the y axis is reversed (first bar on top), which mirrors diagonals
    const shape = c.pattern === "/" ? "\\" : c.pattern === "\\" ? "/" : c.pattern;
    const path = shares.map((v, i) => {
      const x0 = start[i], x1 = start[i] + (v ?? 0);
      start[i] = x1;
      return c.pattern && v ? hatchPath({ x0, x1, y0: i - half, y1: i + half }, shape, kx, ky) : "";
    }).join("");
    if (path) shapes.push(hatchShape(path, c.pattern, ink(c), "x", "y"));
    const text = luminance(c.color) > 0.3 ? "#000000" : "#ffffff";
    return {
      type: "bar", orientation: "h", name: c.label, showlegend: false, y: keys.map((_, i) => i), x: shares,
      marker: { color: c.color, line: { color: "#ffffff", width: 0.5 } },
      text: shares.map((v) => (v !== null && v >= minShare && v * f.plotWidth >= textWidth(pct(v), theme.fontSize, theme) + 4 ? pct(v) : "")),
      textposition: "inside", insidetextanchor: "middle", textangle: 0, textfont: { size: theme.fontSize * 0.95, color: text }, constraintext: "none",
      customdata: keys.map((b) => s.hover(b, c.key)), hovertemplate: "%{customdata}<extra></extra>",
    };
  });
  // the legend: vector swatches (colour + hatch) and their names, laid out where frame() left room
  const L = f.legendBox, sw = L.symbol, sh = 10, colW = L.colW;
  const legendNotes: Record<string, unknown>[] = [];
  s.categories.forEach((c, k) => {
    const left = L.left + (k % L.cols) * colW, mid = L.top + Math.floor(k / L.cols) * L.rowH + L.rowH / 2;
    const a = f.toPaper(left, mid + sh / 2), b = f.toPaper(left + sw, mid - sh / 2);
    shapes.push({ type: "rect", xref: "paper", yref: "paper", x0: a.x, y0: a.y, x1: b.x, y1: b.y, fillcolor: c.color, line: { width: 0 }, layer: "above" });
    const path = c.pattern ? hatchPath({ x0: a.x, x1: b.x, y0: a.y, y1: b.y }, c.pattern, f.plotWidth, plotH, 4) : "";
    if (path) shapes.push(hatchShape(path, c.pattern, ink(c), "paper", "paper"));
    const t = f.toPaper(left + sw + 6, mid);
    legendNotes.push({ text: c.label, showarrow: false, xref: "paper", x: t.x, xanchor: "left", yref: "paper", y: t.y, yanchor: "middle", font: { size: theme.fontSize }, align: "left" });
  });
  const layout = {
    ...f.layout, showlegend: false,
    barmode: "stack", bargap: BARGAP, uniformtext: { mode: "hide", minsize: Math.floor(theme.fontSize * 0.9) },
    xaxis: axis(theme, { title: f.titles.x, range: [0, 1], tickformat: ".0%", tickvals: [0, 0.25, 0.5, 0.75, 1] }),
    yaxis: categoryAxis(theme, { type: "linear", range: [n - 0.5, -0.5], tickvals: keys.map((_, i) => i), ticktext: ticks, zeroline: false }),
    shapes,
    annotations: [
      ...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? []),
      ...legendNotes,
      ...s.bars.flatMap((b, i) => (b.empty ? [{ text: s.emptyText, showarrow: false, xref: "x", x: 0.01, xanchor: "left", yref: "y", y: i, font: { size: theme.fontSize, color: "#666666" } }] : [])),
    ],
  };
  return chartSpec(s.name, theme, traces, layout, f.height, s.data);
}

const BARGAP = 0.3;
