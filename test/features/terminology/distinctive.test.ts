import { loadCorpus } from "../../../src/corpus/index";
import { distinctiveTerms, REST } from "../../../src/features/terminology/index";
import { parseArticle } from "../../../src/parse/index";
import type { ParsedArticle } from "../../../src/parse/types";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, BUNDLED, profiled } from "../../helpers";

// a: "Kiev talks." → kiev 1, talk 1 (n_a = 2); b: "Kyiv talks talks." → kyiv 1, talk 2 (n_b = 3).
const small: readonly ArticleProfile[] = Object.freeze([
  profiled(article({ id: "a1", outlet: "a", text: "Kiev talks." })),
  profiled(article({ id: "b1", outlet: "b", text: "Kyiv talks talks." })),
]);

describe("distinctiveTerms (hand computed)", () => {
  const r = distinctiveTerms(small, { pairs: [["a", "b"]], ngrams: [1] });
  const kiev = r.rows.find((x) => x.term === "kiev")!;

  it("gives Monroe et al.'s log-odds row for kiev, written out", () => {
    // Background = whole corpus: kiev 1, kyiv 1, talk 3 (total 5, V = 3), so α₀ = V = 3 and
    // α_kiev = α₀·π̂_kiev = 3·1/5 = 0.6.
    // δ̂ = ln[(y_a+α_w)/(n_a+α₀−y_a−α_w)] − ln[(y_b+α_w)/(n_b+α₀−y_b−α_w)]
    //   = ln[(1+0.6)/(2+3−1−0.6)] − ln[(0+0.6)/(3+3−0−0.6)] = ln(1.6/3.4) − ln(0.6/5.4) = 1.4434527749598396
    // σ = √(1/(1+0.6) + 1/(0+0.6)) = √(1/1.6 + 1/0.6) = 1.5138251770487459, z = δ̂/σ = 0.953513521141127
    expect(kiev).toMatchObject({ target: "a", reference: "b", n: 1, countTarget: 1, countReference: 0, articleIds: ["a1"], referenceArticleIds: [] });
    expect(kiev.delta).toBeCloseTo(Math.log(1.6 / 3.4) - Math.log(0.6 / 5.4), 12);
    expect(kiev.sigma).toBeCloseTo(Math.sqrt(1 / 1.6 + 1 / 0.6), 12);
    expect(kiev.z).toBeCloseTo(0.953513521141127, 12);
    expect(r.params.comparisons).toEqual([{ target: "a", reference: "b", n: 1, totalTarget: 2, totalReference: 3, alpha0: 3, articleIdsTarget: ["a1"], articleIdsReference: ["b1"] }]);
  });
  it("gives G² keyness with quanteda's (Yates) correction, as scipy does", () => {
    // 2×2 table [[1, 0], [1, 3]]: |ad − bc| = 3 ≥ N/2 = 2.5 and E_a = 0.4 < 5, so each cell moves 0.5
    // toward independence: O = 0.5, 0.5, 1.5, 2.5 against E = 0.4, 0.6, 1.6, 2.4.
    const g2 = 2 * (0.5 * Math.log(0.5 / 0.4) + 0.5 * Math.log(0.5 / 0.6) + 1.5 * Math.log(1.5 / 1.6) + 2.5 * Math.log(2.5 / 2.4));
    expect(kiev.G2).toBeCloseTo(g2, 12);
    // scipy.stats.chi2_contingency([[1,0],[1,3]], correction=True, lambda_="log-likelihood")
    expect(kiev.G2).toBeCloseTo(0.051316403708817654, 12);
    expect(kiev.p).toBeCloseTo(0.8207882629109282, 9);
  });
  it("sorts by z descending, then term", () => {
    expect(r.rows.map((x) => x.term)).toEqual(["kiev", "talk", "kyiv"]);
  });
  it("compares each outlet with the rest by default", () => {
    const d = distinctiveTerms(small, { ngrams: [1] });
    expect(d.params.comparison).toBe("one-vs-rest");
    expect([...new Set(d.rows.map((x) => `${x.target}/${x.reference}`))]).toEqual([`a/${REST}`, `b/${REST}`]);
  });
  it("keeps the top k per side and drops rare terms on request", () => {
    const t = distinctiveTerms(small, { pairs: [["a", "b"]], ngrams: [1], top: 1 });
    expect(t.rows.map((x) => x.term)).toEqual(["kiev", "kyiv"]);
    expect(distinctiveTerms(small, { pairs: [["a", "b"]], ngrams: [1], minCount: 2 }).rows.map((x) => x.term)).toEqual(["talk"]);
  });
  it("checks its options", () => {
    expect(() => distinctiveTerms(small, { comparison: "all" as never })).toThrow(/invalid comparison: all/);
    expect(() => distinctiveTerms(small, { pairs: [["a", "a"]] })).toThrow(/compares an outlet with itself/);
    expect(() => distinctiveTerms(small, { pairs: [["a", "x"]] })).toThrow(/outlet "x" has no articles/);
    expect(() => distinctiveTerms(small, { comparison: "one-vs-rest", pairs: [["a", "b"]] })).toThrow(/invalid pairs/);
    expect(() => distinctiveTerms(small, { alpha0: 0 })).toThrow(/invalid alpha0/);
    expect(() => distinctiveTerms(small, { top: 0 })).toThrow(/invalid top/);
    expect(() => distinctiveTerms(small, { minCount: 1.5 })).toThrow(/invalid minCount/);
    expect(() => distinctiveTerms(small, { background: "x" as never })).toThrow(/invalid background/);
    expect(() => distinctiveTerms(small, { unit: "stem" as never })).toThrow(/invalid unit/);
  });
});

