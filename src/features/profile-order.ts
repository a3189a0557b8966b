import type { ArticleHead } from "../profile/types";
import { compareCodeUnits } from "../util/compare";

/** Orders two article heads by id, then outlet, then event (code units; no event sorts first). */
export function compareHeads(a: ArticleHead, b: ArticleHead): number {
  return compareCodeUnits(a.id, b.id) || compareCodeUnits(a.outlet, b.outlet) || compareCodeUnits(a.event ?? "", b.event ?? "");
}

/**
 * Profiles in the stable order every reduction reads them in: by id, then
 * outlet and event (ids are unique in a loaded corpus). Row order and every
 * resampling derive from it, so a reduction gives the same result for any
 * order of its input (the map's output, a shuffled list). Already ordered
 * input — what `mapCorpus` returns — is returned as it is, without a copy.
 *
 * @example
 * inProfileOrder([{ id: "b", outlet: "x" }, { id: "a", outlet: "x" }]).map((p) => p.id); // => ["a", "b"]
 */
export function inProfileOrder<T extends ArticleHead>(profiles: readonly T[]): readonly T[] {
  let sorted = true;
  for (let i = 1; i < profiles.length && sorted; i++) sorted = compareHeads(profiles[i - 1], profiles[i]) <= 0;
  return sorted ? profiles : profiles.slice().sort(compareHeads);
}
