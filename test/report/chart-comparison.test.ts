import { join } from "node:path";
import { OKABE_ITO, paperTheme } from "../../src/charts/index";
import { chartComparison } from "../../src/report/charts-of";
import { loadCorpus } from "../../src/corpus/index";
import { compare } from "../../src/features/compare";
import { loadLexicon } from "../../src/lexicon/index";
import { BUNDLED } from "../helpers";

describe("chartComparison on the bundled corpus", () => {
  let result: ReturnType<typeof chartComparison>;
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const c = compare(corpus, loadLexicon(join(BUNDLED, "lexicon.yaml")), { iterations: 200, divergence: { permutations: 99 } });
    result = chartComparison(c, { theme: paperTheme({ width: "one-column" }) });
  }, 60_000);
  it("draws every chart family and skips nothing", () => {
    expect(result.skipped).toEqual([]);
    const names = result.specs.map((s) => s.name);
    for (const n of ["sentiment-by-outlet", "sentiment-toward-actors", "sentiment-arc", "label-choice-conflict", "distinctive-terms", "distinctive-scatter-tass", "frame-attention",
      "first-mention-sergey-lavrov", "actor-salience", "voice-speakers", "voice-direct-indirect", "voice-verb-stance", "coverage-claims", "coverage-omissions", "divergence-terms", "divergence-combined", "outlet-map"]) {
      expect(names).toContain(n);
    }
    expect(new Set(names).size).toBe(names.length);
  });
  it("names outlets from the corpus and keeps TASS in the same colour everywhere", () => {
    const colours = new Set<string>();
    for (const s of result.specs) for (const t of s.figure.data) {
      const m = t.marker as { color?: unknown } | undefined;
      if (t.name === "TASS" && typeof m?.color === "string") colours.add(m.color);
    }
    expect([...colours]).toEqual([OKABE_ITO[3]]); // src000, src001, src003, tass, yahoo: tass is fourth
  });
  it("keeps every figure within a column's width", () => {
    for (const s of result.specs) expect(s.width).toBe(336);
  });
});
