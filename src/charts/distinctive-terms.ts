import type { FeatureResult } from "../features/result";
import { REST, type DistinctiveParams, type DistinctiveTermRow } from "../features/terminology/distinctive";
import { expectKind } from "./check";
import { facetGrid, panelTitle } from "./facets";
import { axis, frame } from "./layout";
import { chartSpec } from "./spec";
import { outletStyles, type OutletStyle } from "./outlets";
import { NEUTRAL_GREY, withAlpha } from "./palette";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, labelWidth, plural, truncate, wrap } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf, minOf } from "../stats/extent";
import { joinNotes, limitOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface DistinctiveTermsChartOptions extends ChartOptions {
  /** Terms per side of each panel: the k highest z and the k lowest. Defaults to *6* below 480 px width, else *10*. */
  top?: number;
  /** Panels per row. Defaults to *2* below 480 px width, else *3*. */
  columns?: number;
}

/** The comparisons of a result, sorted as its rows are; a pair's unigram and bigram analyses (issue 11 finding 3) are one comparison here, drawn in one panel. */
export function comparisonsOf(result: FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow>): { target: string; reference: string }[] {
  const seen = new Set<string>(), out: { target: string; reference: string }[] = [];
  for (const c of result.params.comparisons) {
    const k = `${c.target}\u0000${c.reference}`;
    if (!seen.has(k)) { seen.add(k); out.push({ target: c.target, reference: c.reference }); }
  }
  return out.sort((a, b) => compareCodeUnits(a.target, b.target) || compareCodeUnits(a.reference, b.reference));
}

/**
 * The result cut to the comparisons among the outlets shown under
 * `options.maxOutlets` (see {@link limitOutlets}; "the rest" is no outlet),
 * with the options to draw it and the note ("" when nothing was cut).
 */
export function limitComparisons<O extends ChartOptions>(result: FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow>, options: O): { result: FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow>; options: O; note: string } {
  const cut = limitOutlets({ rows: result.params.comparisons }, options, (c) => (c.reference === REST ? [c.target] : [c.target, c.reference]));
  if (!cut.shown) return { result, options, note: "" };
  const keep = new Set(cut.result.rows.map((c) => `${c.target}\u0000${c.reference}`));
  const rows = result.rows.filter((r) => keep.has(`${r.target}\u0000${r.reference}`));
  return { result: { ...result, params: { ...result.params, comparisons: cut.result.rows }, rows }, options: cut.options, note: cut.note };
}

/**
 * Distinctive terms: one panel per comparison (each outlet vs the rest, or
 * each pair), with diverging bars of the log-odds z (Monroe, Colaresi & Quinn
 * 2008) for the top k terms on each side. Bars to the right are the target's
 * terms, in its colour; bars to the left the reference's (grey for "the
 * rest"). Each term is written at the end of its bar; the x range is widened
 * so that the words fit inside the panel.
 */
export function chartDistinctiveTerms(result: FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow>, options: DistinctiveTermsChartOptions = {}): ChartSpec {
  expectKind("chartDistinctiveTerms", result, "distinctive-terms");
  const limited = limitComparisons(result, options);
  result = limited.result;
  options = limited.options;
  const theme = options.theme ?? DEFAULT_THEME;
  const { k, cols } = panelCounts(theme, options);
  const comps = comparisonsOf(result);
  const styles = outletStyles(comps.flatMap((c) => (c.reference === REST ? [c.target] : [c.target, c.reference])), options);
  const byComparison = new Map<string, DistinctiveTermRow[]>(); // one pass over the rows, not one per comparison
  for (const r of result.rows) {
    const key = `${r.target}\u0000${r.reference}`;
    const l = byComparison.get(key);
    if (l) l.push(r); else byComparison.set(key, [r]);
  }
  const panels = comps.map((c) => ({ ...c, rows: topBothSides(byComparison.get(`${c.target}\u0000${c.reference}`) ?? [], k) }));
  const barFont = theme.fontSize * 0.95;
  const slot = barFont * 1.45;
  const panelH = maxOf(panels.map((p) => p.rows.length), 2) * slot;
  const rows = Math.ceil(panels.length / cols);
  const panelTitleH = theme.fontSize * 1.3 * 2 + 2, gapY = panelTitleH + theme.fontSize * 1.4 + 10, gapX = theme.fontSize * 1.2;
  const nameOf = (id: string) => (id === REST ? "the other outlets" : styles.get(id)!.label);
  const xTitle = "z of the log-odds ratio with informative Dirichlet prior (> 0: the outlet uses the term more)";
  const f = frame(theme, {
    title: options.title === undefined ? "Distinctive terms of each outlet" : options.title,
    plotHeight: rows * panelH + (rows - 1) * gapY, xTitle, extra: { t: panelTitleH }, footnote: joinNotes(NOT_SIGNIFICANT_NOTE, limited.note),
  });
  const plotH = rows * panelH + (rows - 1) * gapY;
  const grid = facetGrid(panels.length, cols, f.plotWidth, plotH, gapX, gapY);
  const panelW = grid.length ? (grid[0].x[1] - grid[0].x[0]) * f.plotWidth : 0;
  const traces: Record<string, unknown>[] = [];
  const layout: Record<string, unknown> = { ...f.layout, showlegend: false, bargap: 0.25 };
  const annotations = [...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? [])];
  const shapes: Record<string, unknown>[] = [];
  grid.forEach((g) => {
    const p = panels[g.index];
    const t: OutletStyle = styles.get(p.target)!;
    const refColor = p.reference === REST ? NEUTRAL_GREY : styles.get(p.reference)!.color;
    const zs = p.rows.map((r) => r.z);
    const terms = p.rows.map((r) => truncate(escapeText(r.term), panelW * 0.4, barFont, theme));
    const { range } = splitRange(panelW - 4, minOf(zs, 0), maxOf(zs, 0),
      maxOf(terms.filter((_, i) => zs[i] > 0).map((t) => labelWidth(t, barFont, theme)), 0),
      maxOf(terms.filter((_, i) => zs[i] < 0).map((t) => labelWidth(t, barFont, theme)), 0));
    const y = p.rows.map((_, i) => i);
    traces.push({
      type: "bar", orientation: "h", xaxis: g.xref, yaxis: g.yref, x: zs, y,
      marker: significanceMarker(p.rows, (r) => (r.z > 0 ? t.color : refColor)),
      customdata: p.rows.map((r) => `<b>${escapeText(r.term)}</b><br>${escapeText(t.label)} vs ${escapeText(nameOf(p.reference))}<br>z = ${fmt(r.z, 2)}${significant(r.z) ? "" : " (not significant, |z| < 1.96)"}, δ = ${fmt(r.delta, 2)} (log-odds)<br>count ${r.countTarget} vs ${r.countReference}<br>in ${plural(r.articleIds.length, "article")} vs ${r.referenceArticles}`),
      hovertemplate: "%{customdata}<extra></extra>",
    });
    // each term at the zero line, on the side its bar does not take
    traces.push({
      type: "scatter", mode: "text", xaxis: g.xref, yaxis: g.yref, x: zs.map(() => 0), y, hoverinfo: "skip", cliponaxis: false,
      text: terms.map((t, i) => (zs[i] > 0 ? `${t}\u2009` : `\u2009${t}`)),
      textposition: p.rows.map((r) => (r.z > 0 ? "middle left" : "middle right")), textfont: { size: barFont, color: theme.textColor },
    });
    layout[g.xkey] = axis(theme, { domain: g.x, anchor: g.yref, range, zeroline: true, zerolinecolor: theme.lineColor, zerolinewidth: theme.lineWidth, nticks: 4, showgrid: false });
    layout[g.ykey] = axis(theme, { domain: g.y, anchor: g.xref, range: [p.rows.length - 0.5, -0.5], showline: false, ticks: "", showticklabels: false });
    const title = p.reference === REST ? escapeText(t.label) : `${escapeText(t.label)} vs ${escapeText(nameOf(p.reference))}`;
    annotations.push(panelTitle(g, wrap(title, Math.floor(panelW / (theme.fontSize * theme.charWidth * 1.05))), theme.fontSize));
  });
  annotations.push({ text: f.titles.x, showarrow: false, xref: "paper", yref: "paper", x: 0.5, xanchor: "center", y: 0, yanchor: "top", yshift: -(theme.fontSize * 1.25 + 8), font: { size: theme.axisTitleSize } });
  layout.annotations = annotations;
  layout.shapes = shapes;
  const data = {
    columns: ["target", "reference", "term", "n", "z", "delta", "sigma", "count_target", "count_reference", "articles_target", "articles_reference"],
    rows: panels.flatMap((p) => p.rows.map((r) => [p.target, p.reference, r.term, r.n, r.z, r.delta, r.sigma, r.countTarget, r.countReference, r.articleIds.length, r.referenceArticles])),
  };
  return chartSpec("distinctive-terms", theme, traces, layout, f.height, data);
}

