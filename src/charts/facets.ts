/** One panel of a grid of small multiples, in plotly's paper coordinates. */
export interface Panel {
  readonly index: number;
  readonly row: number;
  readonly col: number;
  /** Trace refs ("x", "x2", …) and layout keys ("xaxis", "xaxis2", …). */
  readonly xref: string;
  readonly yref: string;
  readonly xkey: string;
  readonly ykey: string;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/**
 * A grid of `n` panels in `cols` columns, filled row by row from the top,
 * with gaps given in px of a plotting area `width` × `height` px.
 *
 * @example
 * facetGrid(2, 2, 400, 200, 20, 0)[1].x; // => [0.525, 1]
 */
export function facetGrid(n: number, cols: number, width: number, height: number, gapX: number, gapY: number): Panel[] {
  const c = Math.max(1, Math.min(cols, n));
  const rows = Math.max(1, Math.ceil(n / c));
  const gx = width > 0 ? gapX / width : 0, gy = height > 0 ? gapY / height : 0;
  const w = (1 - gx * (c - 1)) / c, h = (1 - gy * (rows - 1)) / rows;
  const r4 = (v: number) => Math.round(v * 1e6) / 1e6;
  return Array.from({ length: n }, (_, i) => {
    const row = Math.floor(i / c), col = i % c, k = i === 0 ? "" : String(i + 1);
    const x0 = col * (w + gx), y1 = 1 - row * (h + gy);
    return { index: i, row, col, xref: `x${k}`, yref: `y${k}`, xkey: `xaxis${k}`, ykey: `yaxis${k}`, x: [r4(x0), r4(Math.min(1, x0 + w))] as const, y: [r4(Math.max(0, y1 - h)), r4(y1)] as const };
  });
}

/** A panel title as an annotation centred above the panel. */
export function panelTitle(p: Panel, text: string, size: number): Record<string, unknown> {
  return { text, showarrow: false, xref: "paper", yref: "paper", x: (p.x[0] + p.x[1]) / 2, xanchor: "center", y: p.y[1], yanchor: "bottom", yshift: 2, font: { size } };
}
