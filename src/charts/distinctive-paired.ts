import type { FeatureResult } from "../features/result";
import { REST, type DistinctiveParams, type DistinctiveTermRow } from "../features/terminology/distinctive";
import type { PairedParams, PairedTermRow } from "../features/terminology/paired-terms";
import { maxOf, minOf } from "../stats/extent";
import { compareCodeUnits } from "../util/compare";
import { expectKind } from "./check";
import { NOT_SIGNIFICANT_NOTE, panelCounts, significanceMarker, significant, splitRange, topBothSides } from "./distinctive-terms";
import { facetGrid, panelTitle } from "./facets";
import { axis, frame } from "./layout";
import { joinNotes, limitOutlets } from "./outlet-limit";
import { outletStyles } from "./outlets";
import { NEUTRAL_GREY } from "./palette";
import { chartSpec } from "./spec";
import { escapeText, fmt, labelWidth, plural, truncate, wrap } from "./text";
import { DEFAULT_THEME } from "./theme";
import type { ChartOptions, ChartSpec } from "./types";

export interface DistinctivePairedChartOptions extends ChartOptions {
  /** Terms per side of each panel: the k highest paired z and the k lowest. Defaults to *6* below 480 px width, else *10*. */
  top?: number;
  /** Panels per row. Defaults to *2* below 480 px width, else *3*. */
  columns?: number;
}

type Paired = FeatureResult<"distinctive-terms-paired", PairedParams, PairedTermRow>;
type Pooled = FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow>;

/**
 * Paired and pooled distinctive terms side by side (issue 11 finding 5): one
 * panel per outlet, a bar per term for its paired (within-event) z, the top k
 * on each side, labelled with the events it leans each way ("8↑ 1↓"); a grey
 * diamond on the same row marks the term's pooled z against the rest (from
 * `pooled`, when it compared each outlet with the rest and has the term), so
 * a word choice pooled keyness dilutes stands out as a long bar far from its
 * diamond.
 */
