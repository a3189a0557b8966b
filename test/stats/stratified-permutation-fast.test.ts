import fc from "fast-check";
import { stratifiedPermutationPValue } from "../../src/stats/stratified-permutation";
import { fastStratifiedPermutationPValue } from "../../src/stats/stratified-permutation-fast";

/** Difference of group means over ArrayLike labels, the same arithmetic for number[] and Int32Array. */
const diff = (values: readonly number[]) => (l: ArrayLike<number>) => {
  let a = 0, na = 0, b = 0, nb = 0;
  for (let i = 0; i < l.length; i++) if (l[i] === 0) { a += values[i]; na++; } else { b += values[i]; nb++; }
  return (na ? a / na : 0) - (nb ? b / nb : 0);
};

describe("fastStratifiedPermutationPValue", () => {
  it("property: with sequentialH 0 it gives bit-identical p and observed to stratifiedPermutationPValue (same relabellings)", () => {
    const unit = fc.record({ label: fc.integer({ min: 0, max: 2 }), stratum: fc.constantFrom("e1", "e2", "E", "ä", ""), value: fc.double({ min: -5, max: 5, noNaN: true }) });
    fc.assert(fc.property(fc.array(unit, { minLength: 1, maxLength: 30 }), fc.integer(), fc.integer({ min: 1, max: 60 }), fc.boolean(), (units, seed, m, two) => {
      const labels = units.map((u) => u.label), strata = units.map((u) => u.stratum), values = units.map((u) => u.value);
      const o = { seed, iterations: m, alternative: two ? "two-sided" as const : "greater" as const };
      const slow = stratifiedPermutationPValue(labels, strata, diff(values), o);
      const fast = fastStratifiedPermutationPValue(labels, strata, diff(values), { ...o, sequentialH: 0 });
      expect(fast).toEqual({ observed: slow.observed, p: slow.p, iterations: m, stopped: false });
    }), { numRuns: 300 });
  });
  it("property: the statistic sees exactly the relabellings of the reference, in the same order", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.constantFrom("a", "b", "c")), { minLength: 2, maxLength: 12 }), fc.integer(), (units, seed) => {
      const labels = units.map((u) => u[0]), strata = units.map((u) => u[1]);
      const seenSlow: string[] = [], seenFast: string[] = [];
      stratifiedPermutationPValue(labels, strata, (l) => { seenSlow.push(l.join("")); return 0; }, { seed, iterations: 20 });
      fastStratifiedPermutationPValue(labels, strata, (l) => { seenFast.push(l.join("")); return 0; }, { seed, iterations: 20 });
      expect(seenFast).toEqual(seenSlow);
    }));
  });
  it("keeps each stratum's labels: every relabelling is a permutation within strata", () => {
    const labels = [0, 0, 1, 1, 0, 1, 1], strata = ["x", "y", "x", "y", "x", "x", "y"];
    fastStratifiedPermutationPValue(labels, strata, (l) => {
      expect([l[0], l[2], l[4], l[5]].sort()).toEqual([0, 0, 1, 1]);
      expect([l[1], l[3], l[6]].sort()).toEqual([0, 1, 1]);
      return 0;
    }, { seed: 4, iterations: 50 });
  });
  it("stops early after h extreme relabellings: p = h/L, L ≤ m", () => {
    // identical groups: every relabelling ties the observed 0, so it stops after h = 10 draws with p = 1
    const labels = Array.from({ length: 20 }, (_, i) => i % 2), strata = labels.map((_, i) => `e${i >> 2}`);
    const r = fastStratifiedPermutationPValue(labels, strata, diff(labels.map(() => 1)), { seed: 1, iterations: 999, sequentialH: 10, alternative: "two-sided" });
    expect(r).toEqual({ observed: 0, p: 1, iterations: 10, stopped: true });
    // well separated groups: no relabelling reaches the observed one, so all m are drawn and p = 1/(m + 1)
    const sep = fastStratifiedPermutationPValue(labels, strata, diff(labels.map((l) => (l === 0 ? 1 : 0))), { seed: 1, iterations: 199, sequentialH: 10 });
    expect(sep.iterations).toBe(199);
    expect(sep.stopped).toBe(false);
    expect(sep.p).toBeLessThan(0.05);
  });
  it("names a non-finite statistic and mismatched lengths", () => {
    expect(() => fastStratifiedPermutationPValue([0, 1], ["a"], () => 0, { seed: 1 })).toThrow(/2 labels but 1 strata/);
    expect(() => fastStratifiedPermutationPValue([0, 1], ["a", "a"], (l) => (l[0] === 0 ? 0 : NaN), { seed: 1, iterations: 50 })).toThrow(/NaN on relabelling \d+/);
  });
});
