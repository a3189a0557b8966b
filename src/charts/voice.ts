import type { FeatureResult } from "../features/result";
import type { OutletVoiceRow, SpeakerVoiceRow, VoiceParams } from "../features/voice/index";
import { expectKind } from "./check";
import { outletStyles, outletTick, tickChars } from "./outlets";
import { LIGHT_GREY, NEUTRAL_GREY } from "./palette";
import { categoryStyle, stackedShares, type StackCategory } from "./stacked-shares";
import { DEFAULT_THEME } from "./theme";
import { escapeText, pct, plural } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { limitOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface VoiceChartOptions extends ChartOptions {
  /** The event to draw when the result counts per event. Defaults to *the pooled rows `(all)`, else the first event*. */
  event?: string;
}

export interface SpeakerChartOptions extends VoiceChartOptions {
  /** Speakers shown by name, the most quoted (words over all outlets) first; the rest are pooled as "other speakers". Defaults to *6*. */
  top?: number;
}

const UNRESOLVED = "unresolved";

function pickEvent(chart: string, rows: readonly { event: string }[], event: string | undefined): string {
  const events = [...new Set(rows.map((r) => r.event))].sort(compareCodeUnits);
  const e = event ?? (events.includes("(all)") ? "(all)" : events[0] ?? "(all)");
  if (events.length && !events.includes(e)) throw new Error(`${chart}: invalid event "${e}" (events: ${events.join(", ")})`);
  return e;
}

/**
 * Quoted-word share by speaker: a 100% stacked bar per outlet of whose words
 * it quotes (direct and reported speech), the top speakers by name in a fixed
 * colour each, the others pooled, and quotes without an identified speaker
 * ("unresolved") in grey at the end. n = quoted words.
 */
export function chartVoiceBySpeaker(result: FeatureResult<"voice-speakers", VoiceParams, SpeakerVoiceRow>, options: SpeakerChartOptions = {}): ChartSpec {
  expectKind("chartVoiceBySpeaker", result, "voice-speakers");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const top = options.top ?? 6;
  if (!Number.isInteger(top) || top < 1) throw new Error(`invalid top: ${top} (use a whole number ≥ 1)`);
  const theme = options.theme ?? DEFAULT_THEME;
  const event = pickEvent("chartVoiceBySpeaker", result.rows, options.event);
  const rows = result.rows.filter((r) => r.event === event);
  const styles = outletStyles(result.rows.map((r) => r.outlet), { ...options, outlets: options.outlets });
  const outlets = [...new Set([...(options.outlets ?? []), ...rows.map((r) => r.outlet)])].filter((o) => styles.has(o)).sort(compareCodeUnits);
  const totals = new Map<string, number>();
  for (const r of rows) if (r.speaker !== UNRESOLVED) totals.set(r.speaker, (totals.get(r.speaker) ?? 0) + r.words);
  const named = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || compareCodeUnits(a, b)).slice(0, top);
  const hasOther = [...totals.keys()].length > named.length;
  const hasUnresolved = rows.some((r) => r.speaker === UNRESOLVED && r.words > 0);
  const OTHER = "\u0000other";
  const categories: StackCategory[] = [
    ...named.map((sp, k) => ({ key: sp, label: escapeText(sp), ...categoryStyle(k) })),
    ...(hasOther ? [{ key: OTHER, label: "other speakers", color: LIGHT_GREY, pattern: "." }] : []),
    ...(hasUnresolved ? [{ key: UNRESOLVED, label: "no speaker identified", color: NEUTRAL_GREY, pattern: "/" }] : []),
  ];
  const outletWords = new Map(outlets.map((o) => [o, rows.filter((r) => r.outlet === o).reduce((s, r) => s + r.words, 0)]));
  const part = (o: string, c: string) => rows.filter((r) => r.outlet === o && (c === OTHER ? r.speaker !== UNRESOLVED && !named.includes(r.speaker) : r.speaker === c));
  const words = (o: string, c: string) => part(o, c).reduce((s, r) => s + r.words, 0);
  return stackedShares(theme, {
    name: "voice-speakers", footnote: limited.note,
    title: options.title === undefined ? "Whose words each outlet quotes: share of quoted words by speaker" : options.title,
    xTitle: "Share of the outlet's quoted words, direct and reported (n\u00a0=\u00a0words)",
    bars: outlets.map((o) => ({ key: o, tick: `${outletTick(styles.get(o)!, tickChars(theme.width))} (n\u00a0=\u00a0${outletWords.get(o)})`, empty: outletWords.get(o) === 0 })),
    categories,
    share: (o, c) => (outletWords.get(o)! > 0 ? words(o, c) / outletWords.get(o)! : null),
    hover: (o, c) => {
      const p = part(o, c), w = words(o, c), n = outletWords.get(o)!;
      const who = c === OTHER ? `other speakers (${p.map((r) => escapeText(r.speaker)).join(", ")})` : c === UNRESOLVED ? "no speaker identified" : escapeText(c);
      return `<b>${escapeText(styles.get(o)!.label)}</b> quoting ${who}<br>${w} of ${n} quoted words (${pct(n ? w / n : null, 1)})<br>${plural(p.reduce((s, r) => s + r.quotes, 0), "quote")} in ${plural(new Set(p.flatMap((r) => r.articleIds)).size, "article")}`;
    },
    emptyText: "no quotes",
    data: {
      columns: ["event", "outlet", "label", "speaker", "speaker_resolved", "quotes", "words", "direct_words", "indirect_words", "share", "articles"],
      rows: rows.map((r) => [r.event, r.outlet, styles.get(r.outlet)!.label, r.speaker, r.speakerResolved ? "yes" : "no", r.quotes, r.words, r.directWords, r.indirectWords, r.share, r.articleIds.length]),
    },
  });
}

