import { loadCorpus } from "../../../src/corpus/index";
import { loadLexicon, parseLexicon } from "../../../src/lexicon/index";
import type { QuotedArticle } from "../../../src/quotes/quote-article";
import { divergence, type DivergenceRow } from "../../../src/features/divergence/divergence";
import { divergenceMatrix } from "../../../src/features/divergence/combined";
import { article, BUNDLED, fakeParsed, fakeQuotes, parseQuoted, profilesOf } from "../../helpers";

const lexicon = parseLexicon(`concepts:
  conflict:
    labels:
      invasion: [invasion]
      smo: [special military operation]
`);
const parse = (id: string, outlet: string, text: string, event?: string) => parseQuoted(article({ id, outlet, text, event }), lexicon);
const find = (rows: readonly DivergenceRow[], f: Partial<DivergenceRow>) => rows.filter((r) => Object.entries(f).every(([k, v]) => (r as unknown as Record<string, unknown>)[k] === v));

describe("divergence families (hand computed)", () => {
  const A = parse("a", "tass", "War war peace. The invasion. The invasion.");
  const B = parse("b", "yahoo", "War peace peace. The invasion. The special military operation.");
  const r = divergence(profilesOf([A, B], lexicon), lexicon, { termSmoothing: 0, terms: { ngrams: [1] }, iterations: 300 });

  it("terms: JSD of pooled lemma distributions", () => {
    // A: war 2, peace 1, invasion 2; B: war 1, peace 2, invasion 1, special 1, military 1, operation 1
    const P = [2, 1, 2, 0, 0, 0].map((x) => x / 5), Q = [1, 2, 1, 1, 1, 1].map((x) => x / 7);
    const kl = (x: number[], m: number[]) => x.reduce((s, xi, k) => s + (xi > 0 ? xi * Math.log2(xi / m[k]) : 0), 0);
    const M = P.map((p, k) => (p + Q[k]) / 2);
    const expected = 0.5 * kl(P, M) + 0.5 * kl(Q, M);
    expect(find(r.rows, { family: "terms", scope: "pooled" })[0].value).toBeCloseTo(expected, 12);
  });
  it("labels: JSD of label distributions of the shared concept", () => {
    // A: invasion 2, smo 0 → (1, 0); B: invasion 1, smo 1 → (½, ½); JSD = 1 − ¾·log2(4/3)·... computed: ½[1·log2(1/0.75)] + ½[½log2(½/0.75) + ½log2(½/0.25)]
    const expected = 0.5 * Math.log2(1 / 0.75) + 0.5 * (0.5 * Math.log2(0.5 / 0.75) + 0.5 * Math.log2(0.5 / 0.25));
    expect(find(r.rows, { family: "labels", scope: "pooled" })[0].value).toBeCloseTo(expected, 12);
  });
  it("says why there is no p-value with one article per outlet", () => {
    const row = find(r.rows, { family: "terms", scope: "pooled" })[0];
    expect(row.p).toBeNull();
    expect(row.note).toMatch(/no p-value: tass has 1 article\(s\) and a permutation test needs at least 2 per outlet/);
  });
});

