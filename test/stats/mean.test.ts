import { mean } from "../../src/stats";

describe("mean", () => {
  test("matches numpy", () => {
    // numpy.mean([2.5, -1.25, 3.75, 10.0, 0.125, 7.0, 7.0]) = 4.160714285714286
    expect(mean(Object.freeze([2.5, -1.25, 3.75, 10.0, 0.125, 7.0, 7.0]))).toBeCloseTo(4.160714285714286, 14);
    expect(mean([0, 10])).toBe(5);
    expect(mean([3])).toBe(3);
  });
  test("empty input throws", () => {
    expect(() => mean([])).toThrow("mean: requires at least 1 data point; got an empty array");
  });
  test("NaN throws", () => {
    expect(() => mean([1, NaN])).toThrow(/values\[1\] is NaN/);
  });
});