/** The two kinds of quote, dark (direct) and light hatched (reported). */
const DIRECT: StackCategory[] = [
  { key: "direct", label: "direct quotation", color: "#332288", pattern: "" },
  { key: "indirect", label: "reported (indirect) speech", color: "#88CCEE", pattern: "/" },
];

/** Direct vs indirect: a 100% stacked bar per outlet of its quoted words in direct quotation and in reported speech. n = quoted words. */
export function chartDirectIndirect(result: FeatureResult<"voice-outlets", VoiceParams, OutletVoiceRow>, options: VoiceChartOptions = {}): ChartSpec {
  expectKind("chartDirectIndirect", result, "voice-outlets");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const theme = options.theme ?? DEFAULT_THEME;
  const event = pickEvent("chartDirectIndirect", result.rows, options.event);
  const rows = result.rows.filter((r) => r.event === event).sort((a, b) => compareCodeUnits(a.outlet, b.outlet));
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const at = (o: string) => rows.find((r) => r.outlet === o)!;
  return stackedShares(theme, {
    name: "voice-direct-indirect", footnote: limited.note,
    title: options.title === undefined ? "Direct quotation or reported speech: share of each outlet's quoted words" : options.title,
    xTitle: "Share of the outlet's quoted words (n\u00a0=\u00a0words)",
    bars: rows.map((r) => ({ key: r.outlet, tick: `${outletTick(styles.get(r.outlet)!, tickChars(theme.width))} (n\u00a0=\u00a0${r.words})`, empty: r.words === 0 })),
    categories: DIRECT,
    share: (o, c) => { const r = at(o); return r.words > 0 ? (c === "direct" ? r.directWords : r.indirectWords) / r.words : null; },
    hover: (o, c) => {
      const r = at(o), w = c === "direct" ? r.directWords : r.indirectWords, q = c === "direct" ? r.directQuotes : r.indirectQuotes;
      return `<b>${escapeText(styles.get(o)!.label)}</b>: ${c === "direct" ? "direct quotation" : "reported speech"}<br>${w} of ${r.words} quoted words (${pct(r.words ? w / r.words : null, 1)}), ${plural(q, "quote")}<br>${plural(r.articles, "article")}`;
    },
    emptyText: "no quotes",
    data: {
      columns: ["event", "outlet", "label", "articles", "quotes", "direct_quotes", "indirect_quotes", "words", "direct_words", "indirect_words", "direct_share"],
      rows: rows.map((r) => [r.event, r.outlet, styles.get(r.outlet)!.label, r.articles, r.quotes, r.directQuotes, r.indirectQuotes, r.words, r.directWords, r.indirectWords, r.directShare]),
    },
  });
}

