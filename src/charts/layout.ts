import type { Theme } from "./theme";
import { labelWidth, textWidth, wrap } from "./text";
import { maxOf } from "../stats/extent";

/** What {@link frame} needs to size a figure. */
export interface FrameParts {
  readonly title: string | null;
  /** Height of the plotting area(s) in px. */
  readonly plotHeight: number;
  /** Legend entries, shown in one block under the title; none for no legend. */
  readonly legend?: readonly string[];
  /** Legend heading, e.g. "Label". */
  readonly legendTitle?: string;
  /** Width of the legend symbol in px. Defaults to *30*. */
  readonly legendSymbol?: number;
  /** The chart draws its own legend (swatches and text) in `legendBox`, packed tighter than plotly's. */
  readonly ownLegend?: boolean;
  /** Tick labels of the left axis (their width sets the left margin). */
  readonly yLabels?: readonly string[];
  /** Title of the left axis (rotated); none by default. */
  readonly yTitle?: string;
  /** Lines of tick labels under the bottom axis (0 for none). Defaults to *1*. */
  readonly xTickLines?: number;
  /** Height of the bottom tick labels in px, overriding `xTickLines` (e.g. turned labels). */
  readonly xTickHeight?: number;
  /** Title of the bottom axis, wrapped to the plot width; none by default. */
  readonly xTitle?: string;
  /** A horizontal colour bar under the title (in the legend's place), with this title. */
  readonly colorbar?: string;
  /** A note under the plot (what is left out, a key to abbreviations), wrapped to the figure width. */
  readonly footnote?: string;
  /** Extra px on each side. */
  readonly extra?: { l?: number; r?: number; t?: number; b?: number };
}

/** A laid-out frame: the layout keys common to every chart and the figure height. */
export interface Frame {
  readonly layout: Record<string, unknown>;
  readonly height: number;
  readonly margin: { l: number; r: number; t: number; b: number };
  /** Width of the plotting area in px. */
  readonly plotWidth: number;
  /** The colour bar, when asked for: put it on the trace as `colorbar`. */
  readonly colorbar?: Record<string, unknown>;
  /** Axis titles, wrapped to fit: pass them to {@link axis}. */
  readonly titles: { readonly x?: string; readonly y?: string };
  /** Where the legend goes, in px from the figure's top left (for charts that draw their own). */
  readonly legendBox: { readonly top: number; readonly left: number; readonly cols: number; readonly colW: number; readonly symbol: number; readonly rowH: number };
  /** Converts px from the figure's top left to plotly paper coordinates. */
  toPaper(px: number, py: number): { x: number; y: number };
}

/**
 * Sizes a figure from its parts: margins from the estimated width of the
 * tick labels, a title wrapped to the width, a horizontal legend (or colour
 * bar) between title and plot, where it never covers data, and a footnote.
 * Margins are fixed (plotly's automatic margins are off), so the layout is
 * the same in every renderer and positions computed here hold.
 */
