import fc from "fast-check";
import { divergence, type DivergenceRow } from "../../../src/features/divergence/divergence";
import { fakeParsed, profilesOf } from "../../helpers";

/** `outlets` outlets (outlet i has i + 1 articles in each event, so the ranking by articles is known), `events` events. */
function profiles(outlets: number, events: number, seed: number) {
  let x = seed >>> 0;
  const rnd = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  const out = [];
  for (let o = 0; o < outlets; o++) for (let e = 0; e < events; e++) for (let k = 0; k <= o; k++) {
    out.push(fakeParsed({ id: `o${o}-e${e}-${k}`, outlet: `o${o}`, event: `e${e}`, scores: [rnd(), rnd()] }));
  }
  return profilesOf(out, undefined);
}
const key = (r: DivergenceRow) => `${r.family}/${r.scope}/${r.outletA}/${r.outletB}/${r.event}`;
const options = { iterations: 20, permutations: 19, minRelabellings: 1 };

// Within-event rows grow as pairs × events × families; past maxEventRows only the top outlets' pairs keep theirs.
describe("divergence: the within-event row budget (maxEventRows)", () => {
  it("keeps at most maxEventRows event rows, from the pairs of the outlets with most articles, and every other row as it was", () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 40 }), fc.integer(), (outlets, events, budget, seed) => {
      const input = profiles(outlets, events, seed);
      const all = divergence(input, undefined, options);
      const capped = divergence(input, undefined, { ...options, maxEventRows: budget });
      const eventRows = capped.rows.filter((r) => r.scope === "event");
      expect(eventRows.length).toBeLessThanOrEqual(budget);
      // the outlets whose pairs keep event rows are the ones with most articles (here the highest numbers)
      const kept = new Set(eventRows.flatMap((r) => [r.outletA, r.outletB]));
      const k = kept.size;
      expect([...kept].sort()).toEqual(Array.from({ length: k }, (_, i) => `o${outlets - k + i}`).sort());
      // each kept pair has all its event rows, and the budget could not fit one more outlet
      const full = all.rows.filter((r) => r.scope === "event");
      expect(eventRows.map(key)).toEqual(full.filter((r) => kept.has(r.outletA) && kept.has(r.outletB)).map(key));
      const perPair = full.length / ((outlets * (outlets - 1)) / 2);
      const next = k < 2 ? 2 : k + 1; // the next possible set: fewer than two outlets make no pair
      if (k < outlets) expect(((next * (next - 1)) / 2) * perPair).toBeGreaterThan(budget);
      // pooled and over-events rows are unchanged (values and p-values): the budget only drops event rows
      const rest = (rows: readonly DivergenceRow[]) => rows.filter((r) => r.scope !== "event");
      expect(rest(capped.rows)).toEqual(rest(all.rows));
      expect(capped.warnings.some((w) => w.code === "divergence-event-rows-limited")).toBe(k < outlets);
    }), { numRuns: 25 });
  });

  it("lists article ids for event rows only; every row counts its articles (nA, nB)", () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer(), (outlets, events, seed) => {
      const input = profiles(outlets, events, seed);
      const perOutlet = (o: string) => input.filter((p) => p.outlet === o).length;
      for (const r of divergence(input, undefined, options).rows) {
        if (r.scope === "event") {
          const ofA = input.filter((p) => p.outlet === r.outletA && p.event === r.event).map((p) => p.id);
          expect(r.articlesA).toEqual(ofA);
          expect([r.nA, r.nB]).toEqual([r.articlesA!.length, r.articlesB!.length]);
        } else {
          // pooled and over-events rows compare every article of each outlet: counted, not listed once per pair and family
          expect([r.articlesA, r.articlesB]).toEqual([null, null]);
          expect([r.nA, r.nB]).toEqual([perOutlet(r.outletA), perOutlet(r.outletB)]);
        }
      }
    }), { numRuns: 15 });
  });

  it("rejects a budget that is not a whole number ≥ 0", () => {
    expect(() => divergence(profiles(2, 1, 1), undefined, { maxEventRows: -1 })).toThrow(/invalid maxEventRows: -1/);
    expect(() => divergence(profiles(2, 1, 1), undefined, { maxEventRows: 1.5 })).toThrow(/invalid maxEventRows/);
  });
});
