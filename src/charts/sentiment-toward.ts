import type { FeatureResult } from "../features/result";
import type { TowardParams, TowardRow } from "../features/sentiment/index";
import { expectKind, expectOneOf } from "./check";
import { CELL_TEXT_MAX, heatmapTrace, showsCellText } from "./heatmap";
import { largeHeatmapAxes } from "./heatmap-axes";
import { clusteredOrder, columnDistances, seriate, type HeatmapOrder } from "./seriation";
import { categoryAxis, frame, rowsHeight } from "./layout";
import { chartSpec } from "./spec";
import { columnTicks, outletStyles } from "./outlets";
import { DIVERGING } from "./palette";
import { DEFAULT_THEME } from "./theme";
import { escapeText, fmt, humanize, labelWidth, plural, wrap } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf } from "../stats/extent";
import { joinNotes, limitOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface SentimentTowardOptions extends ChartOptions {
  /** Which targets: *actor* or *concept*. Defaults to *actor*. */
  kind?: "actor" | "concept";
  /** Order of the targets, top to bottom: *mentions* (most mentioned first), *sentences* (most sentences naming it first) or *name*. Defaults to *mentions*. */
  sort?: "mentions" | "sentences" | "name";
  /** Order of the outlet columns: *id*, *clustered* (seriation of their tone profiles, see `seriate`) or *auto*: id up to 20 outlets, clustered past it. Defaults to *auto*. */
  order?: HeatmapOrder;
}

/**
 * Tone toward actors (or concepts): an outlet × target heatmap of the mean
 * mention tone (the words of each mention's clause near it, negation
 * handled; see `sentimentToward`), on a diverging scale centred at 0 and
 * symmetric about it. A target an outlet never names is a blank cell. Each
 * cell prints its value and its n (mentions); hover adds the interval, the
 * articles and the sentence-level tone for comparison.
 */
export function chartSentimentToward(result: FeatureResult<"sentiment-toward", TowardParams, TowardRow>, options: SentimentTowardOptions = {}): ChartSpec {
  expectKind("chartSentimentToward", result, "sentiment-toward");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const kind = expectOneOf("kind", options.kind ?? "actor", ["actor", "concept"] as const);
  const sort = expectOneOf("sort", options.sort ?? "mentions", ["mentions", "sentences", "name"] as const);
  const theme = options.theme ?? DEFAULT_THEME;
  const rows = result.rows.filter((r) => r.kind === kind);
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const byId = [...new Set(rows.map((r) => r.outlet))].sort(compareCodeUnits);
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.target, (total.get(r.target) ?? 0) + (sort === "sentences" ? r.sentences : r.mentions));
  const targets = [...total.keys()].sort((a, b) => (sort === "name" ? 0 : total.get(b)! - total.get(a)!) || compareCodeUnits(a, b));
  const cell = new Map(rows.map((r) => [`${r.target}\u0000${r.outlet}`, r]));
  const level = Math.round(result.params.level * 100);
  const at = (t: string, o: string) => cell.get(`${t}\u0000${o}`);
  const tone = (os: readonly string[]) => targets.map((t) => os.map((o) => at(t, o)?.mentionTone?.estimate ?? null));
  const clustered = clusteredOrder(options.order, byId.length, CELL_TEXT_MAX);
  const outlets = clustered ? seriate(byId, columnDistances(tone(byId), byId.length)) : byId;
  const z = tone(outlets);
  let max = 0.05;
  for (const r of z) for (const v of r) max = Math.max(max, Math.abs(v ?? 0));
  const yt = targets.map((t) => wrap(escapeText(kind === "concept" ? humanize(t) : t), theme.width < 480 ? 18 : 28));
  const text = showsCellText(targets.length, outlets.length);
  let axes: { x: { tickvals: readonly string[]; ticktext: readonly string[]; angle: number }; y: { tickvals: readonly string[]; ticktext: readonly string[] }; plotHeight: number; xTickHeight: number; note: string };
  if (text) {
    const colWidth = (theme.width - theme.margin.l - theme.margin.r - 12 - maxOf(yt.map((t) => labelWidth(t, theme.fontSize, theme)))) / Math.max(1, outlets.length);
    const cols = columnTicks(styles, outlets, colWidth, theme);
    axes = { x: { tickvals: outlets, ticktext: cols.ticks, angle: cols.angle }, y: { tickvals: targets, ticktext: yt }, plotHeight: rowsHeight(theme, yt), xTickHeight: cols.height, note: cols.footnote };
  } else {
    axes = largeHeatmapAxes(theme, { yKeys: targets, yTicks: yt, outlets, styles, square: false, rowsWhat: `${kind}s` });
  }
  const caption = `n = mentions behind each cell's mean${text ? " (printed under it)" : ""}; hover gives n, the articles and the interval.`;
  const f = frame(theme, {
    footnote: joinNotes(axes.note, caption, clustered ? "Outlets in clustered order (seriation of their tone profiles)." : "", limited.note), xTickHeight: axes.xTickHeight,
    title: options.title === undefined ? `Tone of the words around each mention of ${kind === "actor" ? "an" : "a"} ${kind}, by outlet` : options.title,
    plotHeight: axes.plotHeight, yLabels: axes.y.ticktext,
    colorbar: `Mean mention tone (blank: ${kind} not named)`,
  });
  const trace = heatmapTrace(theme, {
    x: outlets, y: targets, z,
    text: z.map((r, i) => r.map((v, j) => (v === null ? "" : `${fmt(v, 2)}<br>n=${at(targets[i], outlets[j])!.mentions}`))),
    hover: targets.map((t) => outlets.map((o) => {
      const r = at(t, o), head = `<b>${escapeText(t)}</b> in ${escapeText(styles.get(o)!.label)}`;
      if (!r || !r.mentionTone || !r.sentenceTone) return `${head}<br>never named`;
      const m = r.mentionTone, s = r.sentenceTone;
      return `${head}<br>mention tone ${fmt(m.estimate, 3)}, ${level}% interval [${fmt(m.lower, 3)}, ${fmt(m.upper, 3)}]<br>n = ${plural(r.mentions, "mention")} in ${plural(r.articleIds.length, "article")}` +
        `<br>sentence tone around it ${fmt(s.estimate, 3)} (${plural(r.sentences, "sentence")})`;
    })),
    colorscale: DIVERGING, zmin: -max, zmax: max, zmid: 0, colorbar: f.colorbar,
  });
  const layout = {
    ...f.layout,
    xaxis: categoryAxis(theme, { tickvals: axes.x.tickvals, ticktext: axes.x.ticktext, side: "bottom", tickangle: axes.x.angle }),
    yaxis: categoryAxis(theme, { tickvals: axes.y.tickvals, ticktext: axes.y.ticktext, autorange: "reversed" }),
  };
  const data = {
    columns: ["kind", "target", "outlet", "label", "mentions", "articles", "mentionTone", "lower", "upper", "level", "sentences", "sentenceTone"],
    rows: targets.flatMap((t) => outlets.map((o) => {
      const r = at(t, o);
      return [kind, t, o, styles.get(o)!.label, r?.mentions ?? 0, r?.articleIds.length ?? 0, r?.mentionTone?.estimate ?? null, r?.mentionTone?.lower ?? null, r?.mentionTone?.upper ?? null, result.params.level,
        r?.sentences ?? 0, r?.sentenceTone?.estimate ?? null];
    })),
  };
  return chartSpec(`sentiment-toward-${kind}s`, theme, [trace], layout, f.height, data);
}