describe("divergence: sentiment, permutation and events", () => {
  const ps: QuotedArticle[] = [
    fakeParsed({ id: "t1", outlet: "tass", event: "e1", scores: [0.5, 0.3] }),
    fakeParsed({ id: "t2", outlet: "tass", event: "e2", scores: [0.4, 0.2, 0.6] }),
    fakeParsed({ id: "y1", outlet: "yahoo", event: "e1", scores: [-0.5, -0.1] }),
    fakeParsed({ id: "y2", outlet: "yahoo", event: "e2", scores: [-0.2] }),
    fakeParsed({ id: "r1", outlet: "reuters", event: "e1", scores: [0] }),
  ];
  // minRelabellings 1: two events of one article per outlet allow only 4 relabellings, "not testable" by default (issue 11 finding 2); these tests check the arithmetic
  const r = divergence(profilesOf(ps, undefined), undefined, { iterations: 400, permutations: 199, minRelabellings: 1 });

  it("gives mean(A) − mean(B) with an interval containing it", () => {
    const row = find(r.rows, { family: "sentiment", scope: "pooled", outletA: "tass", outletB: "yahoo" })[0];
    expect(row.value).toBeCloseTo((0.5 + 0.3 + 0.4 + 0.2 + 0.6) / 5 - (-0.5 - 0.1 - 0.2) / 3, 12);
    expect(row.lower!).toBeLessThanOrEqual(row.value!);
    expect(row.upper!).toBeGreaterThanOrEqual(row.value!);
    expect(row.p).toBeGreaterThan(0);
    expect(row.p).toBeLessThanOrEqual(1);
  });
  it("compares within events and averages over the events both outlets cover", () => {
    const perEvent = find(r.rows, { family: "sentiment", scope: "event", outletA: "tass", outletB: "yahoo" });
    expect(perEvent.map((x) => [x.event, x.value])).toEqual([["e1", expect.closeTo(0.4 - -0.3, 12)], ["e2", expect.closeTo(0.4 - -0.2, 12)]]);
    const over = find(r.rows, { family: "sentiment", scope: "over-events", outletA: "tass", outletB: "yahoo" })[0];
    expect(over.value).toBeCloseTo((0.7 + 0.6) / 2, 12);
    expect(over.events).toBe(2);
  });
  it("reports, not averages, an outlet missing from an event", () => {
    const over = find(r.rows, { family: "sentiment", scope: "over-events", outletA: "reuters", outletB: "tass" })[0];
    expect(over.events).toBe(1);
    expect(over.note).toMatch(/one shared event/);
    expect(r.warnings.map((w) => w.message).join("\n")).toMatch(/"reuters" and "tass" are not both in 1 of 2 events \(e2\)/);
  });
  it("leaves terms and labels undefined, with reasons, when there are no terms or concepts", () => {
    const row = find(r.rows, { family: "labels", scope: "pooled", outletA: "tass", outletB: "yahoo" })[0];
    expect(row.value).toBeNull();
    expect(row.note).toMatch(/never name the same lexicon concept/);
    expect(r.rows.every((x) => x.value === null || Number.isFinite(x.value))).toBe(true);
  });
  it("builds a combined view in [0, 1] and an antisymmetric sentiment matrix", () => {
    const combined = find(r.rows, { family: "combined", scope: "pooled" });
    expect(combined).toHaveLength(3);
    expect(combined.every((x) => x.value! >= 0 && x.value! <= 1)).toBe(true);
    const m = divergenceMatrix(r.rows, "sentiment");
    expect(m.outlets).toEqual(["reuters", "tass", "yahoo"]);
    expect(m.values[1][2]).toBeCloseTo(-m.values[2][1]!, 12);
    expect(m.values[0][0]).toBe(0);
  });
  it("is identical for the same seed and differs for another", () => {
    expect(JSON.stringify(divergence(profilesOf(ps, undefined), undefined, { iterations: 400, permutations: 199, minRelabellings: 1 }))).toBe(JSON.stringify(r));
    expect(JSON.stringify(divergence(profilesOf(ps, undefined), undefined, { iterations: 400, permutations: 199, minRelabellings: 1, seed: 5 }).rows)).not.toBe(JSON.stringify(r.rows));
  });
});

