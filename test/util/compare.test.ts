import fc from "fast-check";
import { compareCodeUnits } from "../../src/util/compare";

describe("compareCodeUnits", () => {
  it("orders by UTF-16 code unit, not by locale (hand-computed)", () => {
    expect(Object.freeze(["b", "B", "a", "ä", "10", "9"]).slice().sort(compareCodeUnits)).toEqual(["10", "9", "B", "a", "b", "ä"]);
    // U+FF5E (one unit, 0xFF5E) sorts after U+1F600 (surrogates 0xD83D…), unlike code-point order.
    expect(compareCodeUnits("\u{1F600}", "\uFF5E")).toBe(-1);
    expect(compareCodeUnits("a", "a")).toBe(0);
  });
  it("property: agrees with sort() without a comparator and is antisymmetric", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: "binary" })), (xs) => {
      expect(xs.slice().sort(compareCodeUnits)).toEqual(xs.slice().sort());
      for (let i = 1; i < xs.length; i++) expect(compareCodeUnits(xs[i - 1], xs[i])).toBe(-compareCodeUnits(xs[i], xs[i - 1]) || 0);
    }), { seed: 9, numRuns: 200 });
  });
});
