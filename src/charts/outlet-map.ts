import type { DivergenceRow, DivergenceScope } from "../features/divergence/divergence";
import { divergenceMatrix } from "../features/divergence/combined";
import { expectKind, expectOneOf } from "./check";
import { FAMILY_MEASURES, type DivergenceResult } from "./divergence";
import { placedLabel, placeLabels } from "./label-placement";
import { axis, frame } from "./layout";
import { chartSpec } from "./spec";
import { classicalMds } from "../stats/mds";
import { outletStyles, tickChars } from "./outlets";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, labelWidth, pct, wrap } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf, minOf } from "../stats/extent";
import { joinNotes, limitOutlets } from "./outlet-limit";

export interface OutletMapOptions extends ChartOptions {
  /** The family whose distances are mapped; sentiment uses |difference|. Defaults to *combined*. */
  family?: DivergenceRow["family"];
  /** Defaults to *pooled*. */
  scope?: Exclude<DivergenceScope, "event">;
}

/**
 * The outlet map: a 2-D classical MDS (Torgerson 1952; Gower 1966; see
 * {@link classicalMds}) of the outlet × outlet divergence (combined by
 * default), equal scales on both axes so that distance on the page is
 * distance in the map, each axis titled with its share of the positive
 * eigenvalues. Outlets with an undefined distance to another are left out
 * (the one with most gaps first) and named in a note. Labels are placed
 * beside their points without overlap.
 */
