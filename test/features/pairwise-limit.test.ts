import { join } from "node:path";
import { divergence } from "../../src/features/divergence/divergence";
import { labelDivergence } from "../../src/features/terminology/label-divergence";
import { topOutlets } from "../../src/features/top-outlets";
import { loadLexicon } from "../../src/lexicon/parse-lexicon";
import { article, BUNDLED, parseQuoted, profilesOf } from "../helpers";

const lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
// outlets with 3, 3, 2, 2, 1, 1 articles
const sizes: [string, number][] = [["f", 3], ["e", 3], ["d", 2], ["c", 2], ["b", 1], ["a", 1]];
const parsed = sizes.flatMap(([o, n]) => Array.from({ length: n }, (_, k) => parseQuoted(article({
  id: `${o}${k}`, outlet: o, text: `Lavrov said the ${k % 2 ? "invasion" : "special military operation"} goes on in ${o < "d" ? "Kiev" : "Kyiv"}. Talks ended.`,
}), lexicon)));
const profiles = profilesOf(parsed, lexicon);

describe("issue 8 finding 3: pairwise features compare at most maxOutlets outlets", () => {
  it("topOutlets takes the most articles, ties by id, and returns code-unit order", () => {
    expect(topOutlets(["f", "e", "d", "c", "b", "a"], new Map(sizes), 3)).toEqual(["c", "e", "f"]);
    expect(topOutlets(["b", "a"], new Map(), 1)).toEqual(["a"]);
    expect(() => topOutlets(["a"], undefined, 0)).toThrow(/invalid maxOutlets/);
  });

  it("divergence rows only pair the top outlets, and a warning names the cut", () => {
    const r = divergence(profiles, lexicon, { iterations: 20, permutations: 9, maxOutlets: 3 });
    const pairs = new Set(r.rows.map((x) => `${x.outletA}/${x.outletB}`));
    expect([...pairs].sort()).toEqual(["c/e", "c/f", "e/f"]);
    const w = r.warnings.find((x) => x.code === "divergence-outlets-limited")!;
    expect(w.message).toMatch(/the 3 outlets with most articles \(3 pairs\); 3 outlets with fewer articles are left out \("a", "b", "d"\)/);
    const all = divergence(profiles, lexicon, { iterations: 20, permutations: 9 });
    expect(new Set(all.rows.map((x) => `${x.outletA}/${x.outletB}`)).size).toBe(15);
    expect(all.warnings.some((x) => x.code === "divergence-outlets-limited")).toBe(false);
    // the kept pairs' values do not depend on the cut
    const value = (rows: typeof r.rows, a: string, b: string) => rows.find((x) => x.family === "terms" && x.scope === "pooled" && x.outletA === a && x.outletB === b)!.value;
    expect(value(r.rows, "c", "e")).toBe(value(all.rows, "c", "e"));
  });

  it("label divergence does the same", () => {
    const r = labelDivergence(profiles, lexicon, { maxOutlets: 2 });
    expect(new Set(r.rows.map((x) => `${x.outletA}/${x.outletB}`))).toEqual(new Set(["e/f"]));
    expect(r.warnings.map((w) => w.code)).toContain("label-divergence-outlets-limited");
    expect(new Set(labelDivergence(profiles, lexicon).rows.map((x) => `${x.outletA}/${x.outletB}`)).size).toBe(15);
  });
});
