import type { FeatureResult } from "../features/result";
import type { LabelChoiceParams, LabelChoiceRow } from "../features/terminology-labels";
import { expectKind } from "./check";
import { axis, categoryAxis, chartSpec, frame, rowsHeight } from "./layout";
import { cmp, outletStyles, outletTick, tickChars } from "./outlets";
import { CATEGORY_PATTERNS, luminance, TOL_MUTED } from "./palette";
import { DEFAULT_THEME } from "./theme";
import { escapeText, humanize, pct, plural, textWidth } from "./text";
import type { ChartOptions, ChartSpec } from "./types";

export interface LabelChoiceChartOptions extends ChartOptions {
  /** The event to draw when the result counts per event. Defaults to *the pooled rows `(all)`, else the first event*. */
  event?: string;
  /** Print shares inside segments at least this wide (share of the bar). Defaults to *0.08*. */
  minLabelShare?: number;
}

/**
 * "What each outlet calls it": for one concept, a 100% stacked bar per
 * outlet of the labels it uses (Tol's muted colours plus a fill pattern per
 * label, so the print reads in greyscale), the share printed in wide
 * segments, and each outlet's number of uses beside its name. An outlet that
 * never names the concept gets an empty row marked "no uses". Labels nobody
 * uses stay in the data but not in the legend.
 *
 * @example
 * chartLabelChoice(labelChoice(parsed, lexicon), "conflict").name; // => "label-choice-conflict"
 */
export function chartLabelChoice(result: FeatureResult<"label-choice", LabelChoiceParams, LabelChoiceRow>, concept: string, options: LabelChoiceChartOptions = {}): ChartSpec {
  expectKind("chartLabelChoice", result, "label-choice");
  const entry = result.params.concepts.find((c) => c.id === concept);
  if (!entry) throw new Error(`invalid concept: "${concept}" is not in this result (its concepts: ${result.params.concepts.map((c) => c.id).join(", ") || "none"})`);
  const events = [...new Set(result.rows.map((r) => r.event))].sort(cmp);
  const event = options.event ?? (events.includes("(all)") ? "(all)" : events[0]);
  if (events.length && !events.includes(event)) throw new Error(`invalid event: "${event}" (events: ${events.join(", ")})`);
  const minShare = options.minLabelShare ?? 0.08;
  const theme = options.theme ?? DEFAULT_THEME;
  const rows = result.rows.filter((r) => r.concept === concept && r.event === event);
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const outlets = [...new Set(rows.map((r) => r.outlet))].sort(cmp);
  const total = new Map(outlets.map((o) => [o, rows.find((r) => r.outlet === o)!.total]));
  const used = entry.labels.filter((l) => rows.some((r) => r.label === l && r.count > 0));
  const ticks = outlets.map((o) => `${outletTick(styles.get(o)!, tickChars(theme.width))} (n = ${total.get(o)})`);
  const silent = outlets.filter((o) => total.get(o) === 0);
  const legend = used.map((l) => escapeText(l));
  const f = frame(theme, {
    title: options.title === undefined ? `What each outlet calls “${humanize(concept)}”: share of its uses of each label` : options.title,
    plotHeight: rowsHeight(theme, ticks, 1.25), yLabels: ticks, legend, legendSymbol: 18,
    xTitle: `Share of the outlet's uses of “${humanize(concept)}”`,
  });
  const traces = used.map((label) => {
    const k = entry.labels.indexOf(label);
    const color = TOL_MUTED[k % TOL_MUTED.length];
    const pattern = CATEGORY_PATTERNS[k % CATEGORY_PATTERNS.length];
    const mine = outlets.map((o) => rows.find((r) => r.outlet === o && r.label === label)!);
    return {
      type: "bar", orientation: "h", name: escapeText(label), y: outlets, x: mine.map((r) => r.share),
      marker: { color, line: { color: "#ffffff", width: 0.5 }, ...(pattern ? { pattern: { shape: pattern, fillmode: "overlay", fgcolor: luminance(color) > 0.3 ? "#000000" : "#ffffff", fgopacity: 0.45, size: 5, solidity: 0.25 } } : {}) },
      text: mine.map((r) => (r.share !== null && r.share >= minShare && r.share * f.plotWidth >= textWidth(pct(r.share), theme.fontSize, theme) + 4 ? pct(r.share) : "")),
      textposition: "inside", insidetextanchor: "middle", textangle: 0,
      textfont: { size: theme.fontSize * 0.95, color: luminance(color) > 0.3 ? "#000000" : "#ffffff" }, constraintext: "none", cliponaxis: false,
      customdata: mine.map((r) => `<b>${escapeText(styles.get(r.outlet)!.label)}</b> calls it “${escapeText(label)}”<br>${r.count} of ${r.total} uses (${pct(r.share, 1)}) in ${plural(r.articleIds.length, "article")}`),
      hovertemplate: "%{customdata}<extra></extra>",
    };
  });
  const layout = {
    ...f.layout,
    barmode: "stack", bargap: 0.3, uniformtext: { mode: "hide", minsize: Math.floor(theme.fontSize * 0.9) },
    xaxis: axis(theme, { title: f.titles.x, range: [0, 1], tickformat: ".0%", tickvals: [0, 0.25, 0.5, 0.75, 1] }),
    yaxis: categoryAxis(theme, { categoryorder: "array", categoryarray: outlets, tickvals: outlets, ticktext: ticks, autorange: "reversed" }),
    annotations: [
      ...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? []),
      ...silent.map((o) => ({ text: "no uses", showarrow: false, xref: "x", x: 0.01, xanchor: "left", yref: "y", y: o, font: { size: theme.fontSize, color: "#666666" } })),
    ],
  };
  const data = {
    columns: ["event", "concept", "outlet", "label_outlet", "label", "count", "total", "share", "articles"],
    rows: outlets.flatMap((o) => entry.labels.map((l) => {
      const r = rows.find((x) => x.outlet === o && x.label === l)!;
      return [event, concept, o, styles.get(o)!.label, l, r.count, r.total, r.share, r.articleIds.length];
    })),
  };
  return chartSpec(`label-choice-${concept.replace(/[^A-Za-z0-9_-]+/g, "-")}`, theme, traces, layout, f.height, data);
}

/** {@link chartLabelChoice} for every concept that at least one outlet names, in the result's order. */
export function chartLabelChoices(result: FeatureResult<"label-choice", LabelChoiceParams, LabelChoiceRow>, options: LabelChoiceChartOptions = {}): ChartSpec[] {
  expectKind("chartLabelChoices", result, "label-choice");
  return result.params.concepts.filter((c) => result.rows.some((r) => r.concept === c.id && r.count > 0)).map((c) => chartLabelChoice(result, c.id, options));
}
