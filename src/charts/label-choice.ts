import type { FeatureResult } from "../features/result";
import type { LabelChoiceParams, LabelChoiceRow } from "../features/terminology/labels";
import { expectKind } from "./check";
import { outletStyles, outletTick, tickChars } from "./outlets";
import { categoryStyle, stackedShares } from "./stacked-shares";
import { DEFAULT_THEME } from "./theme";
import { escapeText, humanize, pct, plural } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { foldOutlets, OTHER_OUTLETS } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";
import { labelVoiceOption, type LabelVoice } from "../profile/terminology-label-voice";

export interface LabelChoiceChartOptions extends ChartOptions {
  /** The event to draw when the result counts per event. Defaults to *the pooled rows `(all)`, else the first event*. */
  event?: string;
  /** Print shares inside segments at least this wide (share of the bar). Defaults to *0.08*. */
  minLabelShare?: number;
  /**
   * The voice drawn: *own* (the outlet's own words), *direct* (inside direct
   * quotes) or *scare* (inside scare quotes). Defaults to *the result's
   * `labelVoice`*, itself *own* by default: a quoted label is not the outlet's choice.
   */
  voice?: LabelVoice;
}

/** How a chart's title names each voice. */
const VOICE_TITLE: Readonly<Record<LabelVoice, string>> = { own: "in its own words", direct: "inside direct quotes", scare: "inside scare quotes" };

/**
 * "What each outlet calls it": for one concept and one voice (the outlet's
 * own words by default), a 100% stacked bar per outlet of the labels it uses (Tol's muted colours plus a fill pattern per
 * label, so the print reads in greyscale; a label keeps its colour across
 * outlets), the share printed in wide segments, and each outlet's number of
 * uses beside its name. An outlet that never names the concept gets an empty
 * row marked "no uses" (in that voice). Labels nobody uses stay in the data,
 * not the legend.
 *
 * @example
 * chartLabelChoice(labelChoice(parsed, lexicon), "conflict").name; // => "label-choice-conflict"
 */
export function chartLabelChoice(result: FeatureResult<"label-choice", LabelChoiceParams, LabelChoiceRow>, concept: string, options: LabelChoiceChartOptions = {}): ChartSpec {
  expectKind("chartLabelChoice", result, "label-choice");
  // counts pool: the outlets past maxOutlets become one "other outlets" bar
  const limited = foldOutlets(result, options, (r) => r.outlet, (r) => `${r.event}\u0000${r.concept}\u0000${r.voice}\u0000${r.label}`, poolLabelRows);
  result = limited.result;
  options = limited.options;
  const entry = result.params.concepts.find((c) => c.id === concept);
  if (!entry) throw new Error(`invalid concept: "${concept}" is not in this result (its concepts: ${result.params.concepts.map((c) => c.id).join(", ") || "none"})`);
  const events = [...new Set(result.rows.map((r) => r.event))].sort(compareCodeUnits);
  const event = options.event ?? (events.includes("(all)") ? "(all)" : events[0]);
  if (events.length && !events.includes(event)) throw new Error(`invalid event: "${event}" (events: ${events.join(", ")})`);
  const voice = labelVoiceOption("voice", options.voice ?? result.params.labelVoice);
  const theme = options.theme ?? DEFAULT_THEME;
  const rows = result.rows.filter((r) => r.concept === concept && r.event === event && r.voice === voice);
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const outlets = [...new Set(rows.map((r) => r.outlet))].sort((a, b) => Number(a === OTHER_OUTLETS) - Number(b === OTHER_OUTLETS) || compareCodeUnits(a, b));
  const cell = new Map<string, LabelChoiceRow>();
  const total = new Map<string, number>();
  for (const r of rows) { cell.set(`${r.outlet}\u0000${r.label}`, r); if (!total.has(r.outlet)) total.set(r.outlet, r.total); }
  const at = (o: string, l: string) => cell.get(`${o}\u0000${l}`)!;
  const usedSet = new Set(rows.filter((r) => r.count > 0).map((r) => r.label));
  const used = entry.labels.filter((l) => usedSet.has(l));
  return stackedShares(theme, {
    name: `label-choice-${concept.replace(/[^A-Za-z0-9_-]+/g, "-")}`,
    title: options.title === undefined ? `What each outlet calls “${humanize(concept)}” ${VOICE_TITLE[voice]}: share of its uses of each label` : options.title,
    xTitle: `Share of the outlet's uses of “${humanize(concept)}” ${VOICE_TITLE[voice]} (n\u00a0=\u00a0uses)`,
    bars: outlets.map((o) => ({ key: o, tick: `${outletTick(styles.get(o)!, tickChars(theme.width))} (n\u00a0=\u00a0${total.get(o)})`, empty: total.get(o) === 0 })),
    categories: used.map((l) => ({ key: l, label: escapeText(l), ...categoryStyle(entry.labels.indexOf(l)) })),
    share: (o, l) => at(o, l).share,
    hover: (o, l) => { const r = at(o, l); return `<b>${escapeText(styles.get(o)!.label)}</b> calls it “${escapeText(l)}”<br>${r.count} of ${r.total} uses (${pct(r.share, 1)}) in ${plural(r.articleIds.length, "article")}`; },
    emptyText: "no uses", minLabelShare: options.minLabelShare, footnote: limited.note,
    data: {
      columns: ["event", "concept", "voice", "outlet", "outlet_label", "label", "count", "total", "share", "articles"],
      rows: outlets.flatMap((o) => entry.labels.map((l) => { const r = at(o, l); return [event, concept, voice, o, styles.get(o)!.label, l, r.count, r.total, r.share, r.articleIds.length]; })),
    },
  });
}

/** {@link chartLabelChoice} for every concept that at least one outlet names in the voice drawn, in the result's order. */
export function chartLabelChoices(result: FeatureResult<"label-choice", LabelChoiceParams, LabelChoiceRow>, options: LabelChoiceChartOptions = {}): ChartSpec[] {
  expectKind("chartLabelChoices", result, "label-choice");
  const voice = labelVoiceOption("voice", options.voice ?? result.params.labelVoice);
  return result.params.concepts.filter((c) => result.rows.some((r) => r.concept === c.id && r.voice === voice && r.count > 0)).map((c) => chartLabelChoice(result, c.id, options));
}

/** Rows of one event, concept, voice and label from several outlets as one row of `outlet`: counts and totals summed, the share recomputed from the sums, articles joined. */
export function poolLabelRows(rows: readonly LabelChoiceRow[], outlet: string): LabelChoiceRow {
  let count = 0, total = 0;
  const articleIds: string[] = [];
  for (const r of rows) { count += r.count; total += r.total; for (const id of r.articleIds) articleIds.push(id); }
  return { ...rows[0], outlet, count, total, share: total ? count / total : null, articleIds };
}