/** |z| from which a bar is drawn as significant: 1.96, the two-sided 5% quantile of the standard normal. */
export const Z_SIGNIFICANT = 1.96;

/** Whether a term's z is drawn as significant: |z| ≥ {@link Z_SIGNIFICANT} (exactly 1.96 is significant, 1.9599 is not). */
export function significant(z: number): boolean {
  return Math.abs(z) >= Z_SIGNIFICANT;
}

/** The caption's word on pale bars. */
export const NOT_SIGNIFICANT_NOTE = "Pale, outlined bars: not significant (|z| < 1.96, two-sided 5% level per term, not corrected for the number of terms).";

/** Bar marker for terms: solid in `colorOf` when significant, pale (35% opacity) with an outline in the colour when |z| < 1.96, so the mark reads in greyscale. */
export function significanceMarker<R extends { readonly z: number }>(rows: readonly R[], colorOf: (r: R) => string): Record<string, unknown> {
  return {
    color: rows.map((r) => (significant(r.z) ? colorOf(r) : withAlpha(colorOf(r), 0.35))),
    line: { width: rows.map((r) => (significant(r.z) ? 0 : 0.75)), color: rows.map(colorOf) },
  };
}

/** Terms per side (`top`) and panels per row (`columns`) of a distinctive-terms chart, defaults by width, checked. */
export function panelCounts(theme: { width: number }, options: { top?: number; columns?: number }): { k: number; cols: number } {
  const narrow = theme.width < 480;
  const k = options.top ?? (narrow ? 6 : 10);
  if (!Number.isInteger(k) || k < 1) throw new Error(`invalid top: ${k} (use a whole number ≥ 1)`);
  const cols = options.columns ?? (narrow ? 2 : 3);
  if (!Number.isInteger(cols) || cols < 1) throw new Error(`invalid columns: ${cols} (use a whole number ≥ 1)`);
  return { k, cols };
}

