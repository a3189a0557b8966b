import { divergence, type DivergenceRow } from "../../../src/features/divergence/divergence";
import { DIVERGENCE_TESTS } from "../../../src/features/divergence/tests";
import { densify } from "../../../src/features/divergence/article-profiles";
import { pairStatistic } from "../../../src/features/divergence/pair-statistics";
import { fastStratifiedPermutationPValue } from "../../../src/stats/stratified-permutation-fast";
import type { QuotedArticle } from "../../../src/quotes/quote-article";
import { benjaminiHochberg, holm } from "../../../src/stats/adjust-p";
import { bootstrapDifference } from "../../../src/stats/bootstrap";
import { plainMean } from "../../../src/stats/bootstrap-statistics";
import { createRng } from "../../../src/stats/rng";
import { fakeParsed, profilesOf } from "../../helpers";

const find = (rows: readonly DivergenceRow[], f: Partial<DivergenceRow>) => rows.filter((r) => Object.entries(f).every(([k, v]) => (r as unknown as Record<string, unknown>)[k] === v));
const one = (rows: readonly DivergenceRow[], f: Partial<DivergenceRow>) => { const m = find(rows, f); expect(m).toHaveLength(1); return m[0]; };
const OUTLETS = ["a", "b", "c", "d"];
const ev = (e: number) => `e${String(e).padStart(2, "0")}`;

/**
 * A corpus of `events` events, one article per outlet per event, each event
 * with 6 claims (`${event}-c${k}`); `carries(outlet, event, claim, rng)` says
 * who carries what. Sentences are fixed (sentiment is not the point here).
 */
function claimCorpus(events: number, seed: number, carries: (outlet: string, e: number, k: number, rng: () => number, q: number) => boolean) {
  const rng = createRng(seed);
  const ps: QuotedArticle[] = [];
  const claims = new Map<string, string[]>();
  for (let e = 0; e < events; e++) {
    const q = Array.from({ length: 6 }, () => 0.2 + 0.6 * rng()); // each claim's own carriage rate
    for (const o of OUTLETS) {
      const id = `${o}-${ev(e)}`;
      ps.push(fakeParsed({ id, outlet: o, event: ev(e), scores: [0.1] }));
      claims.set(id, [0, 1, 2, 3, 4, 5].filter((k) => carries(o, e, k, rng, q[k])).map((k) => `${ev(e)}-c${k}`));
    }
  }
  return { profiles: profilesOf(ps, undefined), claims };
}
const coverageP = (c: ReturnType<typeof claimCorpus>, seed = 1) =>
  one(divergence(c.profiles, undefined, { claims: c.claims, iterations: 20, permutations: 199, seed }).rows, { family: "coverage", scope: "pooled", outletA: "a", outletB: "b" });

describe("issue 11 finding 1: the coverage test can reject (claim-carriage permutation)", () => {
  it("the old article shuffle could not move 1 − Jaccard: one distinct value, the reason p was always 1", () => {
    // swapping a's and b's article within an event swaps whole, event-specific claim sets: union and intersection stay
    const c = claimCorpus(30, 5, (_o, _e, _k, rng, q) => rng() < q);
    const dense = densify(c.profiles, { includeHeadline: true, claims: c.claims, voice: { includeScare: false, includeHeadline: true } });
    const units = dense.articles.filter((u) => u.outlet === "a").concat(dense.articles.filter((u) => u.outlet === "b"));
    const stat = pairStatistic("coverage", dense, units, 0);
    const seen = new Set<number>();
    const old = fastStratifiedPermutationPValue(units.map((u) => (u.outlet === "a" ? 0 : 1)), units.map((u) => u.event), (l) => { const v = stat(l)!; seen.add(v); return v; }, { seed: 1, iterations: 300 });
    expect([seen.size, old.p]).toEqual([1, 1]);
    expect(coverageP(c).test).toBe(DIVERGENCE_TESTS.carriage); // and the row now uses the carriage test
  });
  it("data built to differ: a and b split each event's claims, c and d carry random halves → p small", () => {
    const c = claimCorpus(30, 7, (o, _e, k, rng) => (o === "a" ? k < 3 : o === "b" ? k >= 3 : rng() < 0.5));
    const row = coverageP(c);
    expect(row.value).toBe(1); // no claim in common
    expect(row.test).toBe(DIVERGENCE_TESTS.carriage);
    expect(row.p!).toBeLessThan(0.01); // 199 draws none as extreme: p = 1/200 = 0.005
    expect(row.note).not.toMatch(/JSD/); // finding 10: coverage is 1 − Jaccard, not a JSD
  });
  it("data built to agree: every outlet carries each claim at the claim's own rate → p roughly uniform over 60 seeds", () => {
    const ps: number[] = [];
    for (let s = 1; s <= 60; s++) ps.push(coverageP(claimCorpus(20, 1000 + s, (_o, _e, _k, rng, q) => rng() < q), s).p!);
    ps.sort((x, y) => x - y);
    // Kolmogorov–Smirnov distance to U(0, 1); the 5% critical value for n = 60 is 1.36/√60 ≈ 0.18, lenient bound 0.25
    // (the p-values are discrete and, by Besag–Clifford, valid: P(p ≤ α) ≤ α)
    const ks = Math.max(...ps.map((p, i) => Math.max((i + 1) / ps.length - p, p - i / ps.length)));
    expect(ks).toBeLessThan(0.25);
    expect(ps.filter((p) => p <= 0.05).length).toBeLessThanOrEqual(8); // ≈ 3 expected at α = 0.05
    const mean = ps.reduce((s, p) => s + p, 0) / ps.length;
    expect(mean).toBeGreaterThan(0.35);
    expect(mean).toBeLessThan(0.7);
  });
  it("two outlets only: a claim carried by one stays in the union whoever carries it → not testable, never p = 1", () => {
    const c = claimCorpus(10, 3, (o, _e, _k, rng) => o !== "c" && o !== "d" && rng() < 0.5);
    const two = { profiles: c.profiles.filter((p) => p.outlet === "a" || p.outlet === "b"), claims: c.claims };
    const row = coverageP(two);
    expect([row.p, row.test]).toEqual([null, DIVERGENCE_TESTS.notTestable]);
    expect(row.note).toMatch(/no p-value: no event both outlets cover has a third outlet/);
  });
});

