import type { PositionRow } from "../features/emphasis/index";
import type { FeatureResult } from "../features/result";
import type { SectionOptions } from "../features/emphasis/index";
import type { MentionKind } from "../profile/mention-targets";
import { expectKind } from "./check";
import { hash01 } from "./distinctive-scatter";
import { axis, categoryAxis, frame, rowsHeight } from "./layout";
import { chartSpec } from "./spec";
import { outletStyles, outletTick, tickChars } from "./outlets";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, humanize, slug, textWidth } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { limitOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface FirstMentionOptions extends ChartOptions {
  /** The target's kind, when its key is used by more than one kind. */
  kind?: MentionKind;
}

/** The width given to the lead (the body takes the rest of [0, 1]); the headline zone lies left of 0. */
const LEAD_W = 0.2;

/**
 * Position of first mention: a strip plot, one row per outlet and one point
 * per article, of where the article first names the target, in three bands:
 * the headline; the lead (the first `leadSentences` content sentences); the
 * body. A point's band is its article's own placement; within the lead and
 * the body it sits at its relative position in that part, mapped from the
 * article's relative position p by the article's lead edge λ (see
 * {@link articleLeadEdges}): lead x = 0.2·p/λ, body x = 0.2 + 0.8·(p − λ)/(1 − λ).
 * Points are jittered vertically by a fixed hash of the article id.
 */
export function chartFirstMention(result: FeatureResult<"mention-positions", Required<SectionOptions>, PositionRow>, target: string, options: FirstMentionOptions = {}): ChartSpec {
  expectKind("chartFirstMention", result, "mention-positions");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const kinds = [...new Set(result.rows.filter((r) => r.key === target).map((r) => r.kind))].sort(compareCodeUnits);
  const kind = options.kind ?? kinds[0];
  if (kinds.length === 0 || !kinds.includes(kind)) throw new Error(`invalid target: no article mentions "${target}"${options.kind ? ` as ${options.kind}` : ""} (give an actor, concept or frame key of the lexicon)`);
  if (options.kind === undefined && kinds.length > 1) throw new Error(`invalid target: "${target}" is a key of several kinds (${kinds.join(", ")}); say which with the kind option`);
  const theme = options.theme ?? DEFAULT_THEME;
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const outlets = [...new Set(result.rows.map((r) => r.outlet))].sort(compareCodeUnits);
  const rows = result.rows.filter((r) => r.key === target && r.kind === kind);
  const edges = articleLeadEdges(result.rows);
  const ticks = outlets.map((o) => outletTick(styles.get(o)!, tickChars(theme.width)));
  const name = kind === "actor" ? target : humanize(target);
  const f = frame(theme, {
    title: options.title === undefined ? `Where each article first names ${kind === "actor" ? "" : `the ${kind} `}“${name}”` : options.title,
    plotHeight: rowsHeight(theme, ticks, 1.6), yLabels: ticks, extra: { t: theme.fontSize * 1.4, r: theme.fontSize * 1.2 },
    xTitle: `First mention: in the headline, the lead (first ${result.params.leadSentences} sentences) or the body, at its relative position within that part`,
    footnote: limited.note,
  });
  // the headline zone must hold its label: wider on narrow figures
  const zone = Math.max(0.2, (textWidth("headline", theme.fontSize * 0.95, theme) + 8) / Math.max(1, f.plotWidth) * 1.25);
  const x0 = -zone - 0.03, headX = -zone / 2 - 0.03;
  const x = (r: PositionRow) => (r.placement === "headline" ? headX + (hash01(r.articleId + "x") - 0.5) * zone * 0.4 : bandX(r, edges.get(r.articleId) ?? 0.1));
  const traces = outlets.map((o) => {
    const s = styles.get(o)!;
    const mine = rows.filter((r) => r.outlet === o && (r.placement === "headline" || r.firstPosition !== null)).sort((a, b) => compareCodeUnits(a.articleId, b.articleId));
    return {
      type: "scatter", mode: "markers", name: escapeText(s.label), showlegend: false,
      x: mine.map(x), y: mine.map((r) => outlets.indexOf(o) + (hash01(r.articleId) - 0.5) * 0.5),
      marker: { color: s.color, symbol: s.symbol, size: theme.markerSize, opacity: 0.85, line: { width: s.symbol.endsWith("-open") ? theme.traceWidth : 0, color: s.color } },
      customdata: mine.map((r) => `<b>${escapeText(s.label)}</b>, article ${escapeText(r.articleId)}<br>first named in the ${r.placement}${r.firstPosition === null ? "" : `; first content mention at ${fmt(r.firstPosition, 2)}`}<br>${r.mentions} mention${r.mentions === 1 ? "" : "s"}`),
      hovertemplate: "%{customdata}<extra></extra>",
    };
  });
  const band = (x0: number, x1: number, fill: string) => ({ type: "rect", xref: "x", yref: "paper", x0, x1, y0: 0, y1: 1, fillcolor: fill, line: { width: 0 }, layer: "below" });
  const label = (xv: number, text: string) => ({ text, showarrow: false, xref: "x", x: xv, xanchor: "center", yref: "paper", y: 1, yanchor: "bottom", font: { size: theme.fontSize * 0.95, color: "#4d4d4d" } });
  const layout = {
    ...f.layout,
    xaxis: axis(theme, { title: f.titles.x, range: [x0, 1.02], tickvals: [0, LEAD_W, LEAD_W + (1 - LEAD_W) / 2, 1], ticktext: ["start", "", "middle", "end"] }),
    yaxis: categoryAxis(theme, { type: "linear", range: [outlets.length - 0.5, -0.5], tickvals: outlets.map((_, i) => i), ticktext: ticks, zeroline: false }),
    shapes: [band(x0, -0.03, "#dcdcdc"), band(-0.01, LEAD_W, "#efefef")],
    annotations: [
      ...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? []), label(headX, "headline"), label(LEAD_W / 2, "lead"), label((LEAD_W + 1) / 2, "body"),
      ...outlets.flatMap((o, i) => (rows.some((r) => r.outlet === o) ? [] : [{ text: `not named`, showarrow: false, xref: "x", x: 1, xanchor: "right", yref: "y", y: i, font: { size: theme.fontSize * 0.95, color: "#666666" } }])),
    ],
  };
  const data = {
    columns: ["outlet", "label", "article", "kind", "key", "placement", "first_position", "mentions"],
    rows: outlets.flatMap((o) => rows.filter((r) => r.outlet === o).sort((a, b) => compareCodeUnits(a.articleId, b.articleId)).map((r) => [o, styles.get(o)!.label, r.articleId, r.kind, r.key, r.placement, r.firstPosition, r.mentions])),
  };
  return chartSpec(`first-mention-${slug(target)}`, theme, traces, layout, f.height, data);
}

