import type { Theme } from "./theme";
import type { ChartData, ChartSpec } from "./types";

/** plotly config for the theme: static for papers, hover/zoom in notebooks; no logo, no cloud links. */
export function config(theme: Theme, name: string, width: number, height: number): Record<string, unknown> {
  return {
    displaylogo: false, responsive: false, staticPlot: !theme.interactive, displayModeBar: theme.interactive ? "hover" : false,
    toImageButtonOptions: { format: "svg", filename: name, width, height, scale: 1 },
  };
}

/** Assembles the spec every chart returns, as plain JSON data (see {@link plain}). */
export function chartSpec(name: string, theme: Theme, traces: Record<string, unknown>[], layout: Record<string, unknown>, height: number, data: ChartData): ChartSpec {
  return plain({ name, width: theme.width, height, figure: { data: traces, layout, config: config(theme, name, theme.width, height) }, data }, name);
}

/**
 * A deep copy that JSON keeps exactly: −0 becomes 0, `undefined` members are
 * dropped, and a NaN or infinite number throws (it would silently become
 * null in JSON), naming where it is.
 */
export function plain<T>(x: T, where = "figure"): T {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new Error(`${where}: ${x} is not a finite number (a chart bug: please report it with the input)`);
    return (Object.is(x, -0) ? 0 : x) as T;
  }
  if (Array.isArray(x)) return x.map((v, i) => plain(v, `${where}[${i}]`)) as T;
  if (x && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (v !== undefined) out[k] = plain(v, `${where}.${k}`);
    return out as T;
  }
  return x;
}