describe("divergence: emphasis and coverage families (hand computed)", () => {
  const a = fakeParsed({ id: "a", outlet: "tass", scores: [0, 0, 0], mentions: [["frame", "humanitarian", "humanitarian", 0], ["frame", "humanitarian", "humanitarian", 0], ["frame", "military", "military", 2]] });
  const b = fakeParsed({ id: "b", outlet: "yahoo", scores: [0, 0], mentions: [["frame", "humanitarian", "humanitarian", 0], ["frame", "humanitarian", "humanitarian", 1]] });
  const claims = new Map([["a", ["c1", "c2"]], ["b", ["c2", "c3"]]]);
  const r = divergence(profilesOf([a, b], undefined), undefined, { iterations: 100, claims });
  it("emphasis: JSD of frame-attention distributions, a sentence counting once per frame", () => {
    // tass: humanitarian 1 sentence, military 1 → (½, ½); yahoo: humanitarian 2 → (1, 0)
    const expected = 0.5 * Math.log2(1 / 0.75) + 0.5 * (0.5 * Math.log2(0.5 / 0.75) + 0.5 * Math.log2(0.5 / 0.25));
    expect(find(r.rows, { family: "emphasis", scope: "pooled" })[0].value).toBeCloseTo(expected, 12);
  });
  it("coverage: 1 − Jaccard of claim sets", () => {
    expect(find(r.rows, { family: "coverage", scope: "pooled" })[0].value).toBeCloseTo(1 - 1 / 3, 12);
  });
  it("voice: JSD of quoted-word shares by resolved speaker", () => {
    const q = (speaker: string, words: number) => ({ kind: "direct" as const, speaker, words });
    const x = fakeParsed({ id: "x", outlet: "tass", scores: [0], quotes: fakeQuotes([q("Lavrov", 30), q("Kuleba", 10), q("unresolved", 50)]) });
    const y = fakeParsed({ id: "y", outlet: "yahoo", scores: [0], quotes: fakeQuotes([q("Kuleba", 20)]) });
    // tass (¾, ¼) over (Lavrov, Kuleba), "unresolved" left out; yahoo (0, 1)
    const P = [0.75, 0.25], Q = [0, 1], M = [0.375, 0.625];
    const expected = 0.5 * (P[0] * Math.log2(P[0] / M[0]) + P[1] * Math.log2(P[1] / M[1])) + 0.5 * (Q[1] * Math.log2(Q[1] / M[1]));
    const row = find(divergence(profilesOf([x, y], undefined), undefined, { iterations: 50 }).rows, { family: "voice", scope: "pooled" })[0];
    expect(row.value).toBeCloseTo(expected, 12);
  });
  it("has no coverage rows without claims", () => {
    expect(find(divergence(profilesOf([a, b], undefined), undefined, { iterations: 100 }).rows, { family: "coverage" })).toEqual([]);
  });
});

describe("divergence: degenerate input", () => {
  it("gives no rows and a warning for a single outlet", () => {
    const r = divergence(profilesOf([fakeParsed({ id: "a", outlet: "x", scores: [0.1] })]));
    expect(r.rows).toEqual([]);
    expect(r.warnings[0].code).toBe("single-outlet");
  });
  it("rejects bad options by name", () => {
    expect(() => divergence(profilesOf([], undefined), undefined, { level: 2 })).toThrow(/invalid level: 2/);
    expect(() => divergence(profilesOf([], undefined), undefined, { permutations: 0 })).toThrow(/invalid permutations: 0/);
  });
});

describe("divergence on the bundled corpus", () => {
  let r: ReturnType<typeof divergence>;
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const lex = loadLexicon(`${BUNDLED}/lexicon.yaml`);
    r = divergence(profilesOf(corpus.articles.map((a) => parseQuoted(a, lex)), lex), lex, { iterations: 300 });
  });
  it("has every family for all 10 pairs, JSD values in [0, 1]", () => {
    for (const f of ["terms", "labels", "sentiment", "combined"]) expect(find(r.rows, { family: f as DivergenceRow["family"], scope: "pooled" })).toHaveLength(10);
    for (const row of r.rows.filter((x) => x.family === "terms" || x.family === "labels")) {
      expect(row.value).not.toBeNull();
      expect(row.value!).toBeGreaterThanOrEqual(0);
      expect(row.value!).toBeLessThanOrEqual(1);
    }
  });
  it("says plainly that one article per outlet allows no p-values", () => {
    expect(r.rows.filter((x) => x.scope === "pooled" && x.family !== "combined").every((x) => x.p === null && /no p-value/.test(x.note ?? ""))).toBe(true);
  });
});
