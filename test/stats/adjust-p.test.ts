import fc from "fast-check";
import { benjaminiHochberg, holm } from "../../src/stats/adjust-p";

// References: BH from scipy 1.17.1, `scipy.stats.false_discovery_control(ps)` (method "bh");
// Holm by hand (scipy has no Holm; statsmodels is not installed), worked in the comments.
const ps = Object.freeze([0.01, 0.04, 0.03, 0.005, 0.5, 0.04, 1.0]);
const ps2 = Object.freeze([0.0001, 0.2, 0.02, 0.02, 0.9]);

describe("issue 11 finding 11: Holm and Benjamini–Hochberg adjusted p-values", () => {
  it("BH equals scipy's false_discovery_control", () => {
    const scipy = [0.035, 0.055999999999999994, 0.055999999999999994, 0.035, 0.5833333333333334, 0.055999999999999994, 1.0];
    benjaminiHochberg(ps).forEach((x, i) => expect(x).toBeCloseTo(scipy[i], 14));
    const scipy2 = [0.0005, 0.25, 0.03333333333333333, 0.03333333333333333, 0.9];
    benjaminiHochberg(ps2).forEach((x, i) => expect(x).toBeCloseTo(scipy2[i], 14));
  });
  it("Holm by hand", () => {
    // sorted 0.005·7 = 0.035, 0.01·6 = 0.06, 0.03·5 = 0.15, 0.04·4 = 0.16, 0.04·3 = 0.12 → 0.16 (running max), 0.5·2 = 1, 1·1 = 1
    const hand = [0.06, 0.16, 0.15, 0.035, 1, 0.16, 1];
    holm(ps).forEach((x, i) => expect(x).toBeCloseTo(hand[i], 14));
    // 0.0001·5, 0.02·4 = 0.08, 0.02·3 = 0.06 → 0.08, 0.2·2 = 0.4, 0.9·1
    holm(ps2).forEach((x, i) => expect(x).toBeCloseTo([0.0005, 0.4, 0.08, 0.08, 0.9][i], 14));
  });
  it("empty family, one test, and bad input", () => {
    expect(holm([])).toEqual([]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(holm([0.3])).toEqual([0.3]);
    expect(benjaminiHochberg([0.3])).toEqual([0.3]);
    expect(() => holm([0.1, NaN])).toThrow(/holm: p-value 1 is NaN/);
    expect(() => benjaminiHochberg([1.5])).toThrow(/p-value 0 is 1.5/);
  });
  it("property: raw ≤ BH ≤ Holm ≤ 1, order-free, and monotone in the raw p", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (xs) => {
      const h = holm(xs), b = benjaminiHochberg(xs);
      xs.forEach((p, i) => {
        expect(b[i]).toBeGreaterThanOrEqual(p * (1 - 1e-15)); // m·p/j may round a unit below p
        expect(h[i]).toBeGreaterThanOrEqual(b[i] * (1 - 1e-15));
        expect(h[i]).toBeLessThanOrEqual(1);
      });
      const rev = xs.slice().reverse();
      expect(holm(rev).reverse()).toEqual(h);
      expect(benjaminiHochberg(rev).reverse()).toEqual(b);
      for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) if (xs[i] <= xs[j]) { expect(h[i]).toBeLessThanOrEqual(h[j]); expect(b[i]).toBeLessThanOrEqual(b[j]); }
    }));
  });
});
