import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { loadCorpus } from "../../../src/corpus/index";
import { jaro, jaroWinkler, levenshtein, transliterationVariants, variantOptions } from "../../../src/features/terminology/index";
import { isMorphological, transliterationSkeleton, yamlScalar } from "../../../src/features/terminology/variants-rules";
import { declaredPairs } from "../../../src/features/terminology/variants-declared";
import { loadLexicon, parseLexicon } from "../../../src/lexicon/index";
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

  it("finds the Russian/Ukrainian spellings that share context, each with its evidence", () => {
    const r = transliterationVariants(parsed);
    const pairs = r.rows.map((x) => [x.formA, x.formB].sort().join("/"));
    for (const p of ["Sergei/Sergey", "Dmitry/Dmytro", "Kiev/Kyiv", "Lugansk/Luhansk"]) expect(pairs).toContain(p);
    // Mevlut/Mlut is real too: 003's garbled machine translation, which the bundled lexicon lists.
    // Changed by issue 11 finding 7: Zelensky/Zelenskyy and Donbas/Donbass were rows on their
    // spelling (shared transliteration skeleton) alone; here no word stands next to both forms of
    // either pair, so they are no longer rows. Donetsk/Donbas is a row with thin evidence (one
    // shared context word, "people"): it was hidden before behind Donbas/Donbass, which beat it.
    expect(pairs.sort()).toEqual(["Dmitry/Dmytro", "Donbas/Donetsk", "Kiev/Kyiv", "Lugansk/Luhansk", "Mevlut/Mlut", "Sergei/Sergey"]);
    expect(r.rows.find((x) => x.formA === "Kiev")).toMatchObject({ formB: "Kyiv", outletsA: [{ outlet: "tass", count: 3 }], outletsB: [{ outlet: "yahoo", count: 1 }], sharedEvents: 1, sharedContext: ["want"], sharedContextCount: 1 });
    expect(r.rows.find((x) => x.formB === "Donbas")).toMatchObject({ formA: "Donetsk", sharedContext: ["people"], sharedContextCount: 1, skeleton: false });
    expect(r.rows.every((x) => x.sharedEvents === 1 && x.sharedContextCount >= 1 && x.declared === null)).toBe(true);
  });
  it("names the lexicon entry that declares a pair", () => {
    const lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
    const r = transliterationVariants(parsed, {}, lexicon);
    expect(r.rows.map((x) => [`${x.formA}/${x.formB}`, x.declared])).toEqual(expect.arrayContaining([["Sergey/Sergei", "Sergey Lavrov"], ["Kiev/Kyiv", "capital"], ["Donetsk/Donbas", null]]));
    // declared, but no shared context word: Zelensky (putin, refuse, talk, ...) vs Zelenskyy (colleague, ukrainian, volodymyr)
    expect(r.rows.some((x) => x.formA.startsWith("Zelensk"))).toBe(false);
  });
  it("gives the same output twice", () => {
    expect(JSON.stringify(transliterationVariants(parsed))).toBe(JSON.stringify(transliterationVariants(parsed)));
  });
});