/** x of a content first mention in the lead/body bands, given its article's lead edge λ. */
export function bandX(r: PositionRow, edge: number): number | null {
  const p = r.firstPosition;
  if (p === null) return null;
  if (r.placement === "lead") return edge > 0 ? LEAD_W * Math.min(1, p / edge) : 0;
  return edge < 1 ? LEAD_W + (1 - LEAD_W) * Math.max(0, (p - edge) / (1 - edge)) : 1;
}

/**
 * Each article's lead edge λ in relative position (content sentence i of n
 * is at i/(n − 1)): it lies between the last first-mention placed in the
 * lead and the first placed in the body, over every target of the article;
 * λ is their midpoint, or the lead side alone (the body side halved) when
 * the article has no body (lead) row.
 */
export function articleLeadEdges(rows: readonly PositionRow[]): Map<string, number> {
  const by = new Map<string, { lead: number; body: number }>();
  for (const r of rows) {
    if (r.firstPosition === null) continue;
    const a = by.get(r.articleId) ?? { lead: -1, body: 2 };
    if (r.placement === "lead") a.lead = Math.max(a.lead, r.firstPosition);
    if (r.placement === "body") a.body = Math.min(a.body, r.firstPosition);
    by.set(r.articleId, a);
  }
  return new Map([...by].map(([id, a]) => [id, a.lead >= 0 && a.body <= 1 ? (a.lead + a.body) / 2 : a.lead >= 0 ? a.lead : a.body / 2]));
}
