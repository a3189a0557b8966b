import { HEATMAP_MAX_HEIGHT, thinnedNote, thinTicks, type HeatmapTicks } from "./heatmap";
import { columnTicks, type OutletStyle } from "./outlets";
import type { Theme } from "./theme";
import { labelWidth } from "./text";
import { joinNotes } from "./outlet-limit";
import { maxOf } from "../stats/extent";

/** The axes of a large heatmap laid out by {@link largeHeatmapAxes}. */
export interface LargeHeatmapAxes {
  /** Labelled rows (thinned). */
  readonly y: HeatmapTicks;
  /** Labelled outlet columns (thinned), their labels as {@link columnTicks} draws them. */
  readonly x: HeatmapTicks & { readonly angle: number };
  /** Height of the plotting area, at most {@link HEATMAP_MAX_HEIGHT} px. */
  readonly plotHeight: number;
  /** Height the column labels take, px. */
  readonly xTickHeight: number;
  /** What was thinned, and the key to ids used as column labels. */
  readonly note: string;
}

/**
 * Axes of a heatmap with more rows or columns than fit text (rows `yKeys`
 * with labels `yTicks`, outlet columns `outlets`): the plot at most
 * {@link HEATMAP_MAX_HEIGHT} px tall (cells as square as the width allows,
 * when `square`), and each axis labelled only every k-th key so that labels
 * stand a line apart (see {@link thinTicks}); hover names every cell.
 * `rowsWhat` / `columnsWhat` name the keys in the note ("outlets", "actors").
 */
export function largeHeatmapAxes(theme: Theme, p: { yKeys: readonly string[]; yTicks: readonly string[]; outlets: readonly string[]; styles: ReadonlyMap<string, OutletStyle>; square: boolean; rowsWhat: string; minRowHeight?: number }): LargeHeatmapAxes {
  const slot = theme.fontSize * 1.4;
  const nx = Math.max(1, p.outlets.length), ny = Math.max(1, p.yKeys.length);
  const roughWidth = theme.width - theme.margin.l - theme.margin.r - 12 - maxOf(p.yTicks.slice(0, 200).map((t) => labelWidth(t, theme.fontSize, theme)), 0);
  const cell = p.square ? Math.max(1, roughWidth / nx) : Math.max(p.minRowHeight ?? theme.rowHeight, 1);
  const plotHeight = Math.min(HEATMAP_MAX_HEIGHT, Math.max(ny * cell, theme.rowHeight * 2));
  const y = thinTicks(p.yKeys, p.yTicks, plotHeight, slot);
  const plotWidth = theme.width - theme.margin.l - theme.margin.r - 12 - maxOf(y.ticktext.map((t) => labelWidth(t, theme.fontSize, theme)), 0);
  const xThin = thinTicks(p.outlets, p.outlets, plotWidth, slot);
  const colWidth = (plotWidth / nx) * Math.max(1, xThin.every);
  const cols = columnTicks(p.styles, xThin.tickvals, colWidth, theme);
  return {
    y, x: { tickvals: xThin.tickvals, ticktext: cols.ticks, every: xThin.every, angle: cols.angle }, plotHeight, xTickHeight: xThin.tickvals.length ? cols.height : 6,
    note: joinNotes(cols.footnote, thinnedNote(p.rowsWhat, y.every), p.rowsWhat === "outlets" && y.every === xThin.every ? "" : thinnedNote("outlets", xThin.every)),
  };
}
