import { stratifiedPermutationPValue } from "../../src/stats/stratified-permutation";

describe("stratifiedPermutationPValue", () => {
  const diff = (values: number[]) => (l: readonly number[]) => {
    let a = 0, na = 0, b = 0, nb = 0;
    l.forEach((g, i) => { if (g === 0) { a += values[i]; na++; } else { b += values[i]; nb++; } });
    return a / na - b / nb;
  };
  it("only shuffles within strata: with one unit per label per stratum and a constant within-stratum gap, every relabelling of a stratum flips its sign", () => {
    // stratum e1: A=10, B=0; e2: A=1, B=0. Strata of size 2 have 2 relabellings each → 4 equally likely outcomes.
    const values = [10, 0, 1, 0];
    const r = stratifiedPermutationPValue([0, 1, 0, 1], ["e1", "e1", "e2", "e2"], diff(values), { seed: 3, iterations: 4000 });
    expect(r.observed).toBe(5.5);
    // Only the observed labelling reaches 5.5 (the others give 4.5, -4.5, -5.5): p ≈ 1/4
    expect(r.p).toBeGreaterThan(0.2);
    expect(r.p).toBeLessThan(0.3);
  });
  it("gives a small p for well separated groups and a large one for identical groups", () => {
    const labels = Array.from({ length: 40 }, (_, i) => i % 2);
    const strata = labels.map((_, i) => `e${Math.floor(i / 2)}`);
    const separated = labels.map((l, i) => (l === 0 ? 1 : 0) + (i % 7) * 0.01);
    expect(stratifiedPermutationPValue(labels, strata, diff(separated), { seed: 1 }).p).toBeLessThan(0.01);
    const same = labels.map(() => 1);
    expect(stratifiedPermutationPValue(labels, strata, diff(same), { seed: 1, alternative: "two-sided" }).p).toBe(1);
  });
  it("is reproducible for a seed and p is never 0", () => {
    const labels = [0, 1, 0, 1, 0, 1];
    const strata = ["a", "a", "b", "b", "c", "c"];
    const v = [3, 1, 4, 1, 5, 9];
    const r1 = stratifiedPermutationPValue(labels, strata, diff(v), { seed: 9, iterations: 99 });
    expect(stratifiedPermutationPValue(labels, strata, diff(v), { seed: 9, iterations: 99 })).toEqual(r1);
    expect(r1.p).toBeGreaterThan(0);
  });
  it("rejects mismatched lengths", () => {
    expect(() => stratifiedPermutationPValue([0, 1], ["a"], () => 0, { seed: 1 })).toThrow(/2 labels but 1 strata/);
  });
});
