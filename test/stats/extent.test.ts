import fc from "fast-check";
import { maxOf, minOf } from "../../src/stats/extent";

describe("maxOf / minOf", () => {
  test("hand-computed values and the empty-input rule", () => {
    expect(maxOf(Object.freeze([3, 1, 2]))).toBe(3);
    expect(minOf(Object.freeze([3, 1, 2]))).toBe(1);
    expect(maxOf([-5, -2], 0)).toBe(0);
    expect(minOf([5, 2], 0)).toBe(0);
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([], 0.05)).toBe(0.05);
    expect(maxOf([1, NaN, 3])).toBeNaN();
    expect(minOf([1, NaN, 3], 0)).toBeNaN();
  });
  test("agree with Math.max / Math.min over the same arguments (property)", () => {
    const num = fc.oneof(fc.double(), fc.integer());
    fc.assert(fc.property(fc.array(num, { maxLength: 40 }), num, (xs, init) => {
      expect(Object.is(maxOf(xs, init), Math.max(init, ...xs)) || (maxOf(xs, init) === 0 && Math.max(init, ...xs) === 0)).toBe(true);
      expect(Object.is(minOf(xs, init), Math.min(init, ...xs)) || (minOf(xs, init) === 0 && Math.min(init, ...xs) === 0)).toBe(true);
    }), { numRuns: 300 });
  });
  test("issue 8 finding 2: a million values do not overflow the call stack", () => {
    const xs = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...xs)).toThrow(RangeError);
    expect(maxOf(xs)).toBe(1_000_002);
    expect(minOf(xs)).toBe(0);
  });
});
