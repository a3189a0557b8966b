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

/** The outlet id of the left-out outlets pooled into one group by {@link foldOutlets}; a study with a real outlet of that id cannot be folded (it throws). */
export const OTHER_OUTLETS = "(other)";

/**
 * {@link limitOutlets} for charts of counts and shares, where the left-out
 * outlets can be pooled: each row belongs to one outlet (`outletOf`); the
 * rows of the outlets left out are grouped by `keyOf` (what a row counts,
 * e.g. concept and label) and each group is pooled by `pool` into one row of
 * outlet {@link OTHER_OUTLETS} (sum the counts, recompute shares from the
 * sums). Pooled rows follow the kept ones, in the order their keys first
 * occur. One pass over the rows. The note says how many outlets were pooled.
 */
export function foldOutlets<R, T extends { readonly rows: readonly R[] }, O extends ChartOptions>(result: T, options: O, outletOf: (row: R) => string, keyOf: (row: R) => string, pool: (rows: readonly R[], outlet: string) => R): LimitedResult<T, O> & { readonly folded: number } {
  const universe = new Set(options.outlets ?? []);
  for (const r of result.rows) universe.add(outletOf(r));
  const { shown } = pickOutlets(universe, options);
  if (!shown) return { result, options, shown, note: "", folded: 0 };
  if (universe.has(OTHER_OUTLETS)) throw new Error(`invalid outlet id: "${OTHER_OUTLETS}" names the pooled left-out outlets in charts (rename that outlet, or raise maxOutlets to ${universe.size})`);
  const kept: R[] = [];
  const groups = new Map<string, R[]>();
  for (const r of result.rows) {
    if (shown.has(outletOf(r))) { kept.push(r); continue; }
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.push(r); else groups.set(k, [r]);
  }
  for (const g of groups.values()) kept.push(pool(g, OTHER_OUTLETS));
  const folded = universe.size - shown.size;
  const note = foldedNote(shown.size, folded, options.outletArticles !== undefined);
  return { result: { ...result, rows: kept }, options: { ...options, outlets: options.outlets?.filter((o) => shown.has(o)) }, shown, note, folded };
}

/** "Showing the 30 outlets with most articles; the other 970 are pooled as “other outlets” (their counts summed; tables keep every outlet)." */
export function foldedNote(shown: number, folded: number, byArticles: boolean): string {
  if (folded <= 0) return "";
  const which = byArticles ? `the ${shown} outlets with most articles` : `the first ${shown} outlets by id`;
  return `Showing ${which}; the other ${folded} ${folded === 1 ? "is" : "are"} pooled as “other outlets” (their counts summed; tables keep every outlet).`;
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