describe("issue 11 finding 7: variants that are real", () => {
  const at = (id: string, outlet: string, event: string, text: string) => profiled(article({ id, outlet, event, text }));
  const pairs = (r: ReturnType<typeof transliterationVariants>) => r.rows.map((x) => [x.formA, x.formB].sort().join("/"));

  it("Ross/Rose in different events: no row, though the spellings are close and the context shared", () => {
    // jaroWinkler(ross, rose): m = 3, t = 0: (3/4 + 3/4 + 1)/3 = 5/6; prefix 3 → 5/6 + 0.3·(1/6) = 0.8833
    expect(jaroWinkler("ross", "rose")).toBeCloseTo(5 / 6 + 0.3 / 6, 12);
    const apart = [at("a1", "a", "e1", "Later, Senator Ross met voters in Ohio."), at("b1", "b", "e2", "Later, Senator Rose met voters in Ohio.")];
    expect(transliterationVariants(apart).rows).toEqual([]);
    // the same two articles in one event make a row: the event is what kept it out
    const together = apart.map((p) => ({ ...p, event: "e1" }));
    expect(pairs(transliterationVariants(together))).toEqual(["Rose/Ross"]);
  });
  it("Garden/Guardian in one event with no shared context: no row", () => {
    // garden/guardian: m = 5 (g, a, r, d, n), t = 0: (5/6 + 5/8 + 1)/3 = 0.8194; prefix 1 → 0.8375 ≥ minSimilarity 0.8
    expect(jaroWinkler("garden", "guardian")).toBeCloseTo((5 / 6 + 5 / 8 + 1) / 3 + 0.1 * (1 - (5 / 6 + 5 / 8 + 1) / 3), 12);
    const r = transliterationVariants([
      at("a1", "a", "e1", "The ceremony took place in the Garden yesterday."),
      at("b1", "b", "e1", "Later the Guardian newspaper reported the story first."),
    ]);
    expect(r.rows).toEqual([]);
  });
  it("Kiev/Kyiv in the same events with shared context: a row with its evidence", () => {
    const r = transliterationVariants([
      at("a1", "a", "e1", "The talks in Kiev resumed on Monday."), at("b1", "b", "e1", "The talks in Kyiv resumed on Monday."),
      at("a2", "a", "e2", "Shelling near Kiev stopped overnight."), at("b2", "b", "e2", "Shelling near Kyiv stopped overnight."),
    ]);
    expect(pairs(r)).toEqual(["Kiev/Kyiv"]);
    const row = r.rows[0];
    // context (window 3, non-stop lemmas): e1 talk, resume, monday; e2 shell, near, stop, overnight; the same for both forms
    expect(row).toMatchObject({ sharedEvents: 2, sharedContextCount: 7, declared: null, complementarity: 1, context: 1 });
    // 7 shared, 5 listed: each once beside each form, so ties, broken by code units (stop, talk left out)
    expect(row.sharedContext).toEqual(["monday", "near", "overnight", "resume", "shell"]);
    expect(row.similarity).toBeCloseTo(0.85, 12);
    expect(row.score).toBeCloseTo((0.85 * 1 * (1 + 1)) / 2, 12);
  });
  it("a declared lexicon variant pair is a row, across events and however different the spellings", () => {
    const lex = parseLexicon("name: burma\nversion: 1\nactors:\n  Myanmar: [Myanmar, Burma]\n", "burma.yaml");
    const ps = [at("a1", "a", "e1", "Protests in Burma grew after the coup."), at("b1", "b", "e2", "Protests in Myanmar grew after the coup.")];
    expect(jaroWinkler("burma", "myanmar")).toBeLessThan(0.8);
    expect(transliterationVariants(ps).rows).toEqual([]);
    const r = transliterationVariants(ps, {}, lex);
    expect(pairs(r)).toEqual(["Burma/Myanmar"]);
    expect(r.rows[0]).toMatchObject({ declared: "Myanmar", sharedEvents: 0 });
    expect(r.rows[0].sharedContext).toEqual(expect.arrayContaining(["coup", "grow", "protests"])); // sentence-initial "Protests": wink keeps the capitalised form unlemmatised
    expect(r.params).toMatchObject({ declaredPairs: 1, lexicon: { name: "burma", version: "1", hash: lex.hash } });
  });
  it("a declared pair still needs shared context", () => {
    const lex = parseLexicon("actors:\n  Myanmar: [Myanmar, Burma]\n");
    const r = transliterationVariants([at("a1", "a", "e1", "Protests in Burma grew after the coup."), at("b1", "b", "e2", "Tourism to Myanmar recovered slowly this year.")], {}, lex);
    expect(r.rows).toEqual([]);
  });
  it("reads declared pairs from actor variants and concept labels, name words only", () => {
    const lex = parseLexicon(`actors:
  Sergey Lavrov: [Sergey Lavrov, Sergei Lavrov, Lavrov]
  Mevlüt Çavuşoğlu: [Mevlüt Çavuşoğlu, Mlut Cavusoglu]
concepts:
  capital:
    labels:
      Kyiv: [Kyiv]
      Kiev: [Kiev]
  conflict:
    labels:
      war: [war]
      conflict: [conflict, invad*]
`);
    // Sergey Lavrov / Lavrov differ in length; war/conflict are not names; invad* is a wildcard
    expect([...declaredPairs(lex)]).toEqual([["sergei\u0000sergey", "Sergey Lavrov"], ["mevlut\u0000mlut", "Mevlüt Çavuşoğlu"], ["kiev\u0000kyiv", "capital"]]);
  });
  it("checks minSharedContext", () => {
    expect(() => variantOptions({ minSharedContext: 0 })).toThrow(/invalid minSharedContext: 0 \(use a whole number ≥ 1\)/);
    const ps = [at("a1", "a", "e1", "The talks in Kiev resumed on Monday."), at("b1", "b", "e1", "The talks in Kyiv resumed on Monday.")];
    expect(transliterationVariants(ps, { minSharedContext: 3 }).rows.length).toBe(1);
    expect(transliterationVariants(ps, { minSharedContext: 4 }).rows).toEqual([]);
  });
});
