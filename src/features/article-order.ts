import type { Article } from "../corpus/types";
import { compareCodeUnits } from "../util/compare";

/**
 * The articles in a stable order that does not depend on the order of the
 * input (file lines, manifest rows): by id, then outlet, event and text (ids
 * are unique in a loaded corpus; the rest only orders hand-built ones).
 * Every resampling (bootstrap, permutation) and every row order derives from
 * this order, so shuffled input gives byte-identical results.
 *
 * @example
 * inStableOrder([{ id: "b", … }, { id: "a", … }]).map((a) => a.id); // => ["a", "b"]
 */
export function inStableOrder(articles: readonly Article[]): Article[] {
  const out = articles.slice();
  out.sort((a, b) => compareCodeUnits(a.id, b.id) || compareCodeUnits(a.outlet, b.outlet) || compareCodeUnits(a.event ?? "", b.event ?? "") || compareCodeUnits(a.text, b.text));
  return out;
}
