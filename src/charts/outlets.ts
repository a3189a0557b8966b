import { NEUTRAL_GREY, outletIdentity } from "./palette";
import { OTHER_OUTLETS } from "./outlet-limit";
import type { Theme } from "./theme";
import { escapeText, labelWidth, textWidth, wrap } from "./text";
import type { ChartOptions } from "./types";
import { maxOf } from "../stats/extent";
import { compareCodeUnits } from "../util/compare";

/** How one outlet is drawn in every chart. */
export interface OutletStyle {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly symbol: string;
  readonly dash: string;
}

/**
 * Fixed styles per outlet, one identity per outlet for every chart of a
 * study: the study's outlets (`options.outlets` and the ids given) are
 * ranked, most articles first when `options.outletArticles` is given (ties
 * by id), else by id, in code-unit order, and the outlet at rank i takes
 * {@link outletIdentity}(i): a colour-and-symbol pair distinct for the first
 * 128 outlets. Ranking by articles gives the outlets every chart shows (the
 * top `maxOutlets`, see `limitOutlets`) the same ranks whether a chart cut
 * the others or not, so an outlet keeps its pair across charts.
 * `outletColors` and `outletLabels` override colour and name.
 *
 * @example
 * outletStyles(["yahoo", "tass"]).get("tass")!.color; // => "#0072B2"
 * outletStyles(["yahoo", "tass"], { outletArticles: { yahoo: 3, tass: 1 } }).get("yahoo")!.color; // => "#0072B2"
 */
export function outletStyles(ids: readonly string[], options: ChartOptions = {}): Map<string, OutletStyle> {
  const universe = [...new Set([...(options.outlets ?? []), ...ids])].filter((id) => id !== OTHER_OUTLETS);
  const n = options.outletArticles;
  const count = (id: string): number => (n && Object.prototype.hasOwnProperty.call(n, id) ? n[id] : 0);
  universe.sort((a, b) => count(b) - count(a) || compareCodeUnits(a, b));
  const styles = new Map(universe.map((id, i) => {
    const look = outletIdentity(i);
    return [id, Object.freeze({ id, label: options.outletLabels?.[id] ?? id, color: options.outletColors?.[id] ?? look.color, symbol: look.symbol, dash: look.dash })];
  }));
  // the pooled left-out outlets (foldOutlets) are no outlet: grey, last
  if (ids.includes(OTHER_OUTLETS)) styles.set(OTHER_OUTLETS, Object.freeze({ id: OTHER_OUTLETS, label: "other outlets", color: NEUTRAL_GREY, symbol: "circle-open", dash: "dot" }));
  return styles;
}

/** Outlet labels from a corpus's outlet list (`corpus.outlets`), for `outletLabels`. */
export function outletLabelsOf(outlets: readonly { readonly id: string; readonly label: string }[]): Record<string, string> {
  return Object.fromEntries(outlets.map((o) => [o.id, o.label]));
}

/** An outlet's name as a tick label wrapped to `maxChars` a line. */
export function outletTick(style: OutletStyle, maxChars = 22): string {
  return wrap(escapeText(style.label), maxChars);
}

/**
 * An outlet's name as a column label `width` px wide: its label wrapped to
 * the width in at most `maxLines` lines, else its id (when that is shorter),
 * so that narrow figures stay legible. Give short `outletLabels` to choose.
 */
export function columnTick(style: OutletStyle, width: number, theme: Theme, maxLines = 3): string {
  const chars = Math.max(3, Math.floor(width / (theme.fontSize * theme.charWidth * 1.1)));
  const wrapped = wrap(escapeText(style.label), chars);
  const lines = wrapped.split("<br>");
  if (lines.length <= maxLines && lines.every((l) => l.length <= chars)) return wrapped;
  return style.id.length < style.label.length ? wrap(escapeText(style.id), chars) : wrapped;
}

/** Characters per line for outlet tick labels at a figure width. */
export function tickChars(width: number): number {
  return width < 480 ? 18 : 32;
}

/** A key to outlet ids used as column labels in place of names that did not fit ("src000: Outlet unknown (000, translated)"), or "" when none was. */
export function outletKey(styles: ReadonlyMap<string, OutletStyle>, ticks: ReadonlyMap<string, string>): string {
  const used = [...ticks].filter(([id, t]) => t.replace(/<br>/g, " ") === escapeText(id) && styles.get(id)!.label !== id);
  return used.length ? `Columns: ${used.map(([id]) => `${escapeText(id)} = ${escapeText(styles.get(id)!.label)}`).join("; ")}.` : "";
}

/** Column labels for outlets: names or ids (see {@link columnTick}), upright, or turned 90° when even the ids do not fit; with the px height they take and a key to the ids used. */
export function columnTicks(styles: ReadonlyMap<string, OutletStyle>, outlets: readonly string[], colWidth: number, theme: Theme): { ticks: string[]; angle: number; height: number; footnote: string } {
  const ticks = outlets.map((o) => columnTick(styles.get(o)!, colWidth, theme));
  const footnote = outletKey(styles, new Map(outlets.map((o, i) => [o, ticks[i]])));
  const tooWide = ticks.some((t) => labelWidth(t, theme.fontSize, theme) > colWidth - 2);
  if (tooWide) {
    const flat = ticks.map((t) => t.replace(/<br>/g, " "));
    return { ticks: flat, angle: -90, height: maxOf(flat.map((t) => textWidth(t, theme.fontSize, theme))) + 6, footnote };
  }
  return { ticks, angle: 0, height: maxOf(ticks.map((t) => t.split("<br>").length), 1) * theme.fontSize * 1.25 + 6, footnote };
}