/** Reporting-verb stances: neutral in sand, assertive in indigo, distancing in rose (hatched), no verb in light grey. */
const STANCES: StackCategory[] = [
  { key: "neutral", label: "neutral (said, told)", color: "#DDCC77", pattern: "" },
  { key: "assertive", label: "assertive (stressed, insisted)", color: "#332288", pattern: "" },
  { key: "distancing", label: "distancing (claimed, alleged)", color: "#CC6677", pattern: "x" },
  { key: "noVerb", label: "no reporting verb", color: LIGHT_GREY, pattern: "." },
];

/**
 * Verb stance: a 100% stacked bar per outlet of its quotes by the stance of
 * the reporting verb introducing them (neutral "said", assertive
 * "stressed", distancing "claimed"; see the verb list in the result's
 * params). n = quotes.
 */
export function chartVerbStance(result: FeatureResult<"voice-outlets", VoiceParams, OutletVoiceRow>, options: VoiceChartOptions = {}): ChartSpec {
  expectKind("chartVerbStance", result, "voice-outlets");
  const limited = limitOutlets(result, options, (r) => [r.outlet]);
  result = limited.result;
  options = limited.options;
  const theme = options.theme ?? DEFAULT_THEME;
  const event = pickEvent("chartVerbStance", result.rows, options.event);
  const rows = result.rows.filter((r) => r.event === event).sort((a, b) => compareCodeUnits(a.outlet, b.outlet));
  const styles = outletStyles(result.rows.map((r) => r.outlet), options);
  const at = (o: string) => rows.find((r) => r.outlet === o)!;
  const used = STANCES.filter((s) => rows.some((r) => (r[s.key as "neutral"] as number) > 0));
  return stackedShares(theme, {
    name: "voice-verb-stance", footnote: limited.note,
    title: options.title === undefined ? "How quotes are introduced: stance of the reporting verb" : options.title,
    xTitle: "Share of the outlet's quotes (n\u00a0=\u00a0quotes)",
    bars: rows.map((r) => ({ key: r.outlet, tick: `${outletTick(styles.get(r.outlet)!, tickChars(theme.width))} (n\u00a0=\u00a0${r.quotes})`, empty: r.quotes === 0 })),
    categories: used,
    share: (o, c) => { const r = at(o); return r.quotes > 0 ? (r[c as "neutral"] as number) / r.quotes : null; },
    hover: (o, c) => { const r = at(o), n = r[c as "neutral"] as number; return `<b>${escapeText(styles.get(o)!.label)}</b>: ${STANCES.find((s) => s.key === c)!.label}<br>${n} of ${plural(r.quotes, "quote")} (${pct(r.quotes ? n / r.quotes : null, 1)})`; },
    emptyText: "no quotes",
    data: {
      columns: ["event", "outlet", "label", "quotes", "neutral", "assertive", "distancing", "no_verb", "neutral_share", "assertive_share", "distancing_share", "no_verb_share"],
      rows: rows.map((r) => [r.event, r.outlet, styles.get(r.outlet)!.label, r.quotes, r.neutral, r.assertive, r.distancing, r.noVerb, r.neutralShare, r.assertiveShare, r.distancingShare, r.noVerbShare]),
    },
  });
}
