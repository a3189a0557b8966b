import { distinctiveTerms } from "../../../src/features/terminology/index";
import { parseArticle } from "../../../src/parse/index";
import { termCounts } from "../../../src/profile/terms";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, profiled } from "../../helpers";

// "fox" appears as a unigram and inside two bigrams ("fox news", "tell fox"): in one shared multinomial it was counted three times.
const A = [article({ id: "a1", outlet: "a", text: "Fox News reported the vote. Officials told Fox News." }), article({ id: "a2", outlet: "a", text: "Fox News covered Congress." })];
const B = [article({ id: "b1", outlet: "b", text: "Reuters reported the vote. Officials told Reuters calmly." })];
const profiles: readonly ArticleProfile[] = Object.freeze([...A, ...B].map((a) => profiled(a)));

/** Counts of one side and one n, from the parse (termCounts), independently of the reduce. */
function side(arts: typeof A, n: 1 | 2): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of arts) for (const [k, v] of termCounts(parseArticle(a), { ngrams: [n] })) m.set(k, (m.get(k) ?? 0) + v);
  return m;
}
const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);

describe("issue 11 finding 3: unigrams and bigrams are separate analyses, each its own multinomial and prior", () => {
  const r = distinctiveTerms(profiles, { pairs: [["a", "b"]] });

  it("runs one comparison per n, with that n's totals and α₀ = V of that n's background", () => {
    const uA = side(A, 1), uB = side(B, 1), bA = side(A, 2), bB = side(B, 2);
    const v = (x: Map<string, number>, y: Map<string, number>) => new Set([...x.keys(), ...y.keys()]).size;
    expect(r.params.comparisons.map((c) => [c.n, c.totalTarget, c.totalReference, c.alpha0])).toEqual([
      [1, sum(uA), sum(uB), v(uA, uB)],
      [2, sum(bA), sum(bB), v(bA, bB)],
    ]);
  });

  it("counts each occurrence in exactly one multinomial: a comparison's rows sum to its own totals", () => {
    for (const c of r.params.comparisons) {
      const mine = r.rows.filter((x) => x.n === c.n);
      expect([sum(new Map(mine.map((x) => [x.term, x.countTarget]))), sum(new Map(mine.map((x) => [x.term, x.countReference])))]).toEqual([c.totalTarget, c.totalReference]);
      expect(mine.every((x) => x.term.includes(" ") === (c.n === 2))).toBe(true);
    }
    expect(r.rows.filter((x) => x.term === "fox").map((x) => x.n)).toEqual([1]);
  });

  it("gives the unigram row Monroe et al.'s log-odds over unigrams only (formula written out; to 1e-12)", () => {
    // eqs. 16–22 with the unigram multinomial alone: background = corpus unigrams, α₀ = V₁, α_w = α₀·π̂_w
    const uA = side(A, 1), uB = side(B, 1), bg = new Map(uA);
    for (const [k, x] of uB) bg.set(k, (bg.get(k) ?? 0) + x);
    const a0 = bg.size, N = sum(bg), nA = sum(uA), nB = sum(uB);
    for (const term of ["fox", "reuters", "report"]) {
      const yA = uA.get(term) ?? 0, yB = uB.get(term) ?? 0, aw = (a0 * bg.get(term)!) / N;
      const delta = Math.log((yA + aw) / (nA + a0 - yA - aw)) - Math.log((yB + aw) / (nB + a0 - yB - aw));
      const sigma = Math.sqrt(1 / (yA + aw) + 1 / (yB + aw));
      const row = r.rows.find((x) => x.term === term && x.n === 1)!;
      expect(row.delta).toBeCloseTo(delta, 12);
      expect(row.sigma).toBeCloseTo(sigma, 12);
      expect(row.z).toBeCloseTo(delta / sigma, 12);
    }
  });

  it("with ngrams [2] runs the bigram analysis alone", () => {
    const b = distinctiveTerms(profiles, { pairs: [["a", "b"]], ngrams: [2] });
    expect(b.params.comparisons.map((c) => c.n)).toEqual([2]);
    expect(b.rows.every((x) => x.n === 2)).toBe(true);
    expect(b.rows.map((x) => [x.term, x.z])).toEqual(r.rows.filter((x) => x.n === 2).map((x) => [x.term, x.z]));
  });
});
