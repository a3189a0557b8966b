import type { DivergenceParams, DivergenceRow, DivergenceScope } from "../features/divergence/divergence";
import { divergenceMatrix } from "../features/divergence/combined";
import { indexDivergence } from "../features/divergence/lookup";
import type { FeatureResult } from "../features/result";
import { expectKind, expectOneOf } from "./check";
import { CELL_TEXT_MAX, heatmapTrace, showsCellText } from "./heatmap";
import { largeHeatmapAxes } from "./heatmap-axes";
import { clusteredOrder, permuted, seriate, type HeatmapOrder } from "./seriation";
import { categoryAxis, frame, rowsHeight } from "./layout";
import { chartSpec } from "./spec";
import { columnTicks, outletStyles, outletTick, tickChars } from "./outlets";
import { DIVERGING, SEQUENTIAL } from "./palette";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, labelWidth, plural } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf } from "../stats/extent";
import { joinNotes, limitOutlets } from "./outlet-limit";
import { pValueBelow } from "../stats/p-format";

export type DivergenceResult = FeatureResult<"divergence", DivergenceParams, DivergenceRow>;
type Family = DivergenceRow["family"];

/** What each family's value is, for titles and colour bars. */
export const FAMILY_MEASURES: Readonly<Record<Family, string>> = Object.freeze({
  terms: "Jensen–Shannon divergence of term distributions (bits)",
  labels: "Jensen–Shannon divergence of concept-label choice, mean over shared concepts (bits)",
  sentiment: "Difference in mean sentence sentiment, row minus column",
  emphasis: "Jensen–Shannon divergence of frame attention (bits)",
  voice: "Jensen–Shannon divergence of quoted words by speaker (bits)",
  coverage: "Coverage distance, 1 − Jaccard similarity of the claims carried",
  combined: "Combined divergence: mean over families of the distance scaled by the family's largest pair",
});

const FAMILY_NAMES: Readonly<Record<Family, string>> = Object.freeze({
  terms: "terms", labels: "label choice", sentiment: "sentiment", emphasis: "emphasis (frames)", voice: "voice", coverage: "coverage (claims)", combined: "all families combined",
});

export interface DivergenceChartOptions extends ChartOptions {
  /** *pooled* (all articles of each outlet) or *over-events* (mean of per-event values). Defaults to *pooled*. */
  scope?: Exclude<DivergenceScope, "event">;
  /** Order of the outlets on both axes: *id*, *clustered* (seriation of the family's distances, see `seriate`) or *auto*: id up to 20 outlets, clustered past it. Defaults to *auto*. */
  order?: HeatmapOrder;
}

/**
 * Pairwise divergence of one family as an outlet × outlet heatmap: the
 * symmetric families on a white-to-blue scale from 0 (blank diagonal),
 * sentiment as an antisymmetric matrix (row − column) on a diverging scale
 * centred at 0. Values are printed in the cells; hover gives the interval,
 * p-value, note and articles behind each pair. A pair with no value is blank.
 */
export function chartDivergence(result: DivergenceResult, family: Family, options: DivergenceChartOptions = {}): ChartSpec {
  expectKind("chartDivergence", result, "divergence");
  expectOneOf("family", family, Object.keys(FAMILY_MEASURES) as Family[]);
  const limited = limitOutlets(result, options, (r) => [r.outletA, r.outletB]);
  return divergenceHeatmap(limited.result, family, limited.options, limited.note);
}