describe("distinctiveTerms on degenerate input", () => {
  it("with one outlet, one-vs-rest has no rest: no rows and a warning", () => {
    const r = distinctiveTerms([small[0]]);
    expect(r.rows).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ code: "no-reference" });
    expect(r.warnings[0].message).toMatch(/only outlet "a"/);
  });
  it("an article of stop words and punctuation only: a warning, and no NaN", () => {
    const empty = profiled(article({ id: "e1", outlet: "e", text: "The, and of it." }));
    const r = distinctiveTerms([...small, empty], { ngrams: [1] });
    expect(r.warnings.map((w) => w.code)).toEqual(["empty-terms", "no-terms"]);
    expect(r.warnings[0].articleId).toBe("e1");
    expect(r.rows.every((x) => [x.delta, x.sigma, x.z, x.G2, x.p].every(Number.isFinite))).toBe(true);
    expect(r.rows.some((x) => x.target === "e")).toBe(false);
  });
});

describe("distinctiveTerms on the bundled corpus", () => {
  let parsed: ArticleProfile[];
  beforeAll(async () => {
    parsed = (await loadCorpus(BUNDLED)).articles.map((a) => profiled(a));
  });

  it("finds Kiev distinctive for TASS against Yahoo (z > 0 with target tass)", () => {
    const r = distinctiveTerms(parsed, { pairs: [["tass", "yahoo"]] });
    const kiev = r.rows.find((x) => x.term === "kiev")!;
    expect(kiev).toMatchObject({ target: "tass", reference: "yahoo", countTarget: 3, countReference: 0, articleIds: ["004_a6941b140a9282af"] });
    expect(kiev.z).toBeGreaterThan(0);
    expect(kiev.G2).toBeGreaterThan(0);
    expect(r.rows.find((x) => x.term === "kyiv")!.z).toBeLessThan(0);
  });
  it("swapping the two outlets flips the sign of δ̂ and z", () => {
    const ab = distinctiveTerms(parsed, { pairs: [["tass", "yahoo"]] });
    const ba = new Map(distinctiveTerms(parsed, { pairs: [["yahoo", "tass"]] }).rows.map((x) => [x.term, x]));
    expect(ab.rows.length).toBe(ba.size);
    for (const x of ab.rows) {
      expect(ba.get(x.term)!.delta).toBe(-x.delta);
      expect(ba.get(x.term)!.z).toBe(-x.z);
    }
  });
  it("Kiev is also distinctive for TASS against the rest, over lemma bigrams too", () => {
    const r = distinctiveTerms(parsed);
    expect(r.rows.find((x) => x.target === "tass" && x.term === "kiev")!.z).toBeGreaterThan(1);
    expect(r.rows.find((x) => x.target === "tass" && x.term === "kiev regime")).toMatchObject({ n: 2, countTarget: 1 });
  });
  it("gives the same output twice", () => {
    expect(JSON.stringify(distinctiveTerms(parsed, { comparison: "pairwise" }))).toBe(JSON.stringify(distinctiveTerms(parsed, { comparison: "pairwise" })));
  });
});

