import type { Article } from "../corpus/types";
import { compareStrings } from "../stats/check";

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
  out.sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.outlet, b.outlet) || compareStrings(a.event ?? "", b.event ?? "") || compareStrings(a.text, b.text));
  return out;
}
