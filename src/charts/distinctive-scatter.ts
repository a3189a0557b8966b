import type { FeatureResult } from "../features/result";
import { REST, type DistinctiveParams, type DistinctiveTermRow } from "../features/terminology/distinctive";
import { expectKind } from "./check";
import { comparisonsOf, limitComparisons } from "./distinctive-terms";
import { placedLabel, placeLabels, type Box } from "./label-placement";
import { axis, frame } from "./layout";
import { chartSpec } from "./spec";
import { outletStyles } from "./outlets";
import { LIGHT_GREY, withAlpha } from "./palette";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, plural, slug, textWidth } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf, minOf } from "../stats/extent";
import { compareCodeUnits } from "../util/compare";

export interface DistinctiveScatterOptions extends ChartOptions {
  /** The comparison's target outlet. Defaults to *the first target*. */
  target?: string;
  /** Its reference: another outlet or `"(rest)"`. Defaults to *the first comparison of the target*. */
  reference?: string;
  /** Terms to label on each side (highest and lowest z), placed without overlap; some may be skipped. Defaults to *8*. */
  labels?: number;
  /** |z| from which a term is coloured as distinctive. Defaults to *1.96*. */
  threshold?: number;
}

/**
 * A scattertext-style view (Kessler 2017) of one comparison: every term at
 * its total frequency (log scale, jittered by a fixed hash of the term within
 * ±12% so that equal counts do not stack) against its log-odds z. Terms past
 * ±threshold are coloured (the target's colour above, dark grey below); the
 * top terms of each side are labelled by {@link placeLabels}, which skips a
 * label rather than let it overlap a point or another label.
 */
