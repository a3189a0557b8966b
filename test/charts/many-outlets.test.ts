import { chartDivergences, chartOutletMap } from "../../src/charts/index";
import { articlesPerOutlet, limitOutlets, outletsNote, topOutlets } from "../../src/charts/outlet-limit";
import { loadCorpus } from "../../src/corpus/index";
import type { Outlet } from "../../src/corpus/types";
import type { Warning } from "../../src/errors";
import { compare, type Comparison } from "../../src/features/compare";
import type { DivergenceParams, DivergenceRow } from "../../src/features/divergence/divergence";
import { combineFamilies } from "../../src/features/divergence/combined";
import { featureResult } from "../../src/features/result";
import { reportHtml } from "../../src/report/report-html";
import { analysisSections } from "../../src/report/analysis-sections";
import { BUNDLED } from "../helpers";

const N = 1000;
const IDS = Object.freeze(Array.from({ length: N }, (_, i) => `o${String(i).padStart(4, "0")}`));
// uneven article counts with many ties: 1 to 7 articles
const COUNTS: Readonly<Record<string, number>> = Object.freeze(Object.fromEntries(IDS.map((id, i) => [id, 1 + ((i * 37) % 7)])));
// the 30 shown, computed independently: most articles first, ties by id
const TOP30 = [...IDS].sort((a, b) => COUNTS[b] - COUNTS[a] || (a < b ? -1 : 1)).slice(0, 30).sort();
const NOTE = "Showing the 30 outlets with most articles; 970 more are left out (tables keep every outlet).";

/** Pooled terms and sentiment rows for every pair of 1,000 outlets, plus the combined view. */
function bigDivergence() {
  const rows: DivergenceRow[] = [];
  const x = IDS.map((_, i) => ((i * 7919) % 1000) / 1000);
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) {
    const base = { scope: "pooled" as const, event: null, outletA: IDS[i], outletB: IDS[j], lower: null, upper: null, interval: null, p: null, pHolm: null, pBH: null, test: "not tested", permutations: null, note: null, articlesA: null, articlesB: null, nA: 0, nB: 0, events: null };
    rows.push({ ...base, family: "terms", value: Math.abs(x[i] - x[j]) }, { ...base, family: "sentiment", value: x[i] - x[j] });
  }
  const warnings: Warning[] = [];
  const combined = combineFamilies(rows, warnings);
  for (const r of combined) rows.push(r);
  return { result: featureResult("divergence", { termSmoothing: 0.01, terms: { ngrams: [1] }, includeHeadline: true, iterations: 200, permutations: 99, sequentialH: 10, minArticlesPerOutlet: 2, minRelabellings: 20, level: 0.95, seed: 1, maxOutlets: 100, maxEventRows: 100_000, lexicon: null } as DivergenceParams, rows, warnings), combined };
}

