import { benjaminiHochberg, holm } from "../../stats/adjust-p";
import type { DivergenceRow } from "./types";

/**
 * The rows with Holm and Benjamini–Hochberg adjusted p-values (stats/adjust-p)
 * filled in. The family of tests adjusted together is one divergence family's
 * pooled rows that have a p-value: every outlet pair's test of that measure.
 * Why per measure and not the whole table: each family asks its own question
 * ("do these outlets differ in word use?", "… in claims carried?"), and a
 * reader scanning pairs on one measure makes that family's comparisons;
 * adjusting over all families would let adding a measure weaken every
 * other. Untestable and untested rows (p null) are not in any family and
 * keep null. To adjust over the whole table, pass every p to holm or
 * benjaminiHochberg. Order-free: the adjustment depends only on the values.
 */
export function withAdjustedP(rows: readonly DivergenceRow[]): DivergenceRow[] {
  const byFamily = new Map<string, number[]>(); // family → indices of its tested pooled rows
  rows.forEach((r, i) => {
    if (r.scope !== "pooled" || r.p === null) return;
    const list = byFamily.get(r.family);
    if (list) list.push(i); else byFamily.set(r.family, [i]);
  });
  const out = rows.slice();
  for (const at of byFamily.values()) {
    const ps = at.map((i) => rows[i].p!);
    const h = holm(ps), bh = benjaminiHochberg(ps);
    at.forEach((i, k) => { out[i] = { ...rows[i], pHolm: h[k], pBH: bh[k] }; });
  }
  return out;
}