export function chartDistinctiveScatter(result: FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow>, options: DistinctiveScatterOptions = {}): ChartSpec {
  expectKind("chartDistinctiveScatter", result, "distinctive-terms");
  const comps = comparisonsOf(result);
  if (comps.length === 0) throw new Error("chartDistinctiveScatter: the result has no comparisons (see its warnings)");
  const target = options.target ?? comps[0].target;
  const comp = comps.find((c) => c.target === target && (options.reference === undefined || c.reference === options.reference));
  if (!comp) throw new Error(`invalid target/reference: no comparison "${target}" vs "${options.reference ?? "any"}" (comparisons: ${comps.map((c) => `${c.target} vs ${c.reference}`).join(", ")})`);
  const nLabels = options.labels ?? 8;
  if (!Number.isInteger(nLabels) || nLabels < 0) throw new Error(`invalid labels: ${nLabels} (use a whole number ≥ 0)`);
  const threshold = options.threshold ?? 1.96;
  const theme = options.theme ?? DEFAULT_THEME;
  const styles = outletStyles(comps.flatMap((c) => (c.reference === REST ? [c.target] : [c.target, c.reference])), options);
  const t = styles.get(comp.target)!;
  const refName = comp.reference === REST ? "the other outlets" : styles.get(comp.reference)!.label;
  const rows = result.rows.filter((r) => r.target === comp.target && r.reference === comp.reference).sort((a, b) => compareCodeUnits(a.term, b.term));
  const freq = rows.map((r) => (r.countTarget + r.countReference) * Math.pow(10, (hash01(r.term) - 0.5) * 0.1));
  const lx = freq.map((f) => Math.log10(Math.max(f, 1e-9)));
  const xr: [number, number] = [minOf(lx, 0) - 0.12, maxOf(lx, 1) + 0.12];
  const zs = rows.map((r) => r.z);
  const zlo = minOf(zs, -threshold), zhi = maxOf(zs, threshold);
  const yr: [number, number] = [zlo - (zhi - zlo) * 0.06, zhi + (zhi - zlo) * 0.06];
  const klass = (z: number) => (z >= threshold ? 0 : z <= -threshold ? 1 : 2);
  const names = [`more in ${escapeText(t.label)} (z ≥ ${fmt(threshold, 2)})`, `more in ${escapeText(refName)} (z ≤ ${fmt(-threshold, 2)})`, "not distinctive"];
  const colors = [t.color, "#4D4D4D", LIGHT_GREY];
  const f = frame(theme, {
    title: options.title === undefined ? `Distinctive terms, ${t.label} vs ${refName}: frequency and log-odds z` : options.title,
    plotHeight: Math.round(theme.width * (theme.width < 480 ? 0.8 : 0.5)), legend: names, legendSymbol: 16,
    yLabels: ["−10"], yTitle: "z of the log-odds ratio (informative Dirichlet prior)", xTitle: "Frequency of the term in both sides together (log scale, jittered)",
  });
  const plotH = f.height - f.margin.t - f.margin.b;
  const toPx = (i: number) => ({ x: ((lx[i] - xr[0]) / (xr[1] - xr[0])) * f.plotWidth, y: (1 - (zs[i] - yr[0]) / (yr[1] - yr[0])) * plotH });
  const size = theme.markerSize - 2;
  const hover = rows.map((r) => `<b>${escapeText(r.term)}</b><br>z = ${fmt(r.z, 2)}, δ = ${fmt(r.delta, 2)}<br>count ${r.countTarget} (${escapeText(t.label)}) vs ${r.countReference}<br>in ${plural(r.articleIds.length, "article")} vs ${r.referenceArticles}`);
  // draw grey first, coloured on top
  const traces = [2, 1, 0].map((k) => {
    const idx = rows.map((_, i) => i).filter((i) => klass(zs[i]) === k);
    return {
      type: "scatter", mode: "markers", name: names[k], legendrank: k + 1, x: idx.map((i) => freq[i]), y: idx.map((i) => zs[i]),
      marker: { color: k === 2 ? withAlpha("#9A9A9A", 0.45) : colors[k], size: k === 2 ? size - 1 : size, symbol: k === 1 ? "square" : "circle", line: { width: 0 } },
      customdata: idx.map((i) => hover[i]), hovertemplate: "%{customdata}<extra></extra>",
    };
  });
  // labels: the top n of each side by |z|, most extreme first
  const pos = rows.map((_, i) => i).filter((i) => zs[i] > 0).sort((a, b) => zs[b] - zs[a]).slice(0, nLabels);
  const neg = rows.map((_, i) => i).filter((i) => zs[i] < 0).sort((a, b) => zs[a] - zs[b]).slice(0, nLabels);
  const want = [...pos, ...neg].sort((a, b) => Math.abs(zs[b]) - Math.abs(zs[a]) || compareCodeUnits(rows[a].term, rows[b].term));
  const labelFont = theme.fontSize * 0.92;
  const obstacles: Box[] = rows.map((_, i) => { const p = toPx(i); return { x0: p.x - size / 2, y0: p.y - size / 2, x1: p.x + size / 2, y1: p.y + size / 2 }; });
  const places = placeLabels(want.map((i) => ({ ...toPx(i), width: textWidth(rows[i].term, labelFont, theme) + 2, height: labelFont * 1.2 })), {
    bounds: { x0: 0, y0: 0, x1: f.plotWidth, y1: plotH }, obstacles, offset: size / 2 + 2,
  });
  const labelled = want.map((i, k) => ({ i, p: places[k] })).filter((x) => x.p !== null);
  const annotations = [
    ...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? []),
    ...labelled.map(({ i, p }) => placedLabel(escapeText(rows[i].term), lx[i], zs[i], p!, labelFont, theme.textColor, size / 2)),
  ];
  const line = (y: number) => ({ type: "line", xref: "paper", x0: 0, x1: 1, yref: "y", y0: y, y1: y, line: { color: "#808080", width: theme.lineWidth, dash: "dot" }, layer: "below" });
  const layout = {
    ...f.layout, annotations,
    xaxis: axis(theme, { title: f.titles.x, type: "log", range: xr, dtick: 1, tickformat: "d", minor: { ticks: "outside", ticklen: 2, tickwidth: theme.lineWidth * 0.8, showgrid: false } }),
    yaxis: axis(theme, { title: f.titles.y, range: yr, zeroline: true, zerolinecolor: "#b3b3b3", zerolinewidth: theme.lineWidth, nticks: 7 }),
    shapes: [line(threshold), line(-threshold)],
  };
  const data = {
    columns: ["target", "reference", "term", "count_target", "count_reference", "frequency", "z", "delta", "labelled"],
    rows: rows.map((r, i) => [r.target, r.reference, r.term, r.countTarget, r.countReference, r.countTarget + r.countReference, r.z, r.delta, labelled.some((x) => x.i === i) ? "yes" : "no"]),
  };
  return chartSpec(`distinctive-scatter-${slug(comp.target)}${comp.reference === REST ? "" : `-vs-${slug(comp.reference)}`}`, theme, traces, layout, f.height, data);
}

/** {@link chartDistinctiveScatter} for every comparison of the result. */
export function chartDistinctiveScatters(result: FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow>, options: Omit<DistinctiveScatterOptions, "target" | "reference"> = {}): ChartSpec[] {
  expectKind("chartDistinctiveScatters", result, "distinctive-terms");
  // one scatter per comparison: only those among the outlets shown (the report's section says how many are left out)
  const limited = limitComparisons(result, options);
  return comparisonsOf(limited.result).map((c) => chartDistinctiveScatter(limited.result, { ...limited.options, target: c.target, reference: c.reference }));
}

/** A fixed number in [0, 1) from a string (FNV-1a), for jitter that does not change between runs. */
export function hash01(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0) / 4294967296;
}