describe("issue 11 finding 2: not testable, with the reason — never p = 1", () => {
  const s = (id: string, outlet: string, event: string, scores: number[]) => fakeParsed({ id, outlet, event, scores });
  it("no shared event", () => {
    const ps = [s("a1", "a", "e1", [0.1]), s("a2", "a", "e1", [0.3]), s("a3", "a", "e2", [0.2]), s("b1", "b", "e3", [-0.1]), s("b2", "b", "e3", [0.4]), s("b3", "b", "e4", [0])];
    const row = one(divergence(profilesOf(ps), undefined, { iterations: 50 }).rows, { family: "sentiment", scope: "pooled" });
    expect([row.p, row.pHolm, row.test]).toEqual([null, null, "not testable"]);
    expect(row.note).toMatch(/no p-value: "a" and "b" share no event/);
  });
  it("too few distinct relabellings within events (p could not reach 0.05)", () => {
    const ps = [s("a1", "a", "e1", [0.1]), s("a2", "a", "e2", [0.3]), s("b1", "b", "e1", [-0.1]), s("b2", "b", "e2", [0.4])];
    const row = one(divergence(profilesOf(ps), undefined, { iterations: 50 }).rows, { family: "sentiment", scope: "pooled" });
    expect([row.p, row.test]).toEqual([null, "not testable"]);
    expect(row.note).toMatch(/only 4 distinct relabellings within events, so no p-value could be below 0.25/);
  });
  it("every relabelling gives the same value (identical sentence scores)", () => {
    const ps = [0, 1, 2, 3, 4].flatMap((e) => [s(`a${e}`, "a", ev(e), [0.2, 0.2]), s(`b${e}`, "b", ev(e), [0.2])]);
    const row = one(divergence(profilesOf(ps), undefined, { iterations: 50 }).rows, { family: "sentiment", scope: "pooled" });
    expect(row.value).toBeCloseTo(0, 12);
    expect([row.p, row.test]).toEqual([null, "not testable"]);
    expect(row.note).toMatch(/relabellings drawn gave the observed value/);
  });
  it("statistic undefined (no terms, no concepts, no frames, no quotes)", () => {
    const ps = [0, 1, 2, 3, 4].flatMap((e) => [s(`a${e}`, "a", ev(e), [0.2]), s(`b${e}`, "b", ev(e), [-0.2])]);
    const rows = divergence(profilesOf(ps), undefined, { iterations: 50 }).rows;
    for (const family of ["terms", "labels", "emphasis", "voice"] as const) {
      const row = one(rows, { family, scope: "pooled" });
      expect([family, row.value, row.p, row.test]).toEqual([family, null, null, "not testable"]);
      expect(row.note).toMatch(/^undefined: .*; no p-value: the statistic is undefined\.$/);
    }
    // the sentiment pair is testable here: 2^5 = 32 relabellings, a difference every time
    const sent = one(rows, { family: "sentiment", scope: "pooled" });
    expect(sent.test).toBe(DIVERGENCE_TESTS.articlesTwoSided);
    expect(sent.p!).toBeLessThan(1);
  });
  it("per-event, over-events and combined rows are 'not tested', never p = 1; no row anywhere has p = 1 without a test that moved", () => {
    const ps = [0, 1, 2, 3, 4].flatMap((e) => [s(`a${e}`, "a", ev(e), [0.2, e / 10]), s(`b${e}`, "b", ev(e), [-0.2]), s(`c${e}`, "c", ev(e), [0.1])]);
    const rows = divergence(profilesOf(ps), undefined, { iterations: 50 }).rows;
    for (const r of rows.filter((x) => x.scope !== "pooled" || x.family === "combined")) expect([r.scope, r.family, r.p, r.test]).toEqual([r.scope, r.family, null, "not tested"]);
    for (const r of rows) {
      if (r.p === null) expect(r.test).toMatch(/^not test(able|ed)$/);
      else expect(r.test).toMatch(/^within-event/);
      if (r.test === "not testable") expect(r.note).toMatch(/no p-value: /);
    }
  });
});

