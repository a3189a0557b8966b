import type { Warning } from "../../errors";
import type { DivergenceRow } from "./types";
import { DIVERGENCE_FAMILIES as FAMILIES, type DivergenceFamily } from "./measures";
import { divergenceRow } from "./row";
import { DIVERGENCE_TESTS } from "./tests";

/** One outlet pair of a scope: its first row, and its first row of each family. */
interface Pair { readonly A: string; readonly B: string; readonly first: DivergenceRow; readonly byFamily: Map<string, DivergenceRow> }

/**
 * The combined view: for each pair and scope (pooled, over-events), the mean
 * over families of the family's distance divided by that family's largest
 * distance among all pairs (|difference| for sentiment). Each family thus
 * counts equally whatever its units, and the most divergent pair on a family
 * scores 1 on it. It ranks pairs within this corpus; it is not a distance
 * that can be compared across corpora. Families undefined for a pair are left
 * out of its mean (and the note says which).
 */
export function combineFamilies(rows: readonly DivergenceRow[], warnings: Warning[]): DivergenceRow[] {
  const out: DivergenceRow[] = [];
  for (const scope of ["pooled", "over-events"] as const) {
    // one pass: each family's largest |value|, and each pair's first row per family (pairs in order of first row)
    const max = new Map<DivergenceFamily, number>(FAMILIES.map((f) => [f, 0]));
    const pairs: Pair[] = [];
    const byA = new Map<string, Map<string, Pair>>(); // outletA → outletB → pair: no key strings built per row
    for (const r of rows) {
      if (r.scope !== scope) continue;
      if (r.value !== null && max.has(r.family as DivergenceFamily)) max.set(r.family as DivergenceFamily, Math.max(max.get(r.family as DivergenceFamily)!, Math.abs(r.value)));
      let byB = byA.get(r.outletA);
      if (!byB) byA.set(r.outletA, byB = new Map());
      let pair = byB.get(r.outletB);
      if (!pair) { byB.set(r.outletB, pair = { A: r.outletA, B: r.outletB, first: r, byFamily: new Map() }); pairs.push(pair); }
      if (!pair.byFamily.has(r.family)) pair.byFamily.set(r.family, r);
    }
    if (pairs.length === 0) continue;
    if (pairs.length < 2) warnings.push({ code: "combined-one-pair", message: `the combined ${scope} view has a single pair, so every family scores 1 or 0 on it; it needs at least three outlets to rank pairs.` });
    for (const { A, B, first, byFamily } of pairs) {
      const parts: number[] = [];
      const left: string[] = [];
      for (const f of FAMILIES) {
        const r = byFamily.get(f);
        const m = max.get(f)!;
        if (!r || r.value === null || m === 0) { left.push(f); continue; }
        parts.push(Math.abs(r.value) / m);
      }
      // a ranking scaled by this corpus's maxima has no sampling distribution to test: "not tested"
      out.push(divergenceRow({ family: "combined", scope, event: null, outletA: A, outletB: B, articlesA: first.articlesA, articlesB: first.articlesB, nA: first.nA, nB: first.nB, events: first.events }, {
        value: parts.length ? parts.reduce((s, x) => s + x, 0) / parts.length : null, test: DIVERGENCE_TESTS.notTested,
        note: left.length ? `families left out (undefined or zero everywhere): ${left.join(", ")}.` : null,
      }));
    }
  }
  return out;
}

/**
 * A symmetric outlet × outlet matrix of one family at one scope, for charts
 * and tables; the diagonal is 0 and sentiment is antisymmetric (row − column).
 */
export function divergenceMatrix(rows: readonly DivergenceRow[], family: DivergenceRow["family"], scope: DivergenceRow["scope"] = "pooled"): { outlets: string[]; values: (number | null)[][] } {
  const mine = rows.filter((r) => r.family === family && r.scope === scope && r.event === null);
  const outlets = [...new Set(mine.flatMap((r) => [r.outletA, r.outletB]))].sort();
  const at = new Map(outlets.map((o, i) => [o, i]));
  const values = outlets.map((_, i) => outlets.map((__, j) => (i === j ? 0 : null as number | null)));
  for (const r of mine) {
    const i = at.get(r.outletA)!, j = at.get(r.outletB)!;
    values[i][j] = r.value;
    values[j][i] = r.value === null ? null : family === "sentiment" ? -r.value : r.value;
  }
  return { outlets, values };
}