/** The k rows of highest z above 0, then the k of lowest z below 0 (nearest 0 first), ties by term: one panel's bars. */
export function topBothSides<R extends { readonly z: number; readonly term: string }>(rows: readonly R[], k: number): R[] {
  const pos = rows.filter((r) => r.z > 0).sort((a, b) => b.z - a.z || compareCodeUnits(a.term, b.term)).slice(0, k);
  const neg = rows.filter((r) => r.z < 0).sort((a, b) => a.z - b.z || compareCodeUnits(a.term, b.term)).slice(0, k).reverse();
  return pos.concat(neg);
}

/**
 * The x range of a diverging bar panel `width` px wide whose labels sit at
 * the zero line on the side away from their bars: the left part must hold
 * the longest negative bar and the widest label of a positive bar, the right
 * part the longest positive bar and the widest label of a negative bar. Finds
 * the largest px-per-unit scale that fits (bisection) and shares the slack.
 */
export function splitRange(width: number, zmin: number, zmax: number, posLabel: number, negLabel: number): { range: [number, number]; scale: number } {
  const pad = 8;
  const need = (s: number) => [Math.max(posLabel + pad, -zmin * s), Math.max(negLabel + pad, zmax * s)];
  let lo = 0, hi = Math.max(1, width) / Math.max(1e-9, zmax - zmin);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const [l, r] = need(mid);
    if (l + r <= width) lo = mid; else hi = mid;
  }
  const s = Math.max(lo, 1e-9);
  const [l, r] = need(s);
  const slack = Math.max(0, width - l - r);
  const left = l + slack * (l / (l + r)), right = width - left;
  return { range: [-left / s, right / s], scale: s };
}
