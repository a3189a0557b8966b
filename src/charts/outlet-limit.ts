import { checkMaxOutlets, topOutlets } from "../features/top-outlets";
import type { ChartOptions } from "./types";

export { checkMaxOutlets, topOutlets };

/** How many outlets a chart shows unless `maxOutlets` says otherwise. */
export const DEFAULT_MAX_OUTLETS = 30;

/** A result cut to the outlets a chart shows, the options to draw it with, and the note that says what was left out ("" when nothing was). */
export interface LimitedResult<T, O extends ChartOptions = ChartOptions> {
  readonly result: T;
  readonly options: O;
  /** The outlets shown, in code-unit order; null when every outlet is. */
  readonly shown: ReadonlySet<string> | null;
  readonly note: string;
}

/**
 * Cuts a result to the top `options.maxOutlets` outlets (see {@link topOutlets})
 * of the study (`options.outlets` and every outlet its rows name): a row is
 * kept when every outlet `outletsOf` gives for it is shown, so pairwise rows
 * need both. `options.outlets` is cut the same way, so colours go to the
 * outlets shown. With no more outlets than that, result and options are
 * returned unchanged. Left-out outlets are not folded into an "other" group:
 * the rows hold means, shares and pairwise distances, which cannot be pooled
 * from the rows alone; the note says how many are left out and that the
 * tables keep them.
 */
export function limitOutlets<T extends { readonly rows: readonly unknown[] }, O extends ChartOptions>(result: T, options: O, outletsOf: (row: T["rows"][number]) => readonly string[]): LimitedResult<T, O> {
  const universe = new Set(options.outlets ?? []);
  for (const r of result.rows) for (const o of outletsOf(r)) universe.add(o);
  const { shown, note } = pickOutlets(universe, options);
  if (!shown) return { result, options, shown, note };
  const rows = result.rows.filter((r) => outletsOf(r).every((o) => shown.has(o)));
  return { result: { ...result, rows }, options: { ...options, outlets: options.outlets?.filter((o) => shown.has(o)) }, shown, note };
}

/** The outlets of `ids` a chart shows under `options.maxOutlets` (null: all of them) and the note saying how many are left out. */
export function pickOutlets(ids: Iterable<string>, options: ChartOptions): { shown: ReadonlySet<string> | null; note: string } {
  const max = options.maxOutlets ?? DEFAULT_MAX_OUTLETS;
  checkMaxOutlets(max);
  const all = new Set(ids);
  if (all.size <= max) return { shown: null, note: "" };
  return { shown: new Set(topOutlets(all, options.outletArticles, max)), note: outletsNote(max, all.size - max, options.outletArticles !== undefined) };
}

/** "Showing the 30 outlets with most articles; 970 more are left out (tables keep every outlet)." */
export function outletsNote(shown: number, left: number, byArticles: boolean): string {
  if (left <= 0) return "";
  const which = byArticles ? `the ${shown} outlets with most articles` : `the first ${shown} outlets by id`;
  return `Showing ${which}; ${left} more ${left === 1 ? "is" : "are"} left out (tables keep every outlet).`;
}

/** Notes joined with a space, empty ones dropped. */
export function joinNotes(...notes: readonly (string | undefined | null)[]): string {
  return notes.filter((n) => n).join(" ");
}

/**
 * Articles per outlet id, for `outletArticles`, from anything that carries
 * an outlet (articles, parsed articles).
 *
 * @example
 * articlesPerOutlet([{ outlet: "a" }, { outlet: "b" }, { outlet: "a" }]); // => { a: 2, b: 1 }
 */
export function articlesPerOutlet(articles: readonly { readonly outlet: string }[]): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const a of articles) out[a.outlet] = (out[a.outlet] ?? 0) + 1;
  return out;
}
