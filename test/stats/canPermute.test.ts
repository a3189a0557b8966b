import { canPermute } from "../../src/stats";

describe("canPermute", () => {
  test("an outlet with one article: says which and what is needed", () => {
    const r = canPermute(Object.freeze(["tass", "yahoo", "yahoo", "bbc", "bbc"]));
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('outlet "tass" has 1 article; a permutation test needs at least 2 per outlet');
    expect(r).toMatchObject({ groups: 3, relabellings: 30 });
  });

  test("several small outlets are all named, sorted", () => {
    expect(canPermute(["tass", "rt", "bbc", "bbc"]).reason).toBe(
      'outlets "rt" (1 article), "tass" (1 article) have fewer than 2 articles; a permutation test needs at least 2 per outlet',
    );
  });

  test("one outlet, or none", () => {
    expect(canPermute(["tass", "tass", "tass"]).reason).toBe('only one outlet ("tass"); a permutation test compares at least 2 outlets');
    expect(canPermute([]).reason).toBe("no articles; a permutation test needs at least 2 outlets with 2 articles each");
  });

  test("too few relabellings to ever reach alpha", () => {
    const r = canPermute(["a", "a", "b", "b"]);
    expect(r.ok).toBe(false);
    expect(r.relabellings).toBe(6);
    expect(r.minimumP).toBeCloseTo(1 / 6, 15);
    expect(r.reason).toBe(
      "4 articles in 2 outlets allow only 6 distinct relabellings, so no p-value can be below 0.167 (> 0.05); more articles are needed",
    );
    // 3 + 3 gives 20 relabellings: p can reach 0.05 exactly
    expect(canPermute(["a", "a", "a", "b", "b", "b"]).ok).toBe(true);
  });

  test("enough articles: ok, with the numbers", () => {
    const labels = [...new Array(5).fill("tass"), ...new Array(5).fill("yahoo")];
    expect(canPermute(labels)).toEqual({ ok: true, groups: 2, relabellings: 252, minimumP: 1 / 252 });
  });

  test("options: minPerGroup, alpha, nouns; numeric labels", () => {
    expect(canPermute([0, 1, 1, 1], { minPerGroup: 1, alpha: 0.5 }).ok).toBe(true);
    expect(canPermute([0, 0, 1, 1, 1], { minPerGroup: 3, group: "event", unit: "story", units: "stories" }).reason).toBe(
      'event "0" has 2 stories; a permutation test needs at least 3 per event',
    );
    expect(() => canPermute(["a"], { minPerGroup: 0 })).toThrow("canPermute: minPerGroup is 0; it must be an integer ≥ 1");
    expect(() => canPermute(["a"], { alpha: 0 })).toThrow("canPermute: alpha is 0; it must be in (0, 1]");
  });
});
