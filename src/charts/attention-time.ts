import type { FeatureResult } from "../features/result";
import type { AttentionKind, AttentionParams, AttentionRow } from "../features/time/index";
import { compareCodeUnits } from "../util/compare";
import { maxOf } from "../stats/extent";
import { pushAll } from "../util/push-all";
import { expectKind } from "./check";
import { facetGrid, panelTitle } from "./facets";
import { axis, frame } from "./layout";
import { checkMaxOutlets, DEFAULT_MAX_OUTLETS, joinNotes, limitOutlets } from "./outlet-limit";
import { outletStyles } from "./outlets";
import { chartSpec } from "./spec";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, humanize, plural, wrap } from "./text";
import type { ChartOptions, ChartSpec } from "./types";

export interface AttentionTimeChartOptions extends ChartOptions {
  /** Panels: the most-mentioned keys of `kinds`, one panel each. Defaults to *6*. */
  keys?: number;
  /** Kinds the panels are chosen from. Defaults to *actor, concept and frame* (labels split a concept; their rows are in the table). */
  kinds?: readonly AttentionKind[];
  /** Most outlets (lines) per panel, those with most articles; never more than `maxOutlets`. Defaults to *8*. */
  outletsPerPanel?: number;
  /** Panels per row. Defaults to *1* below 480 px width, else *2*. */
  columns?: number;
}

/** One chosen key: what a panel follows. */
export interface AttentionKey {
  readonly kind: AttentionKind;
  readonly key: string;
  readonly concept: string | null;
  /** Mentions over every outlet and period. */
  readonly mentions: number;
}

const KINDS: readonly AttentionKind[] = ["actor", "concept", "frame", "label"];

const idOf = (r: { kind: string; key: string; concept: string | null }) => `${r.kind}\u0000${r.key}\u0000${r.concept ?? ""}`;

/**
 * The keys of `kinds` by mentions over all rows, most mentioned first (ties:
 * kind, key, concept in code-unit order); keys with no mention are left out.
 * One pass over the rows.
 */
export function rankAttentionKeys(rows: readonly AttentionRow[], kinds: readonly AttentionKind[]): AttentionKey[] {
  const totals = new Map<string, { kind: AttentionKind; key: string; concept: string | null; mentions: number }>();
  for (const r of rows) {
    if (!kinds.includes(r.kind)) continue;
    const id = idOf(r);
    const t = totals.get(id) ?? totals.set(id, { kind: r.kind, key: r.key, concept: r.concept, mentions: 0 }).get(id)!;
    t.mentions += r.mentions;
  }
  return [...totals.entries()].filter(([, t]) => t.mentions > 0).sort((a, b) => b[1].mentions - a[1].mentions || compareCodeUnits(a[0], b[0])).map(([, t]) => t);
}

/**
 * Attention over time: small multiples, one panel per most-mentioned key
 * (actor, concept or frame), a line per outlet of its mentions per article
 * in each period (day, ISO week or month, as the result counted), on one
 * shared y axis from 0. A period in which an outlet published nothing is a
 * gap in its line, not a zero; the hover gives mentions and articles (n) of
 * every point. Lines are bounded: the `outletsPerPanel` outlets with most
 * articles, the note says how many more the table holds.
 */
