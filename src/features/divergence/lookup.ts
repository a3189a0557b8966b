import type { DivergenceRow } from "./divergence";

/**
 * Divergence rows indexed once by (family, scope, event, outlet pair), so that
 * charts, tables and the combined view look a pair up in O(1) instead of
 * scanning every row for every pair (O(outlets² · rows): issue 8 finding 3).
 * The pair is unordered: `get(…, "b", "a")` finds the row stored as a, b.
 * When two rows share a key the first one wins, as `rows.find` did.
 *
 * @example
 * const index = indexDivergence(result.rows);
 * index.get("terms", "pooled", null, "yahoo", "tass")?.value;
 */
export interface DivergenceIndex {
  get(family: DivergenceRow["family"], scope: DivergenceRow["scope"], event: string | null, a: string, b: string): DivergenceRow | undefined;
}

const SEP = "\u0000";
// null and "" are different events: every event id gets a prefix, null a marker that is no prefixed id.
// Ids holding U+0000 could make two keys collide; corpus ids never do (they come from text fields).
const eventKey = (event: string | null) => (event === null ? "\u0001" : `=${event}`);
const keyOf = (family: string, scope: string, event: string | null, a: string, b: string) =>
  family + SEP + scope + SEP + eventKey(event) + SEP + a + SEP + b;

/** Indexes `rows` (see {@link DivergenceIndex}); O(rows). */
export function indexDivergence(rows: readonly DivergenceRow[]): DivergenceIndex {
  const byKey = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = keyOf(r.family, r.scope, r.event, r.outletA, r.outletB);
    if (!byKey.has(k)) byKey.set(k, i);
  });
  return {
    get(family, scope, event, a, b) {
      const ab = byKey.get(keyOf(family, scope, event, a, b)) ?? Infinity;
      const ba = byKey.get(keyOf(family, scope, event, b, a)) ?? Infinity;
      // the first of the two orders in row order, as a linear find over both would give
      const at = Math.min(ab, ba);
      return at === Infinity ? undefined : rows[at];
    },
  };
}