export function frame(theme: Theme, p: FrameParts): Frame {
  const W = theme.width;
  const titleText = theme.showTitle && p.title ? wrap(p.title, Math.floor((W - 8) / (theme.titleSize * theme.charWidth * 1.05))) : null;
  const titleLines = titleText ? titleText.split("<br>").length : 0;
  const titleH = titleLines ? titleLines * theme.titleSize * 1.3 + 4 : 0;
  const ml = theme.margin.l + (p.yLabels?.length ? maxOf(p.yLabels.map((s) => labelWidth(s, theme.fontSize, theme))) + 6 : 0) + (p.yTitle ? theme.axisTitleSize * 1.6 : 0) + (p.extra?.l ?? 0);
  const mr = theme.margin.r + (p.extra?.r ?? 0) + 6;
  const symbol = p.legendSymbol ?? 30;
  const entry = p.legend?.length ? Math.ceil(maxOf(p.legend.map((s) => labelWidth(s, theme.fontSize, theme))) + 14) : 0;
  const legendTitleW = p.legendTitle ? textWidth(p.legendTitle, theme.fontSize, theme) + 8 : 0;
  const colW = p.ownLegend ? entry + symbol + 6 : entry + Math.max(symbol, 30) + 16;
  const legendCols = p.legend?.length ? Math.max(1, Math.min(p.legend.length, Math.floor((W - theme.margin.l - mr - legendTitleW + (p.ownLegend ? 14 : 0)) / colW))) : 0;
  const legendLines = p.legend?.length ? maxOf(p.legend.map((s) => s.split("<br>").length)) : 0;
  const legendRows = p.legend?.length ? Math.ceil(p.legend.length / legendCols) * legendLines : 0;
  const legendH = legendRows * (theme.fontSize * 2) + (legendRows ? 6 : 0);
  const barTitle = p.colorbar !== undefined ? wrap(p.colorbar, Math.floor((W - theme.margin.l - mr) / (theme.fontSize * theme.charWidth * 1.05))) : "";
  const barTitleH = barTitle ? barTitle.split("<br>").length * theme.fontSize * 1.25 : 0;
  const barH = p.colorbar !== undefined ? barTitleH + colorbarHeight(theme) : 0;
  const mt = theme.margin.t + titleH + legendH + barH + (p.extra?.t ?? 0) + 4;
  const xLines = p.xTickLines ?? 1;
  const xTitle = p.xTitle ? wrap(p.xTitle, Math.floor((W - ml - mr) / (theme.axisTitleSize * theme.charWidth * 1.05))) : undefined;
  const xTitleLines = xTitle ? xTitle.split("<br>").length : 0;
  const foot = p.footnote ? wrap(p.footnote, Math.floor((W - theme.margin.l - mr) / (theme.fontSize * 0.95 * theme.charWidth * 1.05))) : "";
  const footH = foot ? foot.split("<br>").length * theme.fontSize * 0.95 * 1.3 + 6 : 0;
  const mb = theme.margin.b + (p.xTickHeight ?? xLines * theme.fontSize * 1.25 + (xLines ? 6 : 0)) + xTitleLines * theme.axisTitleSize * 1.3 + (xTitle ? 4 : 0) + (p.extra?.b ?? 0) + footH;
  const height = Math.round(mt + p.plotHeight + mb);
  const titles = { x: xTitle, y: p.yTitle };
  const margin = { l: Math.round(ml), r: Math.round(mr), t: Math.round(mt), b: Math.round(mb) };
  const plotWidth = W - margin.l - margin.r;
  const layout: Record<string, unknown> = {
    width: W, height, margin: { ...margin, pad: 0, autoexpand: false },
    paper_bgcolor: theme.background, plot_bgcolor: theme.background,
    font: { family: theme.fontFamily, size: theme.fontSize, color: theme.textColor },
    showlegend: Boolean(p.legend?.length) && !p.ownLegend,
    hoverlabel: { font: { family: theme.fontFamily, size: theme.fontSize } },
    hovermode: "closest",
  };
  const annotations: Record<string, unknown>[] = [];
  if (titleText) {
    // an annotation, not layout.title: plotly anchors a multi-line title by its first line
    annotations.push({
      text: titleText, showarrow: false, align: "left", font: { size: theme.titleSize, family: theme.fontFamily, color: theme.textColor },
      xref: "paper", x: -(margin.l - theme.margin.l) / plotWidth, xanchor: "left", yref: "paper", y: 1 + (margin.t - theme.margin.t) / p.plotHeight, yanchor: "top",
    });
    layout.meta = { title: p.title };
  }
  if (p.legend?.length && !p.ownLegend) {
    layout.legend = {
      orientation: "h", xref: "paper", x: -(margin.l - theme.margin.l) / plotWidth, xanchor: "left", yref: "paper", y: 1 + (margin.t - theme.margin.t - titleH) / p.plotHeight, yanchor: "top",
      font: { size: theme.fontSize, family: theme.fontFamily }, bgcolor: "rgba(0, 0, 0, 0)", borderwidth: 0,
      itemsizing: "trace", itemwidth: symbol, tracegroupgap: 0, traceorder: "normal", entrywidthmode: "pixels", entrywidth: entry, valign: "middle",
      ...(p.legendTitle ? { title: { text: p.legendTitle, side: "left", font: { size: theme.fontSize } } } : {}),
    };
  }
  let colorbar: Record<string, unknown> | undefined;
  if (p.colorbar !== undefined) {
    const top = theme.margin.t + titleH + legendH;
    // flush with the title, inset by half a tick label so that the first label is not cut off
    const inset = theme.fontSize * 1.2;
    const barX = -(margin.l - theme.margin.l - inset) / plotWidth;
    const len = Math.min(W - theme.margin.l - inset - margin.r, 240);
    colorbar = {
      orientation: "h", xref: "paper", x: barX, xanchor: "left", yref: "paper", y: 1 + (margin.t - top - barTitleH - 6) / p.plotHeight, yanchor: "top",
      xpad: 0, ypad: 0, lenmode: "pixels", len, thickness: 8, thicknessmode: "pixels", outlinewidth: 0,
      ticks: "outside", ticklen: 3, tickwidth: theme.lineWidth, tickcolor: theme.lineColor, tickfont: { size: theme.fontSize }, nticks: 5,
    };
    annotations.push({
      text: barTitle, showarrow: false,
      xref: "paper", x: -(margin.l - theme.margin.l) / plotWidth, xanchor: "left", yref: "paper", y: 1 + (margin.t - top) / p.plotHeight, yanchor: "top",
      font: { size: theme.fontSize }, align: "left",
    });
  }
  if (foot) {
    annotations.push({
      text: foot, showarrow: false, align: "left", font: { size: theme.fontSize * 0.95, color: "#4d4d4d" },
      xref: "paper", x: -(margin.l - theme.margin.l) / plotWidth, xanchor: "left", yref: "paper", y: 0, yanchor: "top", yshift: -(margin.b - theme.margin.b - footH + 4),
    });
  }
  if (annotations.length) layout.annotations = annotations;
  const plotHeight = height - margin.t - margin.b;
  const toPaper = (px: number, py: number) => ({ x: (px - margin.l) / plotWidth, y: 1 - (py - margin.t) / plotHeight });
  const legendBox = { top: theme.margin.t + titleH + 2, left: theme.margin.l, cols: legendCols, colW, symbol, rowH: theme.fontSize * 2 * legendLines };
  return { layout, height, margin, plotWidth, colorbar, titles, legendBox, toPaper };
}