export function chartAttentionTime(result: FeatureResult<"attention-over-time", AttentionParams, AttentionRow>, options: AttentionTimeChartOptions = {}): ChartSpec {
  expectKind("chartAttentionTime", result, "attention-over-time");
  const n = options.keys ?? 6;
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid keys: ${String(n)} (use a whole number ≥ 1)`);
  const perPanel = options.outletsPerPanel ?? 8;
  checkMaxOutlets(perPanel, "outletsPerPanel");
  const kinds = options.kinds ?? ["actor", "concept", "frame"];
  for (const k of kinds) if (!KINDS.includes(k)) throw new Error(`invalid kinds: ${JSON.stringify(k)} (use "actor", "concept", "frame" or "label")`);
  const limited = limitOutlets(result, { ...options, maxOutlets: Math.min(options.maxOutlets ?? DEFAULT_MAX_OUTLETS, perPanel) }, (r) => [r.outlet]);
  const rows = limited.result.rows;
  const theme = options.theme ?? DEFAULT_THEME;
  const ranked = rankAttentionKeys(rows, kinds);
  const keys = ranked.slice(0, n);
  if (keys.length === 0) throw new Error(`chartAttentionTime: no ${kinds.join(", ")} mentions to draw`);
  const styles = outletStyles(rows.map((r) => r.outlet), limited.options);
  const outlets = [...new Set(rows.map((r) => r.outlet))].sort(compareCodeUnits);
  // key → outlet → its rows in period order (rows come in outlet, period order)
  const chosen = new Set(keys.map(idOf));
  const series = new Map<string, Map<string, AttentionRow[]>>();
  for (const r of rows) {
    const id = idOf(r);
    if (!chosen.has(id)) continue;
    const byOutlet = series.get(id) ?? series.set(id, new Map()).get(id)!;
    (byOutlet.get(r.outlet) ?? byOutlet.set(r.outlet, []).get(r.outlet)!).push(r);
  }
  const unit = result.params.period;
  const per = unit === "week" ? "ISO week (Monday to Sunday)" : unit;
  const yMax = maxOf(rows.filter((r) => chosen.has(idOf(r))).map((r) => r.mentionsPerArticle ?? 0), 0);
  const cols = options.columns ?? (theme.width < 480 ? 1 : 2);
  if (!Number.isInteger(cols) || cols < 1) throw new Error(`invalid columns: ${String(cols)} (use a whole number ≥ 1)`);
  const gridRows = Math.ceil(keys.length / cols);
  const gapX = theme.fontSize * 2, panelTitleH = theme.fontSize * 1.3 + 4, gapY = panelTitleH + theme.fontSize * 1.6 + 6;
  const panelH = theme.width < 480 ? 100 : 110;
  const plotH = gridRows * panelH + (gridRows - 1) * gapY;
  const title = options.title === undefined ? `Attention over time: mentions per article, by ${unit}` : options.title;
  const which = ranked.length > keys.length ? `the ${keys.length} most mentioned of ${ranked.length} (${kinds.map((k) => `${k}s`).join(", ")}; the table has every one)` : `every ${kinds.join(", ")} mentioned`;
  const note = `Each line is an outlet's mentions per article in each ${per}; a gap is a ${unit} in which the outlet published no dated article. Panels: ${which}.`;
  const f = frame(theme, {
    title, plotHeight: plotH, legend: outlets.map((o) => escapeText(styles.get(o)!.label)), legendSymbol: 36,
    yLabels: [fmt(yMax, 1)], yTitle: "Mentions per article", xTitle: `${humanize(unit)} (start date)`, extra: { t: panelTitleH },
    footnote: joinNotes(note, limited.note),
  });
  const grid = facetGrid(keys.length, cols, f.plotWidth, plotH, gapX, gapY);
  const traces: Record<string, unknown>[] = [];
  const layout: Record<string, unknown> = { ...f.layout };
  const annotations = [...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? [])];
  const charsPerPanel = Math.floor((f.plotWidth / cols) / (theme.fontSize * theme.charWidth * 1.05));
  grid.forEach((p) => {
    const k = keys[p.index];
    const byOutlet = series.get(idOf(k)) ?? new Map<string, AttentionRow[]>();
    outlets.forEach((o) => {
      const s = styles.get(o)!, line = byOutlet.get(o);
      if (!line) return; // the outlet never mentions this key: no line (the table has no rows for it either)
      traces.push({
        type: "scatter", mode: "lines+markers", name: escapeText(s.label), legendgroup: s.id, showlegend: p.index === 0, xaxis: p.xref, yaxis: p.yref,
        x: line.map((r) => r.start), y: line.map((r) => r.mentionsPerArticle), connectgaps: false,
        line: { color: s.color, width: theme.traceWidth, dash: s.dash },
        marker: { color: s.color, symbol: s.symbol, size: theme.markerSize - 2, line: { width: s.symbol.endsWith("-open") ? theme.traceWidth : 0, color: s.color } },
        text: line.map((r) => `<b>${escapeText(s.label)}</b>, ${escapeText(r.period)}<br>${escapeText(keyLabel(k))}: ` + (r.articles
          ? `${plural(r.mentions, "mention")} in ${plural(r.articles, "article")} (n = ${r.articles}), ${fmt(r.mentionsPerArticle, 2)} per article`
          : "no dated article this period")),
        hovertemplate: "%{text}<extra></extra>",
      });
    });
    const bottom = p.index + cols >= keys.length;
    layout[p.xkey] = axis(theme, { type: "date", domain: p.x, anchor: p.yref, showticklabels: bottom, nticks: 5 });
    layout[p.ykey] = axis(theme, { grid: true, domain: p.y, anchor: p.xref, showticklabels: p.col === 0, range: [0, yMax * 1.05 || 1], nticks: 4, tickformat: ".2~f" });
    annotations.push(panelTitle(p, wrap(escapeText(keyLabel(k)), charsPerPanel), theme.fontSize));
  });
  annotations.push({ text: f.titles.x, showarrow: false, xref: "paper", yref: "paper", x: 0.5, xanchor: "center", y: 0, yanchor: "top", yshift: -(theme.fontSize * 1.25 + 8), font: { size: theme.axisTitleSize } });
  annotations.push({ text: f.titles.y, showarrow: false, textangle: -90, xref: "paper", yref: "paper", x: 0, xanchor: "right", xshift: -(theme.fontSize * 2.6 + 6), y: 0.5, yanchor: "middle", font: { size: theme.axisTitleSize } });
  layout.annotations = annotations;
  const data = {
    columns: ["outlet", "label", "period", "start", "kind", "key", "concept", "mentions", "articles", "mentions_per_article"],
    rows: [] as (string | number | null)[][],
  };
  for (const k of keys) {
    for (const o of outlets) {
      pushAll(data.rows, (series.get(idOf(k))?.get(o) ?? []).map((r) => [o, styles.get(o)!.label, r.period, r.start, r.kind, r.key, r.concept, r.mentions, r.articles, r.mentionsPerArticle]));
    }
  }
  return chartSpec("attention-over-time", theme, traces, layout, f.height, data);
}

/** "Lavrov (actor)", "war (label of conflict)". */
function keyLabel(k: { kind: AttentionKind; key: string; concept: string | null }): string {
  return k.kind === "label" ? `${k.key} (label of ${humanize(k.concept ?? "")})` : `${k.kind === "actor" ? k.key : humanize(k.key)} (${k.kind})`;
}
