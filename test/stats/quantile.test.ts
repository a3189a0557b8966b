import { quantile, quantileSorted } from "../../src/stats";

describe("quantile (R type 7)", () => {
  const x = Object.freeze([2.5, -1.25, 3.75, 10.0, 0.125, 7.0, 7.0]);
  // numpy.quantile(x, p, method="linear") (= R quantile(x, p, type = 7))
  const reference: [number, number][] = [
    [0, -1.25],
    [0.1, -0.4249999999999998],
    [0.25, 1.3125],
    [0.5, 3.75],
    [0.9, 8.200000000000001],
    [1, 10.0],
  ];
  test.each(reference)("p = %p matches numpy", (p, q) => {
    expect(quantile(x, p)).toBeCloseTo(q, 12);
  });
  test("does not sort the (frozen) input; quantileSorted takes sorted data", () => {
    expect(quantile([3, 1, 2], 0.25)).toBe(1.5);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([5], 0.3)).toBe(5);
  });
  test("empty input, NaN, or p outside [0, 1] throws", () => {
    expect(() => quantile([], 0.5)).toThrow("quantile: requires at least 1 data point; got an empty array");
    expect(() => quantile([1, NaN], 0.5)).toThrow(/values\[1\] is NaN/);
    expect(() => quantile([1, 2], 1.5)).toThrow("quantile: p is 1.5; it must be a number in [0, 1]");
    expect(() => quantile([1, 2], NaN)).toThrow(/p is NaN/);
  });
});
