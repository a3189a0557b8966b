import { mean, permutationPValue } from "../../src/stats";

/** Difference of group means, group 0 minus group 1. */
const diff = (u: readonly number[], l: readonly number[]) =>
  mean(u.filter((_, i) => l[i] === 0)) - mean(u.filter((_, i) => l[i] === 1));

describe("permutationPValue", () => {
  test("small design → exact enumeration (3 + 3 units: 20 relabellings)", () => {
    const values = Object.freeze([5.1, 4.9, 5.3, 1.0, 1.2, 0.9]);
    const labels = Object.freeze([0, 0, 0, 1, 1, 1]);
    const r = permutationPValue(values, labels, diff, { seed: 1 });
    expect(r.exact).toBe(true);
    expect(r.relabellings).toBe(20);
    expect(r.iterations).toBe(20);
    expect(r.observed).toBeCloseTo(5.1 - 31 / 30, 14);
    // only the observed split is as extreme: p = 1/20
    expect(r.p).toBe(1 / 20);
    expect(r.minimumP).toBe(1 / 20);
    // two-sided: the mirror split (−observed) counts too: p = 2/20
    expect(permutationPValue(values, labels, diff, { seed: 1, alternative: "two-sided" }).p).toBe(2 / 20);
  });

  test("exact p counts ties as extreme, rounding-proof", () => {
    // all values equal: every relabelling ties the observed 0 → p = 1
    const r = permutationPValue([2, 2, 2, 2], [0, 0, 1, 1], diff, { seed: 1 });
    expect(r).toMatchObject({ exact: true, p: 1, relabellings: 6 });
    // A statistic that differs from the observed only by summation-order rounding still ties:
    // observed 0.1 + 0.2 + 0.3 = 0.6000000000000001, but the split {0.2, 0.3, 0.1} sums to 0.6.
    expect(0.1 + 0.2 + 0.3).not.toBe(0.2 + 0.3 + 0.1);
    const sumOfFirst = (u: readonly number[], l: readonly number[]) => u.filter((_, i) => l[i] === 0).reduce((s, x) => s + x, 0);
    const q = permutationPValue([0.1, 0.2, 0.3, 0.1, 0.2, 0.3], [0, 0, 0, 1, 1, 1], sumOfFirst, { seed: 1 });
    // Count in exact integer tenths the 3-of-6 splits whose sum is ≥ 6 tenths.
    const tenths = [1, 2, 3, 1, 2, 3];
    let atLeast = 0;
    for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) for (let c = b + 1; c < 6; c++) if (tenths[a] + tenths[b] + tenths[c] >= 6) atLeast++;
    expect(atLeast).toBe(14); // 20 splits minus {1,1,2}×2, {1,1,3}×2, {1,2,2}×2
    expect(q.p).toBe(atLeast / 20);
  });

  test("Monte Carlo (Phipson & Smyth): strongly separated groups give (0 + 1)/(m + 1)", () => {
    const values = Object.freeze([...Array.from({ length: 15 }, (_, i) => 10 + (i % 4)), ...Array.from({ length: 15 }, (_, i) => (i % 5) * 0.5)]);
    const labels = Object.freeze([...new Array(15).fill(0), ...new Array(15).fill(1)]);
    const r = permutationPValue(values, labels, diff, { seed: 7 });
    expect(r.exact).toBe(false);
    expect(r.iterations).toBe(999);
    expect(r.relabellings).toBe(155117520); // C(30, 15) = scipy.special.comb(30, 15, exact=True)
    expect(r.p).toBe(1 / 1000);
    expect(r.minimumP).toBe(1 / 1000);
  });

  test("identical group distributions give a large p; p is always in (0, 1]", () => {
    const values = Object.freeze(Array.from({ length: 24 }, (_, i) => (i * 7) % 6));
    const labels = Object.freeze(Array.from({ length: 24 }, (_, i) => (i < 12 ? 0 : 1)));
    // each group holds the values 0..5 twice: observed difference 0
    const r = permutationPValue(values, labels, diff, { seed: 3, alternative: "two-sided" });
    expect(r.observed).toBe(0);
    expect(r.p).toBe(1);
    const g = permutationPValue(values, labels, diff, { seed: 3 });
    expect(g.p).toBeGreaterThan(0.4);
    expect(g.p).toBeLessThanOrEqual(1);
  });

  test("same seed → identical; another seed → a different Monte Carlo p", () => {
    const values = Object.freeze(Array.from({ length: 30 }, (_, i) => Math.sin(i * 2.3) + (i < 15 ? 0.3 : 0)));
    const labels = Object.freeze(Array.from({ length: 30 }, (_, i) => (i < 15 ? 0 : 1)));
    const a = permutationPValue(values, labels, diff, { seed: 11 });
    expect(permutationPValue(values, labels, diff, { seed: 11 })).toEqual(a);
    const b = permutationPValue(values, labels, diff, { seed: 12 });
    expect(b.observed).toBe(a.observed);
    expect(b.p).not.toBe(a.p);
    expect(a.p).toBeGreaterThan(0);
    expect(a.p).toBeLessThanOrEqual(1);
  });

  test("exact enumeration visits each distinct relabelling once (sizes 2, 2, 1 → 30)", () => {
    const seen = new Set<string>();
    const record = (_u: readonly string[], l: readonly number[]) => {
      seen.add(l.join(""));
      return 0;
    };
    const r = permutationPValue(["a", "b", "c", "d", "e"], [2, 0, 1, 0, 1], record, { seed: 1 });
    expect(r).toMatchObject({ exact: true, relabellings: 30, iterations: 30 });
    expect(seen.size).toBe(30); // 5!/(2!·2!·1!) = 30; the observed labelling is one of them
    expect(seen.has("20101")).toBe(true);
  });

  test("works for units of any type (articles with payloads)", () => {
    const units = Object.freeze([
      { id: "t1", tone: -0.6 },
      { id: "t2", tone: -0.5 },
      { id: "t3", tone: -0.7 },
      { id: "y1", tone: 0.2 },
      { id: "y2", tone: 0.1 },
      { id: "y3", tone: 0.3 },
      { id: "y4", tone: 0.25 },
    ]);
    const stat = (u: readonly { tone: number }[], l: readonly number[]) =>
      mean(u.filter((_, i) => l[i] === 1).map((x) => x.tone)) - mean(u.filter((_, i) => l[i] === 0).map((x) => x.tone));
    const r = permutationPValue(units, [0, 0, 0, 1, 1, 1, 1], stat, { seed: 1 });
    expect(r).toMatchObject({ exact: true, relabellings: 35, p: 1 / 35 });
  });

  test("bad input throws with a clear message", () => {
    expect(() => permutationPValue([1, 2], [0], diff, { seed: 1 })).toThrow("permutationPValue: 2 units but 1 labels; give one label per unit");
    expect(() => permutationPValue([1, 2], [0, 0.5], diff, { seed: 1 })).toThrow("permutationPValue: labels[1] is 0.5; it must be an integer ≥ 0");
    expect(() => permutationPValue([1, 2, 3], [1, 1, 1], diff, { seed: 1 })).toThrow(
      "permutationPValue: all 3 units have the same label; a permutation test needs at least 2 groups (see canPermute)",
    );
    expect(() => permutationPValue([1, 2], [0, 1], diff, {} as never)).toThrow("permutationPValue: seed is undefined; give an integer seed");
    expect(() => permutationPValue([1, 2], [0, 1], diff, { seed: 1, alternative: "less" as never })).toThrow(
      'permutationPValue: invalid alternative: less; use one of "greater", "two-sided"',
    );
    expect(() => permutationPValue([1, 2], [0, 1], () => NaN, { seed: 1 })).toThrow(
      "permutationPValue: statistic returned NaN on the observed labels; it must return a finite number",
    );
  });
});