describe("issue 8 finding 3: one-vs-rest on many outlets stays linear and bounded", () => {
  const words = ["kiev", "kyiv", "talks", "ceasefire", "corridor", "minister", "sanctions", "grain", "border", "refugees", "shelling", "summit"];
  // 40 outlets, 1–3 articles each, each article 4–7 words drawn deterministically
  const many: ArticleProfile[] = [];
  const manyParsed: ParsedArticle[] = []; // the parses behind `many`, for the lemmas they hold
  for (let o = 0; o < 40; o++) for (let k = 0; k <= o % 3; k++) {
    const text = Array.from({ length: 4 + ((o + k) % 4) }, (_, w) => words[(o * 7 + k * 3 + w * 5) % words.length]).join(" ") + ".";
    const a = article({ id: `o${String(o).padStart(2, "0")}-${k}`, outlet: `o${String(o).padStart(2, "0")}`, text });
    many.push(profiled(a));
    manyParsed.push(parseArticle(a));
  }

  it("equals a two-outlet comparison of the target against all others relabelled as one outlet", () => {
    const r = distinctiveTerms(many, { ngrams: [1], restAbsent: Infinity });
    for (const target of ["o00", "o17", "o39"]) {
      const relabelled = many.map((p) => (p.outlet === target ? p : { ...p, outlet: "~rest" }));
      const ref = distinctiveTerms(relabelled, { ngrams: [1], pairs: [[target, "~rest"]] });
      const mine = r.rows.filter((x) => x.target === target);
      expect(mine.map((x) => x.term)).toEqual(ref.rows.map((x) => x.term));
      mine.forEach((x, i) => {
        const y = ref.rows[i];
        expect([x.delta, x.sigma, x.z, x.G2, x.countTarget, x.countReference]).toEqual([y.delta, y.sigma, y.z, y.G2, y.countTarget, y.countReference]);
        expect(x.articleIds).toEqual(y.articleIds);
        expect(x.referenceArticles).toBe(y.referenceArticleIds.length);
        expect(x.referenceArticleIds).toEqual(y.referenceArticleIds.slice(0, 10));
      });
    }
  });

  it("keeps every term the target uses and only restAbsent of those it never uses", () => {
    const r = distinctiveTerms(many, { ngrams: [1], restAbsent: 2 });
    for (const target of ["o00", "o05"]) {
      const used = new Set(manyParsed.filter((p) => p.outlet === target).flatMap((p) => [...p.tokens.lemma]));
      const mine = r.rows.filter((x) => x.target === target);
      expect(mine.filter((x) => x.countTarget === 0).length).toBeLessThanOrEqual(2);
      for (const x of mine.filter((y) => y.countTarget > 0)) expect(used.has(x.term)).toBe(true);
      expect(mine.filter((x) => x.countTarget > 0).length).toBe(r.rows.filter((x) => x.target === target && x.countTarget > 0).length);
      const all = distinctiveTerms(many, { ngrams: [1], restAbsent: Infinity }).rows.filter((x) => x.target === target);
      const absentLowest = all.filter((x) => x.countTarget === 0).sort((a, b) => a.z - b.z || (a.term < b.term ? -1 : 1)).slice(0, 2).map((x) => x.term).sort();
      expect(mine.filter((x) => x.countTarget === 0).map((x) => x.term).sort()).toEqual(absentLowest);
      expect(mine.filter((x) => x.countTarget > 0).map((x) => x.term)).toEqual(all.filter((x) => x.countTarget > 0).map((x) => x.term));
    }
  });

  it("rejects a bad restAbsent", () => {
    expect(() => distinctiveTerms(many, { restAbsent: -1 })).toThrow(/invalid restAbsent/);
  });
});