export function chartOutletMap(result: DivergenceResult, options: OutletMapOptions = {}): ChartSpec {
  expectKind("chartOutletMap", result, "divergence");
  const limited = limitOutlets(result, options, (r) => [r.outletA, r.outletB]);
  result = limited.result;
  options = limited.options;
  const family = expectOneOf("family", options.family ?? "combined", Object.keys(FAMILY_MEASURES) as DivergenceRow["family"][]);
  const scope = expectOneOf("scope", options.scope ?? "pooled", ["pooled", "over-events"] as const);
  const theme = options.theme ?? DEFAULT_THEME;
  const m = divergenceMatrix(result.rows, family, scope);
  const { outlets, values, dropped } = completeSubmatrix(m.outlets, m.values.map((r) => r.map((v) => (v === null ? null : Math.abs(v)))));
  const styles = outletStyles(m.outlets, options);
  const mds = classicalMds(values as number[][], 2);
  const pts = mds.coordinates;
  const negative = mds.eigenvalues.filter((v) => v < 0).reduce((a, v) => a - v, 0);
  const absTotal = mds.eigenvalues.reduce((a, v) => a + Math.abs(v), 0);
  const notes = [
    ...(dropped.length ? [`Left out (a distance is undefined): ${dropped.map((o) => escapeText(styles.get(o)!.label)).join(", ")}.`] : []),
    ...(absTotal > 0 && negative / absTotal > 0.05 ? [`The distances are not Euclidean: ${pct(negative / absTotal)} of the eigenvalue mass is negative, so the map distorts them.`] : []),
  ];
  const labelFont = theme.fontSize;
  const names = new Map(outlets.map((o) => [o, wrap(escapeText(styles.get(o)!.label), tickChars(theme.width))]));
  const f = frame(theme, {
    title: options.title === undefined ? `Outlet map: classical MDS of the ${family === "combined" ? "combined divergence" : `${family} divergence`}` : options.title,
    plotHeight: Math.round(theme.width * (theme.width < 480 ? 0.85 : 0.55)), yLabels: ["−0.00"],
    xTitle: `MDS dimension 1 (${pct(mds.explained[0])} of positive eigenvalues)`, yTitle: `MDS dimension 2 (${pct(mds.explained[1])})`,
    footnote: joinNotes(limited.note, ...notes),
  });
  const plotH = f.height - f.margin.t - f.margin.b;
  // equal px per unit on both axes, every point inside with room for its label
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  const spanX = Math.max(1e-9, maxOf(xs, 0) - minOf(xs, 0)), spanY = Math.max(1e-9, maxOf(ys, 0) - minOf(ys, 0));
  const maxLabel = maxOf(outlets.map((o) => labelWidth(names.get(o)!, labelFont, theme)), 0);
  const unit = Math.min((f.plotWidth - maxLabel - 24) / spanX, (plotH - 6 * labelFont) / spanY);
  const scale = unit > 0 ? unit : Math.min(f.plotWidth / spanX, plotH / spanY) * 0.6;
  const cx = (maxOf(xs, 0) + minOf(xs, 0)) / 2, cy = (maxOf(ys, 0) + minOf(ys, 0)) / 2;
  const xr = [cx - f.plotWidth / 2 / scale, cx + f.plotWidth / 2 / scale], yr = [cy - plotH / 2 / scale, cy + plotH / 2 / scale];
  const toPx = (p: number[]) => ({ x: (p[0] - xr[0]) * scale, y: (yr[1] - p[1]) * scale });
  const size = theme.markerSize + 2;
  const places = placeLabels(outlets.map((o, i) => ({ ...toPx(pts[i]), width: labelWidth(names.get(o)!, labelFont, theme) + 2, height: labelFont * 1.25 * names.get(o)!.split("<br>").length })), {
    bounds: { x0: 0, y0: 0, x1: f.plotWidth, y1: plotH },
    obstacles: pts.map((p) => { const q = toPx(p); return { x0: q.x - size / 2, y0: q.y - size / 2, x1: q.x + size / 2, y1: q.y + size / 2 }; }),
    offset: size / 2 + 3,
  });
  const traces = outlets.map((o, i) => {
    const s = styles.get(o)!;
    const near = outlets.map((b, j) => ({ b, d: values[i][j]! })).filter((x) => x.b !== o).sort((a, b) => a.d - b.d);
    return {
      type: "scatter", mode: "markers", name: escapeText(s.label), showlegend: false, x: [pts[i][0]], y: [pts[i][1]],
      marker: { color: s.color, symbol: s.symbol, size, line: { width: s.symbol.endsWith("-open") ? theme.traceWidth : 0, color: s.color } },
      customdata: [`<b>${escapeText(s.label)}</b><br>${near.map((x) => `${escapeText(styles.get(x.b)!.label)}: ${fmt(x.d, 3)}`).join("<br>")}`],
      hovertemplate: "%{customdata}<extra></extra>",
    };
  });
  const annotations = [
    ...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? []),
    ...outlets.flatMap((o, i) => {
      const p = places[i];
      // a label that cannot be placed without overlap is dropped; the point keeps its hover
      return p ? [placedLabel(names.get(o)!, pts[i][0], pts[i][1], p, labelFont, theme.textColor, size / 2)] : [];
    }),
  ];
  const layout = {
    ...f.layout, annotations,
    xaxis: axis(theme, { title: f.titles.x, range: xr, zeroline: true, zerolinecolor: "#d0d0d0", zerolinewidth: theme.lineWidth, nticks: 6, tickformat: ".2~f" }),
    yaxis: axis(theme, { title: f.titles.y, range: yr, zeroline: true, zerolinecolor: "#d0d0d0", zerolinewidth: theme.lineWidth, nticks: 6, tickformat: ".2~f" }),
  };
  const data = {
    columns: ["outlet", "label", "dim1", "dim2", "family", "scope", "explained1", "explained2"],
    rows: outlets.map((o, i) => [o, styles.get(o)!.label, pts[i][0], pts[i][1], family, scope, mds.explained[0], mds.explained[1]]),
  };
  return chartSpec(`outlet-map${family === "combined" ? "" : `-${family}`}${scope === "pooled" ? "" : `-${scope}`}`, theme, traces, layout, f.height, data);
}

/**
 * The largest set of outlets whose distances are all defined, found by
 * dropping, one at a time, the outlet with the most undefined distances
 * (the later one in order on a tie).
 */
export function completeSubmatrix(outlets: readonly string[], values: readonly (readonly (number | null)[])[]): { outlets: string[]; values: (number | null)[][]; dropped: string[] } {
  let keep = outlets.map((_, i) => i);
  const dropped: string[] = [];
  for (;;) {
    const gaps = keep.map((i) => keep.filter((j) => j !== i && values[i][j] === null).length);
    const worst = maxOf(gaps, 0);
    if (worst === 0) break;
    const k = gaps.lastIndexOf(worst);
    dropped.push(outlets[keep[k]]);
    keep = keep.filter((_, n) => n !== k);
  }
  return { outlets: keep.map((i) => outlets[i]), values: keep.map((i) => keep.map((j) => (i === j ? 0 : values[i][j]))), dropped };
}
