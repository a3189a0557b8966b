import { sum } from "../../src/stats";

describe("sum (Neumaier compensated)", () => {
  test("matches math.fsum (Python: math.fsum(x), exactly rounded)", () => {
    // math.fsum([2.5, -1.25, 3.75, 10.0, 0.125, 7.0, 7.0]) = 29.125
    expect(sum(Object.freeze([2.5, -1.25, 3.75, 10.0, 0.125, 7.0, 7.0]))).toBe(29.125);
    // math.fsum([0.1, 0.2, 0.3]) = 0.6 (naive addition gives 0.6000000000000001)
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
    // math.fsum([1e100, 1.0, -1e100]) = 1.0 (Kahan's plain form gives 0)
    expect(sum([1e100, 1, -1e100])).toBe(1);
    // math.fsum([0.1] * 10) = 1.0
    expect(sum(new Array(10).fill(0.1))).toBe(1);
  });
  test("empty input sums to 0", () => {
    expect(sum([])).toBe(0);
  });
  test("NaN or Infinity throws, naming the index", () => {
    expect(() => sum([1, NaN])).toThrow("sum: values[1] is NaN; every value must be a finite number");
    expect(() => sum([Infinity])).toThrow(/values\[0\] is Infinity/);
  });
});
