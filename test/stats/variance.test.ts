import { sd, variance } from "../../src/stats";

describe("variance and sd (sample, n − 1)", () => {
  const x = Object.freeze([2.5, -1.25, 3.75, 10.0, 0.125, 7.0, 7.0]);
  test("match numpy with ddof=1", () => {
    // numpy.var(x, ddof=1) = 16.45163690476191; numpy.std(x, ddof=1) = 4.05606174814461
    expect(variance(x)).toBeCloseTo(16.45163690476191, 12);
    expect(sd(x)).toBeCloseTo(4.05606174814461, 12);
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 15);
  });
  test("stays accurate with a large offset (where the one-pass formula fails)", () => {
    const big = Array.from({ length: 10 }, (_, i) => 1e8 + 0.1 * i);
    // numpy.var(numpy.array(big, dtype=numpy.longdouble), ddof=1) = 0.09166666732894052
    // (the inputs themselves are 1e8 + 0.1·i rounded to doubles, hence not exactly 0.0916…)
    expect(variance(big)).toBeCloseTo(0.09166666732894052, 9);
  });
  test("constant data gives 0", () => {
    expect(variance([3, 3, 3])).toBe(0);
  });
  test("fewer than 2 values throws", () => {
    expect(() => variance([1])).toThrow("variance: requires at least 2 data points; got 1");
    expect(() => sd([])).toThrow("sd: requires at least 2 data points; got 0");
  });
});
