import type { CoverageClaims } from "./claims";
import { compareCodeUnits } from "../../util/compare";

/**
 * The claims each outlet carries, pooled over events (claim ids are unique
 * across events). Every outlet in the corpus is a key, an outlet that carries
 * no claim with an empty set. Coverage divergence between outlets A and B is
 * 1 − |A ∩ B| / |A ∪ B| (Jaccard 1912).
 *
 * @example
 * claimSets(coverageClaims(parsed)).get("tass"); // Set { "c45", "c64", … }
 */
export function claimSets(result: CoverageClaims): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of result.params.events) for (const o of e.outlets) if (!out.has(o)) out.set(o, new Set());
  for (const row of result.rows) for (const o of row.outlets) out.get(o)!.add(row.claim);
  return new Map([...out.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** `claimSets` per event: event → outlet (of that event) → claim ids. */
export function claimSetsByEvent(result: CoverageClaims): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  for (const e of result.params.events) out.set(e.event, new Map(e.outlets.map((o) => [o, new Set<string>()])));
  for (const row of result.rows) for (const o of row.outlets) out.get(row.event)!.get(o)!.add(row.claim);
  return out;
}

/**
 * Article id → the claim ids it carries (sorted by claim number), every
 * article of the corpus included; the shape `divergence(…, {claims})` takes.
 */
export function claimsByArticle(result: CoverageClaims): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of result.params.events) for (const a of e.articles) out.set(a.id, []);
  for (const row of result.rows) for (const id of row.articleIds) out.get(id)!.push(row.claim);
  return out;
}
