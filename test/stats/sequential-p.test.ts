import fc from "fast-check";
import { sequentialPValue } from "../../src/stats/sequential-p";

/** The extreme/not-extreme outcome of each draw, from a fixed list. */
const from = (outcomes: readonly boolean[]) => (k: number) => outcomes[k - 1];

describe("sequentialPValue (Besag & Clifford 1991)", () => {
  it("stops at the h-th extreme draw with p = h/L (hand computed)", () => {
    // extremes at draws 2, 3 and 5: with h = 3 it stops at L = 5, p = 3/5
    const r = sequentialPValue(from([false, true, true, false, true, true, true]), 7, 3);
    expect(r).toEqual({ p: 3 / 5, draws: 5, extreme: 3, stopped: true });
  });
  it("draws all m and gives (g + 1)/(m + 1) when fewer than h are extreme (hand computed)", () => {
    // m = 4 draws, 1 extreme, h = 2 never reached: p = 2/5
    expect(sequentialPValue(from([false, true, false, false]), 4, 2)).toEqual({ p: 2 / 5, draws: 4, extreme: 1, stopped: false });
    expect(sequentialPValue(() => false, 999, 10)).toEqual({ p: 1 / 1000, draws: 999, extreme: 0, stopped: false });
  });
  it("every draw extreme: stops after h draws with p = 1", () => {
    expect(sequentialPValue(() => true, 999, 10)).toEqual({ p: 1, draws: 10, extreme: 10, stopped: true });
  });
  it("asks for the draws in order 1, 2, … and no further than it stops", () => {
    const asked: number[] = [];
    sequentialPValue((k) => { asked.push(k); return k % 2 === 0; }, 100, 3);
    expect(asked).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it("property: with h = 0 it is the plain Monte-Carlo p-value (b + 1)/(m + 1) over all m draws", () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 300 }), (o) => {
      const r = sequentialPValue(from(o), o.length, 0);
      const b = o.filter(Boolean).length;
      expect(r).toEqual({ p: (b + 1) / (o.length + 1), draws: o.length, extreme: b, stopped: false });
    }));
  });
  it("property: p in (0, 1], L ≤ m, and p = h/L exactly when stopped early (the h-th extreme is draw L)", () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 300 }), fc.integer({ min: 0, max: 20 }), (o, h) => {
      const r = sequentialPValue(from(o), o.length, h);
      expect(r.p).toBeGreaterThan(0);
      expect(r.p).toBeLessThanOrEqual(1);
      expect(r.draws).toBeLessThanOrEqual(o.length);
      const seen = o.slice(0, r.draws).filter(Boolean).length;
      expect(seen).toBe(r.extreme);
      if (r.stopped) {
        expect(h).toBeGreaterThan(0);
        expect(r.extreme).toBe(h);
        expect(o[r.draws - 1]).toBe(true);
        expect(r.p).toBe(h / r.draws);
      } else {
        expect(r.draws).toBe(o.length);
        expect(r.extreme < h || h === 0).toBe(true);
        expect(r.p).toBe((r.extreme + 1) / (o.length + 1));
      }
    }));
  });
  it("property: under the null (uniform draws) P(p ≤ α) ≤ α, checked at α = 0.05 over many seeds", () => {
    // each 'draw' is extreme with probability u, u itself uniform: the p-value of a null statistic
    let rejections = 0;
    const n = 4000;
    let s = 12345;
    const rand = () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 4294967296; };
    for (let t = 0; t < n; t++) {
      const u = rand();
      if (sequentialPValue(() => rand() < u, 199, 10).p <= 0.05) rejections++;
    }
    // expected ≤ 0.05·n = 200; allow 4 binomial sd (≈ 55) of Monte-Carlo noise
    expect(rejections).toBeLessThan(255);
  });
  it("rejects a bad m or h with a message naming it", () => {
    expect(() => sequentialPValue(() => true, 0, 1)).toThrow(/maximum draws is 0/);
    expect(() => sequentialPValue(() => true, 10, -1)).toThrow(/h is -1/);
    expect(() => sequentialPValue(() => true, 10, 1.5)).toThrow(/h is 1.5/);
  });
});