/** Height of a horizontal colour bar with its title and tick labels. */
export function colorbarHeight(theme: Theme): number {
  return 6 + 8 + 3 + theme.fontSize * 1.4 + 4;
}

/** An axis in the theme: thin line, outside ticks, grid only where asked and the theme allows. */
export function axis(theme: Theme, o: Record<string, unknown> & { title?: string; grid?: boolean } = {}): Record<string, unknown> {
  const { title, grid, ...rest } = o;
  return {
    showline: true, linewidth: theme.lineWidth, linecolor: theme.lineColor, mirror: false,
    ticks: "outside", ticklen: 3, tickwidth: theme.lineWidth, tickcolor: theme.lineColor,
    tickfont: { size: theme.fontSize }, showgrid: Boolean(grid && theme.grid), gridcolor: theme.gridColor, gridwidth: 0.5,
    zeroline: false, automargin: false, fixedrange: !theme.interactive,
    ...(title ? { title: { text: title, font: { size: theme.axisTitleSize }, standoff: 4 } } : {}),
    ...rest,
  };
}

/** An axis of categories (outlets, actors): no ticks, labels only. */
export function categoryAxis(theme: Theme, o: Record<string, unknown> & { title?: string } = {}): Record<string, unknown> {
  return axis(theme, { type: "category", ticks: "", showline: false, ...o });
}

/** A vertical or horizontal reference line as a layout shape (e.g. zero). */
export function refLine(theme: Theme, at: { x?: number; y?: number }, dash = "dot"): Record<string, unknown> {
  const line = { color: "#808080", width: theme.lineWidth, dash };
  return at.x !== undefined
    ? { type: "line", xref: "x", yref: "paper", x0: at.x, x1: at.x, y0: 0, y1: 1, line, layer: "below" }
    : { type: "line", xref: "paper", yref: "y", x0: 0, x1: 1, y0: at.y, y1: at.y, line, layer: "below" };
}

/** Height of a category axis whose ticks may wrap: each row at least `theme.rowHeight × scale`, more for multi-line labels. */
export function rowsHeight(theme: Theme, ticks: readonly string[], scale = 1): number {
  return ticks.reduce((h, t) => h + Math.max(theme.rowHeight * scale, t.split("<br>").length * theme.fontSize * 1.25 + 6), 0);
}
