/** A rectangle in data units. */
export interface Rect {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/**
 * Fill patterns drawn as vector paths (plotly `path` shapes), because
 * Chromium rasterises SVG `<pattern>` fills (plotly's `marker.pattern`) when
 * it prints a PDF. `kx` and `ky` are px per data unit, so lines run at 45° on
 * the page; lines are `spacing` px apart and anchored to the page grid, so
 * adjacent rectangles continue each other's lines. Shapes: "/", "\\", "x",
 * "-", "|" (lines) and "." (dots); "" gives no path.
 *
 * @example
 * hatchPath({ x0: 0, x1: 1, y0: 0, y1: 1 }, "-", 10, 10, 5); // "M0,0L1,0M0,0.5L1,0.5M0,1L1,1"
 */
export function hatchPath(r: Rect, shape: string, kx: number, ky: number, spacing = 5): string {
  const X0 = Math.min(r.x0, r.x1) * kx, X1 = Math.max(r.x0, r.x1) * kx, Y0 = Math.min(r.y0, r.y1) * ky, Y1 = Math.max(r.y0, r.y1) * ky;
  if (!(X1 > X0 && Y1 > Y0) || !(kx > 0 && ky > 0)) return "";
  const seg: string[] = [];
  const n = (v: number) => String(Math.round(v * 1e6) / 1e6);
  const line = (xa: number, ya: number, xb: number, yb: number) => seg.push(`M${n(xa / kx)},${n(ya / ky)}L${n(xb / kx)},${n(yb / ky)}`);
  const diag = spacing * Math.SQRT2;
  if (shape === "/" || shape === "x") {
    for (let c = Math.ceil((Y0 - X1) / diag) * diag; c <= Y1 - X0; c += diag) {
      const xa = Math.max(X0, Y0 - c), xb = Math.min(X1, Y1 - c);
      if (xb > xa) line(xa, xa + c, xb, xb + c);
    }
  }
  if (shape === "\\" || shape === "x") {
    for (let c = Math.ceil((X0 + Y0) / diag) * diag; c <= X1 + Y1; c += diag) {
      const xa = Math.max(X0, c - Y1), xb = Math.min(X1, c - Y0);
      if (xb > xa) line(xa, c - xa, xb, c - xb);
    }
  }
  if (shape === "-") for (let y = Math.ceil(Y0 / spacing) * spacing; y <= Y1; y += spacing) line(X0, y, X1, y);
  if (shape === "|") for (let x = Math.ceil(X0 / spacing) * spacing; x <= X1; x += spacing) line(x, Y0, x, Y1);
  if (shape === ".") {
    const d = 0.75;
    for (let y = Math.ceil(Y0 / spacing) * spacing + spacing / 2; y < Y1; y += spacing) {
      for (let x = Math.ceil(X0 / spacing) * spacing + spacing / 2; x < X1; x += spacing) seg.push(`M${n((x - d) / kx)},${n((y - d) / ky)}H${n((x + d) / kx)}V${n((y + d) / ky)}H${n((x - d) / kx)}Z`);
    }
  }
  return seg.join("");
}

/** A plotly path shape drawing a hatch in `ink` (dots filled, lines stroked). */
export function hatchShape(path: string, shape: string, ink: string, xref: string, yref: string, width = 0.6): Record<string, unknown> {
  return shape === "."
    ? { type: "path", path, xref, yref, fillcolor: ink, line: { width: 0 }, layer: "above" }
    : { type: "path", path, xref, yref, line: { color: ink, width }, fillcolor: "rgba(0, 0, 0, 0)", layer: "above" };
}
