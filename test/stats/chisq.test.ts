import { chiSquared1UpperTail } from "../../src/stats";

describe("chiSquared1UpperTail = erfc(√(x/2))", () => {
  // [x, scipy.stats.chi2.sf(x, 1)]
  const reference: [number, number][] = [
    [0, 1.0],
    [0.5, 0.47950012218695337],
    [1, 0.31731050786291115],
    [3.841458820694124, 0.04999999999999989], // chi2.ppf(0.95, 1)
    [6.634896601021214, 0.010000000000000005], // chi2.ppf(0.99, 1)
    [10, 0.001565402258002549],
    [50, 1.537459794428033e-12],
    [100, 1.5239706048320995e-23],
    [200, 2.0884875837625688e-45],
  ];
  test.each(reference)("x = %p matches scipy chi2.sf to 1e-13 relative", (x, p) => {
    expect(Math.abs(chiSquared1UpperTail(x) - p) / p).toBeLessThan(1e-13);
  });
  test("keeps precision far in the tail, where 1 − pchisq rounds to 0", () => {
    // mpmath.erfc(mpmath.sqrt(500)) (mp.dps = 40) = 1.795832784800726e-219; scipy chi2.sf(1000, 1) = 1.7958327848007363e-219
    // Rounding √(x/2) to a double alone costs ≈ x·1.1e-16 relative (1e-13 here): p is that sensitive to x.
    expect(Math.abs(chiSquared1UpperTail(1000) - 1.795832784800726e-219) / 1.795832784800726e-219).toBeLessThan(2e-13);
    expect(chiSquared1UpperTail(Infinity)).toBe(0);
  });
  test("negative or NaN x throws", () => {
    expect(() => chiSquared1UpperTail(-1)).toThrow("chiSquared1UpperTail: x is -1; a χ² statistic must be a number ≥ 0");
    expect(() => chiSquared1UpperTail(NaN)).toThrow(/x is NaN/);
  });
});
