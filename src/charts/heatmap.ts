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
 * A heatmap trace with the value printed in each cell (so that the figure
 * reads in greyscale too), a white gap between cells, and blank cells for
 * null.
 */
export function heatmapTrace(theme: Theme, h: HeatmapInput): Record<string, unknown> {
  return {
    type: "heatmap", x: [...h.x], y: [...h.y], z: h.z.map((r) => [...r]),
    text: h.text.map((r) => [...r]), texttemplate: "%{text}", textfont: { size: theme.fontSize, family: theme.fontFamily },
    customdata: h.hover.map((r) => [...r]), hovertemplate: "%{customdata}<extra></extra>", hoverongaps: true,
    colorscale: h.colorscale.map(([p, c]) => [p, c]), zmin: h.zmin, zmax: h.zmax, ...(h.zmid !== undefined ? { zmid: h.zmid } : {}),
    xgap: 1, ygap: 1, showscale: Boolean(h.colorbar), ...(h.colorbar ? { colorbar: h.colorbar } : {}),
  };
}
