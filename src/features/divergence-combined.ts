import type { Warning } from "../errors";
import type { DivergenceRow } from "./divergence";
import { DIVERGENCE_FAMILIES as FAMILIES, type DivergenceFamily } from "./divergence-measures";

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
    const scoped = rows.filter((r) => r.scope === scope);
    if (scoped.length === 0) continue;
    const max = new Map<DivergenceFamily, number>();
    for (const f of FAMILIES) {
      const m = Math.max(0, ...scoped.filter((r) => r.family === f && r.value !== null).map((r) => Math.abs(r.value!)));
      max.set(f, m);
    }
    const pairs = [...new Set(scoped.map((r) => `${r.outletA}\u0000${r.outletB}`))];
    if (pairs.length < 2) warnings.push({ code: "combined-one-pair", message: `the combined ${scope} view has a single pair, so every family scores 1 or 0 on it; it needs at least three outlets to rank pairs.` });
    for (const pair of pairs) {
      const [A, B] = pair.split("\u0000");
      const mine = scoped.filter((r) => r.outletA === A && r.outletB === B);
      const parts: number[] = [];
      const left: string[] = [];
      for (const f of FAMILIES) {
        const r = mine.find((x) => x.family === f);
        const m = max.get(f)!;
        if (!r || r.value === null || m === 0) { left.push(f); continue; }
        parts.push(Math.abs(r.value) / m);
      }
      const first = mine[0];
      out.push({
        family: "combined", scope, event: null, outletA: A, outletB: B,
        value: parts.length ? parts.reduce((s, x) => s + x, 0) / parts.length : null, lower: null, upper: null, p: null,
        note: left.length ? `families left out (undefined or zero everywhere): ${left.join(", ")}.` : null,
        articlesA: first.articlesA, articlesB: first.articlesB, events: first.events,
      });
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
