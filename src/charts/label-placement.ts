/** An axis-aligned box in px, y growing downward. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A label to place next to its point (px, y downward). */
export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  /** Estimated extent of the text in px. */
  readonly width: number;
  readonly height: number;
}

/** Where a label went: its offset from the point and the anchor plotly needs. */
export interface Placement {
  readonly dx: number;
  /** Offset in px, y downward (plotly's `yshift` is −dy). */
  readonly dy: number;
  readonly xanchor: "left" | "center" | "right";
  readonly yanchor: "top" | "middle" | "bottom";
  readonly box: Box;
  /** Right beside the point (first ring, not diagonal); otherwise draw a leader line. */
  readonly near: boolean;
}

export interface PlaceOptions {
  /** Labels must stay inside this box (the plotting area). */
  readonly bounds: Box;
  /** Boxes labels must not cover (the points, drawn marks). */
  readonly obstacles?: readonly Box[];
  /** Gap between a point and its label in px. Defaults to *4*. */
  readonly offset?: number;
}

type Side = [number, number, Placement["xanchor"], Placement["yanchor"]];
/** Candidate positions in order of preference: right, left, above, below, then the four diagonals. */
const SIDES: readonly Side[] = [[1, 0, "left", "middle"], [-1, 0, "right", "middle"], [0, -1, "center", "bottom"], [0, 1, "center", "top"], [1, -1, "left", "bottom"], [-1, -1, "right", "bottom"], [1, 1, "left", "top"], [-1, 1, "right", "top"]];

/**
 * Greedy, deterministic label placement: labels are taken in the order
 * given (put the most important first); each tries eight positions around
 * its point at the offset, then at 2 and 3.5 times the offset, and takes the first whose
 * box stays inside the bounds and overlaps neither an obstacle nor a label
 * placed before. A label with no free position is skipped (null) rather than
 * drawn over another; one placed away from its point is flagged (`near`
 * false) for a leader line. Cost O(labels² + labels × obstacles).
 *
 * @example
 * placeLabels([{ x: 10, y: 10, width: 20, height: 8 }], { bounds: { x0: 0, y0: 0, x1: 100, y1: 100 } })[0]?.xanchor; // => "left"
 */
export function placeLabels(labels: readonly LabelRequest[], options: PlaceOptions): (Placement | null)[] {
  const offset = options.offset ?? 4;
  const placed: Box[] = [];
  const obstacles = options.obstacles ?? [];
  const b = options.bounds;
  return labels.map((l) => {
    for (const ring of [1, 2, 3.5]) {
      for (const [sx, sy, xanchor, yanchor] of SIDES) {
        const dx = sx * offset * ring, dy = sy * offset * ring;
        const cx = l.x + dx, cy = l.y + dy;
        const x0 = xanchor === "left" ? cx : xanchor === "right" ? cx - l.width : cx - l.width / 2;
        const y0 = yanchor === "top" ? cy : yanchor === "bottom" ? cy - l.height : cy - l.height / 2;
        const box = { x0, y0, x1: x0 + l.width, y1: y0 + l.height };
        if (box.x0 < b.x0 || box.y0 < b.y0 || box.x1 > b.x1 || box.y1 > b.y1) continue;
        if (placed.some((p) => overlaps(p, box)) || obstacles.some((o) => overlaps(o, box))) continue;
        placed.push(box);
        return { dx, dy, xanchor, yanchor, box, near: ring === 1 && (sx === 0 || sy === 0) };
      }
    }
    return null;
  });
}

/** True when two boxes share more than an edge. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * A plotly annotation for a placed label at data point (x, y): beside the
 * point it is shifted text; further away a thin grey leader line runs from the
 * point (stopping `standoff` px short of it) to the label.
 */
export function placedLabel(text: string, x: number, y: number, p: Placement, size: number, color: string, standoff: number): Record<string, unknown> {
  const base = { text, xref: "x", yref: "y", x, y, xanchor: p.xanchor, yanchor: p.yanchor, align: p.xanchor === "right" ? "right" : "left", font: { size, color }, captureevents: false };
  if (p.near) return { ...base, showarrow: false, xshift: p.dx, yshift: -p.dy || 0 };
  return { ...base, showarrow: true, arrowhead: 0, arrowwidth: 0.6, arrowcolor: "#8c8c8c", axref: "pixel", ayref: "pixel", ax: p.dx, ay: p.dy, standoff };
}
