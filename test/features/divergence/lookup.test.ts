import fc from "fast-check";
import type { Warning } from "../../../src/errors";
import type { DivergenceRow } from "../../../src/features/divergence/divergence";
import { combineFamilies } from "../../../src/features/divergence/combined";
import { indexDivergence } from "../../../src/features/divergence/lookup";
import { DIVERGENCE_FAMILIES as FAMILIES, type DivergenceFamily } from "../../../src/features/divergence/measures";

/** The linear search the divergence chart used per cell before issue 8: the reference for the index. */
const linearFind = (rows: readonly DivergenceRow[], family: DivergenceRow["family"], scope: DivergenceRow["scope"], event: string | null, a: string, b: string) =>
  rows.find((r) => r.family === family && r.scope === scope && r.event === event && ((r.outletA === a && r.outletB === b) || (r.outletA === b && r.outletB === a)));

/** combineFamilies as it was before issue 8 (a filter per pair, a spread per family), kept as an independent reference. */
function combineFamiliesLinear(rows: readonly DivergenceRow[], warnings: Warning[]): DivergenceRow[] {
  const out: DivergenceRow[] = [];
  for (const scope of ["pooled", "over-events"] as const) {
    const scoped = rows.filter((r) => r.scope === scope);
    if (scoped.length === 0) continue;
    const max = new Map<DivergenceFamily, number>();
    for (const f of FAMILIES) max.set(f, Math.max(0, ...scoped.filter((r) => r.family === f && r.value !== null).map((r) => Math.abs(r.value!))));
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
        value: parts.length ? parts.reduce((s, x) => s + x, 0) / parts.length : null, lower: null, upper: null, interval: null, p: null, pHolm: null, pBH: null, test: "not tested", permutations: null,
        note: left.length ? `families left out (undefined or zero everywhere): ${left.join(", ")}.` : null,
        articlesA: first.articlesA, articlesB: first.articlesB, nA: first.nA, nB: first.nB, events: first.events,
      });
    }
  }
  return out;
}

const OUT = ["a", "b", "c", "d"];
// small random row sets: duplicates, both pair orders, null values and events all allowed
const rowArb: fc.Arbitrary<DivergenceRow> = fc.record({
  family: fc.constantFrom<DivergenceRow["family"]>("terms", "labels", "sentiment", "combined"),
  scope: fc.constantFrom<DivergenceRow["scope"]>("pooled", "event", "over-events"),
  event: fc.constantFrom<string | null>(null, "", "e1"),
  outletA: fc.constantFrom(...OUT),
  outletB: fc.constantFrom(...OUT),
  value: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }),
}).map((r) => ({ ...r, lower: null, upper: null, interval: null, p: null, pHolm: null, pBH: null, test: "not tested", permutations: null, note: null, articlesA: [`${r.outletA}1`], articlesB: [], nA: 1, nB: 0, events: null }));

describe("issue 8 finding 3: divergence rows are looked up in an index, not scanned per outlet pair", () => {
  it("the index finds the same row as the linear search for every cell (property)", () => {
    fc.assert(fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
      const index = indexDivergence(rows);
      const mismatches: string[] = [];
      for (const family of ["terms", "sentiment", "combined"] as const) for (const scope of ["pooled", "event"] as const)
        for (const event of [null, "", "e1"]) for (const a of OUT) for (const b of OUT) {
          if (index.get(family, scope, event, a, b) !== linearFind(rows, family, scope, event, a, b)) mismatches.push(`${family} ${scope} ${event} ${a} ${b}`);
        }
      expect(mismatches).toEqual([]);
    }), { numRuns: 150 });
  });

  it("combineFamilies gives the same rows and warnings as the per-pair scan it replaced (property)", () => {
    const sorted = rowArb.filter((r) => r.outletA < r.outletB && r.family !== "combined");
    fc.assert(fc.property(fc.array(sorted, { maxLength: 40 }), (rows) => {
      const w1: Warning[] = [], w2: Warning[] = [];
      expect(combineFamilies(Object.freeze(rows), w1)).toEqual(combineFamiliesLinear(rows, w2));
      expect(w1).toEqual(w2);
    }), { numRuns: 200 });
  });

  it("tells a null event from the empty event, and either pair order finds the row", () => {
    const row = (a: string, b: string, event: string | null, value: number): DivergenceRow =>
      ({ family: "terms", scope: "event", event, outletA: a, outletB: b, value, lower: null, upper: null, interval: null, p: null, pHolm: null, pBH: null, test: "not tested", permutations: null, note: null, articlesA: [], articlesB: [], nA: 0, nB: 0, events: null });
    const index = indexDivergence([row("a", "b", "", 1), row("a", "b", null, 2)]);
    expect(index.get("terms", "event", "", "b", "a")!.value).toBe(1);
    expect(index.get("terms", "event", null, "a", "b")!.value).toBe(2);
    expect(index.get("terms", "event", "x", "a", "b")).toBeUndefined();
  });
});
