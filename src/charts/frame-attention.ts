import type { FrameAttentionParams, FrameAttentionRow } from "../features/emphasis/index";
import type { FeatureResult } from "../features/result";
import { expectKind, expectOneOf } from "./check";
import { CELL_TEXT_MAX, heatmapTrace, showsCellText } from "./heatmap";
import { largeHeatmapAxes } from "./heatmap-axes";
import { clusteredOrder, columnDistances, seriate, type HeatmapOrder } from "./seriation";
import { categoryAxis, frame, rowsHeight } from "./layout";
import { chartSpec } from "./spec";
import { columnTicks, outletStyles } from "./outlets";
import { SEQUENTIAL } from "./palette";
import { DEFAULT_THEME } from "./theme";
import { escapeText, humanize, labelWidth, pct, plural, wrap } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf } from "../stats/extent";
import { joinNotes, limitOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface FrameAttentionChartOptions extends ChartOptions {
  /** Which sentences: *all* (headline and content), *headline*, *lead* or *body*. Defaults to *all*. */
  section?: "all" | "headline" | "lead" | "body";
  /** The measure: *sentenceShare* (share of sentences carrying the frame) or *tokenShare* (share of words in them). Defaults to *sentenceShare*. */
  measure?: "sentenceShare" | "tokenShare";
  /** Order of the outlet columns: *id*, *clustered* (seriation of their frame profiles, see `seriate`) or *auto*: id up to 20 outlets, clustered past it. Defaults to *auto*. */
  order?: HeatmapOrder;
}

/**
 * Frame attention: an outlet × frame heatmap of the share of each outlet's
 * sentences that carry a cue of each frame, on a white-to-blue scale from 0,
 * the percentage printed in each cell. Frames keep the lexicon's order. A
 * section an outlet lacks (no headline) is a blank cell.
 */
export function chartFrameAttention(result: FeatureResult<"frame-attention", FrameAttentionParams, FrameAttentionRow>, options: FrameAttentionChartOptions = {}): ChartSpec {
  expectKind("chartFrameAttention", result, "frame-attention");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const section = expectOneOf("section", options.section ?? "all", ["all", "headline", "lead", "body"] as const);
  const measure = expectOneOf("measure", options.measure ?? "sentenceShare", ["sentenceShare", "tokenShare"] as const);
  const theme = options.theme ?? DEFAULT_THEME;
  const rows = result.rows.filter((r) => r.section === section);
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const byId = [...new Set(rows.map((r) => r.outlet))].sort(compareCodeUnits);
  const present = new Set(rows.map((r) => r.frame));
  const frames = result.params.frames.filter((fr) => present.has(fr));
  const at = new Map(rows.map((r) => [`${r.frame}\u0000${r.outlet}`, r]));
  const get = (fr: string, o: string) => at.get(`${fr}\u0000${o}`);
  const shares = (os: readonly string[]) => frames.map((fr) => os.map((o) => get(fr, o)?.[measure] ?? null));
  const clustered = clusteredOrder(options.order, byId.length, CELL_TEXT_MAX);
  const outlets = clustered ? seriate(byId, columnDistances(shares(byId), byId.length)) : byId;
  const z = shares(outlets);
  let max = 0.05;
  for (const r of z) for (const v of r) max = Math.max(max, v ?? 0);
  const yt = frames.map((fr) => wrap(escapeText(humanize(fr)), theme.width < 480 ? 16 : 26));
  const text = showsCellText(frames.length, outlets.length);
  let axes: { x: { tickvals: readonly string[]; ticktext: readonly string[]; angle: number }; y: { tickvals: readonly string[]; ticktext: readonly string[] }; plotHeight: number; xTickHeight: number; note: string };
  if (text) {
    const colWidth = (theme.width - theme.margin.l - theme.margin.r - 12 - maxOf(yt.map((t) => labelWidth(t, theme.fontSize, theme)), 0)) / Math.max(1, outlets.length);
    const cols = columnTicks(styles, outlets, colWidth, theme);
    axes = { x: { tickvals: outlets, ticktext: cols.ticks, angle: cols.angle }, y: { tickvals: frames, ticktext: yt }, plotHeight: rowsHeight(theme, yt), xTickHeight: cols.height, note: cols.footnote };
  } else {
    axes = largeHeatmapAxes(theme, { yKeys: frames, yTicks: yt, outlets, styles, square: false, rowsWhat: "frames" });
  }
  const what = measure === "sentenceShare" ? "sentences" : "words";
  const where = section === "all" ? "" : ` (${section})`;
  const caption = `n = the outlet's sentences${where} behind each share (hover).`;
  const f = frame(theme, {
    footnote: joinNotes(axes.note, caption, clustered ? "Outlets in clustered order (seriation of their frame profiles)." : "", limited.note), xTickHeight: axes.xTickHeight,
    title: options.title === undefined ? `Frame attention: share of each outlet's ${what}${where} that carry each frame` : options.title,
    plotHeight: axes.plotHeight, yLabels: axes.y.ticktext,
    colorbar: `Share of ${what}${where} carrying the frame (dictionary cues)`,
  });
  const trace = heatmapTrace(theme, {
    x: outlets, y: frames, z,
    text: z.map((r) => r.map((v) => (v === null ? "" : pct(v)))),
    hover: frames.map((fr) => outlets.map((o) => {
      const r = get(fr, o), head = `<b>${escapeText(humanize(fr))}</b> in ${escapeText(styles.get(o)!.label)}${where}`;
      if (!r || r[measure] === null) return `${head}<br>no sentences in this section`;
      return `${head}<br>${r.sentencesWithFrame} of n = ${plural(r.sentences, "sentence")} (${pct(r.sentenceShare, 1)}), ${pct(r.tokenShare, 1)} of words<br>${r.cuesPer1000 === null ? "" : `${r.cuesPer1000.toFixed(1)} cues per 1,000 words, `}in ${plural(r.articleIds.length, "article")}`;
    })),
    colorscale: SEQUENTIAL, zmin: 0, zmax: max, colorbar: f.colorbar ? { ...f.colorbar, tickformat: ".0%" } : undefined,
  });
  const layout = {
    ...f.layout,
    xaxis: categoryAxis(theme, { tickvals: axes.x.tickvals, ticktext: axes.x.ticktext, tickangle: axes.x.angle }),
    yaxis: categoryAxis(theme, { tickvals: axes.y.tickvals, ticktext: axes.y.ticktext, autorange: "reversed" }),
  };
  const data = {
    columns: ["outlet", "label", "frame", "section", "sentences", "sentences_with_frame", "sentence_share", "token_share", "cues_per_1000", "articles"],
    rows: frames.flatMap((fr) => outlets.map((o) => {
      const r = get(fr, o);
      return [o, styles.get(o)!.label, fr, section, r?.sentences ?? 0, r?.sentencesWithFrame ?? 0, r?.sentenceShare ?? null, r?.tokenShare ?? null, r?.cuesPer1000 ?? null, r?.articleIds.length ?? 0];
    })),
  };
  return chartSpec(section === "all" ? "frame-attention" : `frame-attention-${section}`, theme, [trace], layout, f.height, data);
}