describe("issue 8 finding 3: many outlets in charts and the report", () => {
  const big = bigDivergence();

  it("combineFamilies handles 1,000 outlets (499,500 pairs) without throwing", () => {
    expect(big.combined.length).toBe(N * (N - 1) / 2);
    // the largest |terms| and |sentiment| pair scores 1 on both families
    expect(Math.max(...big.combined.slice(0, 1000).map((r) => r.value!))).toBeLessThanOrEqual(1);
  });

  it("the divergence heatmaps show the 30 outlets with most articles and say how many are left out", () => {
    const specs = chartDivergences(big.result, { outletArticles: COUNTS, outlets: IDS });
    expect(specs.map((s) => s.name)).toEqual(["divergence-terms", "divergence-sentiment", "divergence-combined"]);
    for (const s of specs) {
      const t = s.figure.data[0] as { x: string[]; y: string[]; z: unknown[][] };
      // issue 12: past 20 outlets the heatmap is in clustered order, so compare the set shown
      expect([...t.x].sort()).toEqual(TOP30);
      expect(t.y).toEqual(t.x);
      expect(t.z.length).toBe(30);
      const notes = (s.figure.layout.annotations as { text: string }[]).map((a) => a.text.replace(/<br>/g, " "));
      expect(notes.some((n) => n.includes(NOTE))).toBe(true);
      expect(s.data.rows.length).toBe(30 * 29 / 2);
    }
  });

  it("the outlet map places the same 30 outlets, with the note", () => {
    const s = chartOutletMap(big.result, { outletArticles: COUNTS });
    expect(s.figure.data.length).toBe(30); // a trace per outlet
    expect(s.data.rows.map((r) => r[0])).toEqual(TOP30);
    expect((s.figure.layout.annotations as { text: string }[]).some((a) => a.text.replace(/<br>/g, " ").includes(NOTE))).toBe(true);
  });

  it("the report builder takes a 1,000-outlet comparison: a note in every section, capped tables, a page of bounded size", async () => {
    const corpus = await loadCorpus(BUNDLED);
    const small = compare(corpus, undefined, { iterations: 50, divergence: { permutations: 19 } });
    const extra: Outlet[] = IDS.map((id) => ({ id, label: id, meta: {} }));
    const c: Comparison = { ...small, divergence: big.result, corpus: { ...small.corpus, outlets: [...small.corpus.outlets, ...extra] } };
    const sections = analysisSections(c, { outletArticles: COUNTS });
    const note = `Showing the 30 outlets with most articles; ${N + small.corpus.outlets.length - 30} more are left out (tables keep every outlet).`;
    for (const s of sections) expect(s.intro.endsWith(note)).toBe(true);
    const div = sections.find((s) => s.id === "divergence")!;
    expect(div.figures.length).toBeGreaterThan(0);
    expect(div.tables[0].table.rows.length).toBe(200);
    expect(div.tables[0].caption).toBe("Pairwise divergence (pooled, pairs among the 30 outlets shown) (first 200 of 1,305 rows; every row is in tables/divergence.csv)");
    const html = reportHtml({ title: "many outlets", facts: [], sections, warnings: [] });
    expect(html.length).toBeLessThan(20_000_000);
  }, 120_000);
});

describe("issue 8 finding 3: choosing the outlets a chart shows", () => {
  it("takes the most articles first, ties by id in code-unit order, and lists them in code-unit order", () => {
    expect(topOutlets(["c", "a", "b"], { a: 1, b: 5, c: 5 }, 2)).toEqual(["b", "c"]);
    expect(topOutlets(["b", "a", "B"], { a: 2, b: 2, B: 2 }, 2)).toEqual(["B", "a"]);
    expect(topOutlets(["z", "y"], undefined, 1)).toEqual(["y"]);
    expect(topOutlets(["z", "y"], undefined, 5)).toEqual(["y", "z"]);
    expect(() => topOutlets(["a"], undefined, 0)).toThrow("invalid maxOutlets: 0 (use a whole number ≥ 1, e.g. 30)");
  });
  it("leaves a result with few outlets untouched, and cuts pairwise rows to pairs of shown outlets", () => {
    const result = Object.freeze({ rows: Object.freeze([{ a: "x", b: "y" }, { a: "x", b: "z" }, { a: "y", b: "z" }]) });
    expect(limitOutlets(result, {}, (r) => [r.a, r.b]).result).toBe(result);
    const cut = limitOutlets(result, { maxOutlets: 2, outletArticles: { x: 3, y: 1, z: 2 }, outlets: ["x", "y", "z"] }, (r) => [r.a, r.b]);
    expect(cut.result.rows).toEqual([{ a: "x", b: "z" }]);
    expect(cut.options.outlets).toEqual(["x", "z"]);
    expect(cut.note).toBe("Showing the 2 outlets with most articles; 1 more is left out (tables keep every outlet).");
  });
  it("says which outlets were taken when no counts were given", () => {
    expect(outletsNote(30, 970, false)).toBe("Showing the first 30 outlets by id; 970 more are left out (tables keep every outlet).");
    expect(outletsNote(30, 0, true)).toBe("");
  });
  it("counts articles per outlet", () => {
    expect(articlesPerOutlet([{ outlet: "a" }, { outlet: "b" }, { outlet: "a" }])).toEqual({ a: 2, b: 1 });
  });
});
