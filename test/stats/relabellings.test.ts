import { countRelabellings, forEachRelabelling, groupSizes } from "../../src/stats/relabellings";

describe("relabellings (internal)", () => {
  test("countRelabellings is the multinomial coefficient", () => {
    // scipy.special.comb(30, 15, exact=True) = 155117520; 10!/(3!·3!·4!) = 4200; 100!/(50!·50!) ≈ 1.0089134454556417e29
    expect(countRelabellings([15, 15])).toBe(155117520);
    expect(countRelabellings([3, 3, 4])).toBe(4200);
    expect(countRelabellings([5])).toBe(1);
    expect(countRelabellings([])).toBe(1);
    expect(countRelabellings([50, 50]) / 1.0089134454556417e29).toBeCloseTo(1, 12);
  });
  test("forEachRelabelling lists each distinct arrangement once, in lexicographic order", () => {
    const out: string[] = [];
    forEachRelabelling(Object.freeze([1, 0, 1, 0]), (l) => out.push(l.join("")));
    expect(out).toEqual(["0011", "0101", "0110", "1001", "1010", "1100"]);
  });
  test("groupSizes counts labels in first-seen order", () => {
    expect([...groupSizes(["b", "a", "b"])]).toEqual([["b", 2], ["a", 1]]);
  });
});
