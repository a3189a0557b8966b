import { parse as parseYaml } from "yaml";
import { loadCorpus } from "../../../src/corpus/index";
import { jaro, jaroWinkler, levenshtein, transliterationVariants, variantOptions } from "../../../src/features/terminology/index";
import { isMorphological, transliterationSkeleton, yamlScalar } from "../../../src/features/terminology/variants-rules";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, BUNDLED, profiled } from "../../helpers";

describe("string similarity", () => {
  it("gives Winkler's (1990) published Jaro and Jaro–Winkler values", () => {
    // MARTHA/MARHTA: m = 6, t = 1 (T/H crossed): jaro = (6/6 + 6/6 + 5/6)/3 = 17/18; prefix 3 → 17/18 + 0.3·(1/18)
    expect(jaro("martha", "marhta")).toBeCloseTo(17 / 18, 12);
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(17 / 18 + 0.3 / 18, 12); // 0.961
    // DWAYNE/DUANE: m = 4, t = 0: jaro = (4/6 + 4/5 + 1)/3 = 0.8222; prefix 1 → 0.84
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo((4 / 6 + 4 / 5 + 1) / 3 + 0.1 * (1 - (4 / 6 + 4 / 5 + 1) / 3), 12);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 12);
    // DIXON/DICKSONX: m = 4, t = 0: jaro = (4/5 + 4/8 + 1)/3 = 0.7667; prefix 2 → 0.8133
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.76666666666666667 + 0.2 * (1 - 0.76666666666666667), 12);
  });
  it("is symmetric and handles empty strings", () => {
    expect(jaroWinkler("kiev", "kyiv")).toBe(jaroWinkler("kyiv", "kiev"));
    expect(jaroWinkler("kyiv", "kiev")).toBeCloseTo(0.85, 12); // m = 3 (k, i, v), t = 0: (3/4+3/4+1)/3 = 5/6; +0.1·(1/6)
    expect(jaroWinkler("", "")).toBe(1);
    expect(jaroWinkler("a", "")).toBe(0);
  });
  it("gives Levenshtein distances", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("dmytro", "dmitry")).toBe(2);
    expect(levenshtein("", "abc")).toBe(3);
  });
});

describe("variant rules", () => {
  it("treats plural, possessive and demonym suffixes as morphology, not spelling", () => {
    for (const [a, b] of [["ukraine", "ukrainian"], ["russia", "russian"], ["russia", "russians"], ["minister", "ministers"], ["turkey", "turkish"], ["west", "western"], ["italy", "italian"], ["territory", "territories"]]) {
      expect([a, b, isMorphological(a, b)]).toEqual([a, b, true]);
    }
    for (const [a, b] of [["donbas", "donbass"], ["zelensky", "zelenskyy"], ["sergei", "sergey"], ["kyiv", "kiev"]]) {
      expect([a, b, isMorphological(a, b)]).toEqual([a, b, false]);
    }
  });
  it("gives the Ukrainian and Russian romanisations one skeleton", () => {
    for (const [a, b] of [["kyiv", "kiev"], ["dmytro", "dmitry"], ["luhansk", "lugansk"], ["donbas", "donbass"], ["kharkiv", "kharkov"], ["odesa", "odessa"]]) {
      expect(transliterationSkeleton(a)).toBe(transliterationSkeleton(b));
    }
    expect(transliterationSkeleton("donetsk")).not.toBe(transliterationSkeleton("donbas"));
  });
  it("quotes YAML scalars that would not read back as themselves", () => {
    expect(yamlScalar("Kyiv")).toBe("Kyiv");
    expect(yamlScalar("No")).toBe('"No"');
    expect(parseYaml(`${yamlScalar("Null")}: [${yamlScalar("Null")}]`)).toEqual({ Null: ["Null"] });
  });
});

describe("transliterationVariants (small corpus)", () => {
  const small: readonly ArticleProfile[] = Object.freeze([
    profiled(article({ id: "a1", outlet: "a", text: "Foreign Minister Sergey Lavrov met Russian officials in Russia." })),
    profiled(article({ id: "b1", outlet: "b", text: "Later, Foreign Minister Sergei Lavrov spoke about Ukraine and Ukrainian forces." })),
  ]);
  const r = transliterationVariants(small);

  it("finds a pair spelled differently by two outlets, with its evidence", () => {
    expect(r.kind).toBe("transliteration-variants");
    expect(r.rows.map((x) => [x.formA, x.formB])).toEqual([["Sergei", "Sergey"]]);
    expect(r.rows[0]).toMatchObject({
      countA: 1, countB: 1, outletsA: [{ outlet: "b", count: 1 }], outletsB: [{ outlet: "a", count: 1 }],
      articleIdsA: ["b1"], articleIdsB: ["a1"], editDistance: 1, complementarity: 1, skeleton: true,
      yaml: "Sergei: [Sergei, Sergey]",
    });
    expect(r.rows[0].sharedContext).toEqual(expect.arrayContaining(["lavrov", "minister"]));
    expect(parseYaml(r.rows[0].conceptYaml)).toEqual({ sergei_sergey: { description: expect.any(String), labels: { Sergei: ["Sergei"], Sergey: ["Sergey"] } } });
  });
  it("with one outlet there is nothing to compare: no rows and a warning", () => {
    const one = transliterationVariants([small[0]]);
    expect(one.rows).toEqual([]);
    expect(one.warnings[0]).toMatchObject({ code: "one-outlet" });
  });
  it("checks its options", () => {
    expect(() => variantOptions({ minSimilarity: 2 })).toThrow(/invalid minSimilarity: 2/);
    expect(() => variantOptions({ window: 0 })).toThrow(/invalid window: 0/);
    expect(variantOptions({ minLength: undefined }).minLength).toBe(3);
  });
});

describe("transliterationVariants on the bundled corpus", () => {
  let parsed: ArticleProfile[];
  beforeAll(async () => {
    parsed = (await loadCorpus(BUNDLED)).articles.map((a) => profiled(a));
  });

  it("finds the Russian/Ukrainian spellings, and nothing else", () => {
    const r = transliterationVariants(parsed);
    const pairs = r.rows.map((x) => [x.formA, x.formB].sort().join("/"));
    for (const p of ["Sergei/Sergey", "Dmitry/Dmytro", "Kiev/Kyiv", "Zelensky/Zelenskyy", "Lugansk/Luhansk", "Donbas/Donbass"]) expect(pairs).toContain(p);
    // Mevlut/Mlut is real too: 003's garbled machine translation, which the bundled lexicon lists.
    expect(pairs.sort()).toEqual(["Dmitry/Dmytro", "Donbas/Donbass", "Kiev/Kyiv", "Lugansk/Luhansk", "Mevlut/Mlut", "Sergei/Sergey", "Zelensky/Zelenskyy"]);
    expect(r.rows.find((x) => x.formA === "Kiev")).toMatchObject({ formB: "Kyiv", outletsA: [{ outlet: "tass", count: 3 }], outletsB: [{ outlet: "yahoo", count: 1 }] });
  });
  it("gives the same output twice", () => {
    expect(JSON.stringify(transliterationVariants(parsed))).toBe(JSON.stringify(transliterationVariants(parsed)));
  });
});
