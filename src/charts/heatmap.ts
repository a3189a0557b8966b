import type { ColorScale } from "./palette";
import type { Theme } from "./theme";

/** What {@link heatmapTrace} draws. */
export interface HeatmapInput {
  /** Column keys (x) and row keys (y); ticks are set on the axes. */
  readonly x: readonly string[];
  readonly y: readonly string[];
  /** z[row][column]; null draws a blank cell. */
  readonly z: readonly (readonly (number | null)[])[];
  /** Cell text (the value, formatted); "" for none. */
  readonly text: readonly (readonly string[])[];
  /** Hover text per cell. */
  readonly hover: readonly (readonly string[])[];
  readonly colorscale: ColorScale;
  readonly zmin: number;
  readonly zmax: number;
  readonly zmid?: number;
  readonly colorbar?: Record<string, unknown>;
}

/**
 * Past this many rows or columns a heatmap prints no values in its cells:
 * at 21 or more the numbers no longer fit a cell of a printed column and
 * overlap (issue 12 saw 49×49 heatmaps of overlapping numbers). Hover still
 * gives every value and its n.
 */
export const CELL_TEXT_MAX = 20;

/** Largest plotting height of a heatmap, in px: past it rows get thinner instead of the figure taller, so a 1,000-outlet heatmap stays one screen. */
export const HEATMAP_MAX_HEIGHT = 720;

/** Whether a heatmap of `rows` × `columns` prints its values in the cells (see {@link CELL_TEXT_MAX}). */
export function showsCellText(rows: number, columns: number): boolean {
  return rows <= CELL_TEXT_MAX && columns <= CELL_TEXT_MAX;
}

/**
 * A heatmap trace with the value printed in each cell (so that the figure
 * reads in greyscale too) up to {@link CELL_TEXT_MAX} rows and columns, and
 * none past it (no `text` at all, so nothing overlaps; hover keeps the
 * values), a white gap between cells (none past that size, where a gap
 * would be wider than the cell), and blank cells for null.
 */
export function heatmapTrace(theme: Theme, h: HeatmapInput): Record<string, unknown> {
  const text = showsCellText(h.y.length, h.x.length);
  return {
    type: "heatmap", x: [...h.x], y: [...h.y], z: h.z.map((r) => [...r]),
    ...(text ? { text: h.text.map((r) => [...r]), texttemplate: "%{text}", textfont: { size: theme.fontSize, family: theme.fontFamily } } : {}),
    customdata: h.hover.map((r) => [...r]), hovertemplate: "%{customdata}<extra></extra>", hoverongaps: true,
    colorscale: h.colorscale.map(([p, c]) => [p, c]), zmin: h.zmin, zmax: h.zmax, ...(h.zmid !== undefined ? { zmid: h.zmid } : {}),
    xgap: text ? 1 : 0, ygap: text ? 1 : 0, showscale: Boolean(h.colorbar), ...(h.colorbar ? { colorbar: h.colorbar } : {}),
  };
}

/** Tick labels of a heatmap axis that fit: all of them, or every k-th. */
export interface HeatmapTicks {
  readonly tickvals: string[];
  readonly ticktext: string[];
  /** Every k-th key is labelled (1: all; 0: none). */
  readonly every: number;
}

/**
 * Thins a category axis of `keys` (labels `ticks`) drawn over `length` px so
 * that labels stand at least `slot` px apart: every k-th key is labelled,
 * k = ⌈n·slot / length⌉, so at most ⌊length / slot⌋ labels. Hover names
 * every cell, so no key is lost.
 *
 * @example
 * thinTicks(["a", "b", "c", "d"], ["A", "B", "C", "D"], 20, 10).ticktext; // => ["A", "C"]
 */
export function thinTicks(keys: readonly string[], ticks: readonly string[], length: number, slot: number): HeatmapTicks {
  const n = keys.length;
  const most = Math.floor(length / slot);
  if (n <= most) return { tickvals: keys.slice(), ticktext: ticks.slice(), every: 1 };
  if (most < 1) return { tickvals: [], ticktext: [], every: 0 };
  const every = Math.ceil(n / most);
  const tickvals: string[] = [], ticktext: string[] = [];
  for (let i = 0; i < n; i += every) { tickvals.push(keys[i]); ticktext.push(ticks[i]); }
  return { tickvals, ticktext, every };
}

/** The note under a heatmap whose axis labels were thinned ("" when none was). */
export function thinnedNote(what: string, every: number): string {
  if (every === 1) return "";
  return every === 0 ? `${what} are not labelled (too many to fit); hover names each cell.` : `Every ${ordinal(every)} of the ${what} is labelled; hover names each cell.`;
}

function ordinal(k: number): string {
  const s = k % 100 >= 11 && k % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][k % 10] ?? "th";
  return `${k}${s}`;
}