describe("issue 11 finding 10: the sentiment interval and p-value agree in method; intervals consistent across scopes", () => {
  // 12 events whose tone swings widely (−0.8 … 0.8); within each, a is 0.1 above b
  const rng = createRng(11);
  const ps: QuotedArticle[] = [];
  for (let e = 0; e < 12; e++) {
    const mu = -0.8 + (1.6 * e) / 11;
    ps.push(fakeParsed({ id: `a${e}`, outlet: "a", event: ev(e), scores: [mu + 0.1 + 0.02 * (rng() - 0.5)] }));
    ps.push(fakeParsed({ id: `b${e}`, outlet: "b", event: ev(e), scores: [mu + 0.02 * (rng() - 0.5)] }));
  }
  const rows = divergence(profilesOf(ps), undefined, { iterations: 2000 }).rows;
  it("the finding: an article bootstrap that ignores events gives an interval containing 0 beside a small within-event p", () => {
    const old = bootstrapDifference(ps.filter((p) => p.outlet === "a").map((p) => p.sentences.sentiment), ps.filter((p) => p.outlet === "b").map((p) => p.sentences.sentiment), plainMean, { seed: 1, iterations: 2000 });
    expect(old.lower).toBeLessThan(0);
    expect(old.upper).toBeGreaterThan(0);
  });
  it("now: the interval resamples events with both outlets' articles together, excludes 0 as the test rejects, and says so", () => {
    const row = one(rows, { family: "sentiment", scope: "pooled" });
    expect(row.value!).toBeCloseTo(0.1, 1);
    expect(row.p!).toBeLessThan(0.05);
    expect(row.lower!).toBeGreaterThan(0);
    expect(row.upper!).toBeLessThan(0.2);
    expect(row.interval).toBe("percentile bootstrap of events, both outlets' articles of an event together");
    expect(row.test).toBe("within-event article permutation (two-sided)");
  });
  it("JSD families get no interval at either scope, and say why in the same words; coverage rows do not carry the JSD note", () => {
    const claims = new Map(ps.map((p, i) => [p.id, [`${p.event}-c${i % 2}`]]));
    const all = divergence(profilesOf(ps), undefined, { iterations: 50, claims }).rows;
    const over = one(all, { family: "sentiment", scope: "over-events" });
    expect(over.interval).toBe("percentile bootstrap of the per-event differences");
    for (const r of all.filter((x) => x.family === "coverage")) expect(r.note ?? "").not.toMatch(/JSD/);
    const cov = one(all, { family: "coverage", scope: "pooled" });
    expect(cov.note).toMatch(/1 − Jaccard/);
  });
});

describe("issue 11 finding 11: Holm and BH adjusted p beside the raw ones, per divergence family", () => {
  it("each family's tested pooled rows are adjusted together; untestable rows stay out and null", () => {
    const rng = createRng(3);
    const ps: QuotedArticle[] = [];
    for (let e = 0; e < 8; e++) for (const [o, shift] of [["a", 0.3], ["b", 0], ["c", 0.05], ["d", -0.2]] as const) {
      ps.push(fakeParsed({ id: `${o}${e}`, outlet: o, event: ev(e), scores: [shift + 0.3 * rng(), shift + 0.3 * rng()] }));
    }
    ps.push(fakeParsed({ id: "x0", outlet: "x", event: "elsewhere", scores: [0.1] }), fakeParsed({ id: "x1", outlet: "x", event: "elsewhere", scores: [0.3] }));
    const rows = divergence(profilesOf(ps), undefined, { iterations: 50 }).rows;
    const tested = find(rows, { family: "sentiment", scope: "pooled" }).filter((r) => r.p !== null);
    expect(tested).toHaveLength(6); // the pairs among a–d; x shares no event
    const h = holm(tested.map((r) => r.p!)), b = benjaminiHochberg(tested.map((r) => r.p!));
    expect(tested.map((r) => [r.pHolm, r.pBH])).toEqual(tested.map((_, i) => [h[i], b[i]]));
    expect(tested.some((r) => r.pHolm! > r.p!)).toBe(true);
    for (const r of rows) if (r.p === null) expect([r.pHolm, r.pBH]).toEqual([null, null]);
    expect(find(rows, { family: "sentiment", scope: "pooled", outletB: "x" }).every((r) => r.test === "not testable")).toBe(true);
  });
});
