import { compareCodeUnits } from "../util/compare";

/**
 * The `max` outlets with most articles, ties broken by id in code-unit order,
 * returned in code-unit order. Outlets missing from `articles` count 0;
 * without `articles` every outlet ties, so the first `max` ids are taken. All
 * of them when there are at most `max`.
 *
 * @example
 * topOutlets(["c", "a", "b"], { a: 1, b: 5, c: 5 }, 2); // => ["b", "c"]
 */
export function topOutlets(ids: Iterable<string>, articles: Readonly<Record<string, number>> | ReadonlyMap<string, number> | undefined, max: number): string[] {
  checkMaxOutlets(max);
  const unique = [...new Set(ids)];
  const count = (id: string): number => {
    if (!articles) return 0;
    if (articles instanceof Map) return articles.get(id) ?? 0;
    const rec = articles as Readonly<Record<string, number>>;
    return Object.prototype.hasOwnProperty.call(rec, id) ? rec[id] : 0;
  };
  const ranked = unique.length <= max ? unique : unique.sort((a, b) => count(b) - count(a) || compareCodeUnits(a, b)).slice(0, max);
  return ranked.sort(compareCodeUnits);
}

/** Throws a one-line error unless `max` is a whole number ≥ 1. */
export function checkMaxOutlets(max: number, name = "maxOutlets"): void {
  if (!Number.isInteger(max) || max < 1) throw new Error(`invalid ${name}: ${max} (use a whole number ≥ 1, e.g. 30)`);
}