export function chartDistinctivePaired(paired: Paired, pooled: Pooled | null, options: DistinctivePairedChartOptions = {}): ChartSpec {
  expectKind("chartDistinctivePaired", paired, "distinctive-terms-paired");
  if (pooled) expectKind("chartDistinctivePaired", pooled, "distinctive-terms");
  const cut = limitOutlets(paired, options, (r) => [r.outlet]);
  const rowsAll = cut.result.rows;
  options = cut.options;
  const theme = options.theme ?? DEFAULT_THEME;
  const { k, cols } = panelCounts(theme, options);
  const pooledZ = new Map<string, number>(); // outlet, n, term -> pooled z against the rest
  for (const r of pooled?.rows ?? []) if (r.reference === REST) pooledZ.set(`${r.target}\u0000${r.n}\u0000${r.term}`, r.z);
  const byOutlet = new Map<string, PairedTermRow[]>();
  for (const r of rowsAll) { const l = byOutlet.get(r.outlet); if (l) l.push(r); else byOutlet.set(r.outlet, [r]); }
  const outlets = [...byOutlet.keys()].sort(compareCodeUnits);
  const styles = outletStyles(outlets, options);
  const panels = outlets.map((outlet) => {
    const rows = topBothSides(byOutlet.get(outlet)!, k);
    return { outlet, rows, pooled: rows.map((r) => pooledZ.get(`${outlet}\u0000${r.n}\u0000${r.term}`) ?? null) };
  });
  const barFont = theme.fontSize * 0.95, slot = barFont * 1.45;
  const panelH = maxOf(panels.map((p) => p.rows.length), 2) * slot;
  const nRows = Math.ceil(panels.length / cols);
  const panelTitleH = theme.fontSize * 1.3 * 2 + 2, gapY = panelTitleH + theme.fontSize * 1.4 + 10, gapX = theme.fontSize * 1.2;
  const plotH = nRows * panelH + (nRows - 1) * gapY;
  const xTitle = "z within events (bars) and pooled against the rest (◆); > 0: the outlet uses the term more";
  const f = frame(theme, { title: options.title === undefined ? "Distinctive terms within events (paired) and pooled" : options.title, plotHeight: plotH, xTitle, extra: { t: panelTitleH }, footnote: joinNotes(NOT_SIGNIFICANT_NOTE, cut.note) });
  const grid = facetGrid(panels.length, cols, f.plotWidth, plotH, gapX, gapY);
  const panelW = grid.length ? (grid[0].x[1] - grid[0].x[0]) * f.plotWidth : 0;
  const traces: Record<string, unknown>[] = [];
  const layout: Record<string, unknown> = { ...f.layout, showlegend: false, bargap: 0.25 };
  const annotations = [...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? [])];
  grid.forEach((g) => {
    const p = panels[g.index];
    const t = styles.get(p.outlet)!;
    const zs = p.rows.map((r) => r.z);
    const marks = p.pooled.filter((z): z is number => z !== null);
    const terms = p.rows.map((r) => truncate(escapeText(`${r.term} ${r.eventsFor}↑${r.eventsAgainst}↓`), panelW * 0.4, barFont, theme));
    const { range } = splitRange(panelW - 4, minOf(zs.concat(marks), 0), maxOf(zs.concat(marks), 0),
      maxOf(terms.filter((_, i) => zs[i] > 0).map((x) => labelWidth(x, barFont, theme)), 0),
      maxOf(terms.filter((_, i) => zs[i] < 0).map((x) => labelWidth(x, barFont, theme)), 0));
    const y = p.rows.map((_, i) => i);
    traces.push({
      type: "bar", orientation: "h", xaxis: g.xref, yaxis: g.yref, x: zs, y,
      marker: significanceMarker(p.rows, (r) => (r.z > 0 ? t.color : NEUTRAL_GREY)),
      customdata: p.rows.map((r, i) => `<b>${escapeText(r.term)}</b><br>${escapeText(t.label)} vs the event's other outlets<br>paired z = ${fmt(r.z, 2)}${significant(r.z) ? "" : " (not significant, |z| < 1.96)"}, δ = ${fmt(r.delta, 2)} ± ${fmt(r.sigma, 2)}<br>leans its way in ${r.eventsFor} of ${plural(r.events, "event")}, the other way in ${r.eventsAgainst}<br>pooled z = ${p.pooled[i] === null ? "–" : fmt(p.pooled[i]!, 2)}`),
      hovertemplate: "%{customdata}<extra></extra>",
    });
    traces.push({
      type: "scatter", mode: "markers", xaxis: g.xref, yaxis: g.yref, x: p.pooled, y, hoverinfo: "skip",
      marker: { symbol: "diamond", size: barFont * 0.7, color: theme.textColor, line: { width: 0 } },
    });
    traces.push({
      type: "scatter", mode: "text", xaxis: g.xref, yaxis: g.yref, x: zs.map(() => 0), y, hoverinfo: "skip", cliponaxis: false,
      text: terms.map((x, i) => (zs[i] > 0 ? `${x}\u2009` : `\u2009${x}`)),
      textposition: p.rows.map((r) => (r.z > 0 ? "middle left" : "middle right")), textfont: { size: barFont, color: theme.textColor },
    });
    layout[g.xkey] = axis(theme, { domain: g.x, anchor: g.yref, range, zeroline: true, zerolinecolor: theme.lineColor, zerolinewidth: theme.lineWidth, nticks: 4, showgrid: false });
    layout[g.ykey] = axis(theme, { domain: g.y, anchor: g.xref, range: [p.rows.length - 0.5, -0.5], showline: false, ticks: "", showticklabels: false });
    annotations.push(panelTitle(g, wrap(escapeText(t.label), Math.floor(panelW / (theme.fontSize * theme.charWidth * 1.05))), theme.fontSize));
  });
  annotations.push({ text: f.titles.x, showarrow: false, xref: "paper", yref: "paper", x: 0.5, xanchor: "center", y: 0, yanchor: "top", yshift: -(theme.fontSize * 1.25 + 8), font: { size: theme.axisTitleSize } });
  layout.annotations = annotations;
  const data = {
    columns: ["outlet", "term", "n", "z_paired", "delta", "sigma", "events", "events_for", "events_against", "z_pooled"],
    rows: panels.flatMap((p) => p.rows.map((r, i) => [p.outlet, r.term, r.n, r.z, r.delta, r.sigma, r.events, r.eventsFor, r.eventsAgainst, p.pooled[i]])),
  };
  return chartSpec("distinctive-terms-paired", theme, traces, layout, f.height, data);
}