/** {@link chartDivergence} of a result already cut to the outlets shown, with the note saying what was cut. */
function divergenceHeatmap(result: DivergenceResult, family: Family, options: DivergenceChartOptions, note: string): ChartSpec {
  const scope = expectOneOf("scope", options.scope ?? "pooled", ["pooled", "over-events"] as const);
  const theme = options.theme ?? DEFAULT_THEME;
  const m = divergenceMatrix(result.rows, family, scope);
  const { outlets, values } = clusteredOrder(options.order, m.outlets.length, CELL_TEXT_MAX) ? permuted(m.outlets, m.values, seriate(m.outlets, m.values)) : m;
  if (outlets.length === 0) throw new Error(`chartDivergence: the result has no ${scope} rows for family "${family}" (families present: ${[...new Set(result.rows.filter((r) => r.scope === scope).map((r) => r.family))].join(", ") || "none"})`);
  const styles = outletStyles(outlets, options);
  const signed = family === "sentiment";
  const z = values.map((r, i) => r.map((v, j) => (i === j ? null : v)));
  const max = maxOf(z.flat().map((v) => Math.abs(v ?? 0)), signed ? 0.02 : 0.01);
  const index = indexDivergence(result.rows);
  const row = (a: string, b: string) => index.get(family, scope, null, a, b);
  const level = Math.round(result.params.level * 100);
  const ticks = outlets.map((o) => outletTick(styles.get(o)!, tickChars(theme.width)));
  const caption = `n behind each cell (hover): the articles of both outlets${signed ? "; cells give row minus column" : ""}.`;
  let axes: { x: { tickvals: readonly string[]; ticktext: readonly string[]; angle: number }; y: { tickvals: readonly string[]; ticktext: readonly string[] }; plotHeight: number; xTickHeight: number; note: string };
  if (showsCellText(outlets.length, outlets.length)) {
    const colWidth = (theme.width - theme.margin.l - theme.margin.r - 12 - maxOf(ticks.map((t) => labelWidth(t, theme.fontSize, theme)), 0)) / Math.max(1, outlets.length);
    const cols = columnTicks(styles, outlets, colWidth, theme);
    axes = { x: { tickvals: outlets, ticktext: cols.ticks, angle: cols.angle }, y: { tickvals: outlets, ticktext: ticks }, plotHeight: Math.max(rowsHeight(theme, ticks, 1.6), Math.min(colWidth, theme.rowHeight * 2.2) * outlets.length), xTickHeight: cols.height, note: cols.footnote };
  } else {
    axes = largeHeatmapAxes(theme, { yKeys: outlets, yTicks: ticks, outlets, styles, square: true, rowsWhat: "outlets" });
  }
  const order = clusteredOrder(options.order, outlets.length, CELL_TEXT_MAX) ? "Outlets in clustered order (seriation by the first principal coordinate of the distances)." : "";
  const f = frame(theme, {
    footnote: joinNotes(axes.note, caption, order, note), xTickHeight: axes.xTickHeight,
    title: options.title === undefined ? `Divergence between outlets: ${FAMILY_NAMES[family]}${scope === "over-events" ? " (mean over events)" : ""}` : options.title,
    plotHeight: axes.plotHeight, yLabels: axes.y.ticktext,
    colorbar: FAMILY_MEASURES[family],
  });
  const trace = heatmapTrace(theme, {
    x: outlets, y: outlets, z,
    text: z.map((r) => r.map((v) => (v === null ? "" : fmt(v, signed ? 3 : 2)))),
    hover: outlets.map((a, i) => outlets.map((b, j) => {
      const head = `<b>${escapeText(styles.get(a)!.label)}</b> vs <b>${escapeText(styles.get(b)!.label)}</b>`;
      if (i === j) return head;
      const r = row(a, b);
      if (!r) return `${head}<br>no row`;
      const flip = signed && r.outletA !== a ? -1 : 1;
      const lo = r.lower === null ? null : flip === 1 ? r.lower : -r.upper!, hi = r.upper === null ? null : flip === 1 ? r.upper : -r.lower!;
      const [na, nb] = r.outletA === a ? [r.nA, r.nB] : [r.nB, r.nA];
      return `${head}<br>${r.value === null ? "undefined" : `${fmt(flip * r.value, 3)}${lo !== null && hi !== null ? `, ${level}% interval [${fmt(lo, 3)}, ${fmt(hi, 3)}]` : ""}`}`
        + `${r.p === null ? (r.test === "not testable" ? "<br>not testable (see the note)" : "") : `<br>p = ${pValueBelow(r.p, 3) ?? fmt(r.p, 3)} (${r.test}); Holm p = ${r.pHolm === null ? "–" : pValueBelow(r.pHolm, 3) ?? fmt(r.pHolm, 3)}`}<br>n = ${plural(na, "article")} vs ${nb}${r.events === null ? "" : `; ${plural(r.events, "event")}`}${r.note ? `<br>${escapeText(r.note)}` : ""}`;
    })),
    colorscale: signed ? DIVERGING : SEQUENTIAL, zmin: signed ? -max : 0, zmax: max, ...(signed ? { zmid: 0 } : {}), colorbar: f.colorbar,
  });
  const layout = {
    ...f.layout,
    xaxis: categoryAxis(theme, { tickvals: axes.x.tickvals, ticktext: axes.x.ticktext, tickangle: axes.x.angle }),
    yaxis: categoryAxis(theme, { tickvals: axes.y.tickvals, ticktext: axes.y.ticktext, autorange: "reversed" }),
  };
  const data = {
    columns: ["family", "scope", "outlet_a", "outlet_b", "value", "lower", "upper", "p", "p_holm", "p_bh", "test", "articles_a", "articles_b", "events", "note"],
    rows: result.rows.filter((r) => r.family === family && r.scope === scope && r.event === null)
      .map((r) => [r.family, r.scope, r.outletA, r.outletB, r.value, r.lower, r.upper, r.p, r.pHolm, r.pBH, r.test, r.nA, r.nB, r.events, r.note]),
  };
  return chartSpec(`divergence-${family}${scope === "pooled" ? "" : `-${scope}`}`, theme, [trace], layout, f.height, data);
}

/** {@link chartDivergence} for every family with rows at the scope, in the result's family order, combined last. */
export function chartDivergences(result: DivergenceResult, options: DivergenceChartOptions = {}): ChartSpec[] {
  expectKind("chartDivergences", result, "divergence");
  const scope = options.scope ?? "pooled";
  const present = new Set(result.rows.filter((r) => r.scope === scope && r.event === null).map((r) => r.family));
  // cut to the outlets shown once for all families, not once per chart
  const limited = limitOutlets(result, options, (r) => [r.outletA, r.outletB]);
  return (Object.keys(FAMILY_MEASURES) as Family[]).filter((f) => present.has(f)).map((f) => divergenceHeatmap(limited.result, f, limited.options, limited.note));
}
