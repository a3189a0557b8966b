import fc from "fast-check";
import { densify, type DenseArticle } from "../../../src/features/divergence/article-profiles";
import { divergence } from "../../../src/features/divergence/divergence";
import { claimDistance, DIVERGENCE_FAMILIES, frameJsd, labelJsd, sentimentDifference, speakerJsd, termJsd, type DivergenceFamily, type GroupMeasure } from "../../../src/features/divergence/measures";
import { pairStatistic } from "../../../src/features/divergence/pair-statistics";
import { subSeed } from "../../../src/features/groups";
import type { DivergenceProfile } from "../../../src/profile/divergence";
import { uintArray as countsOf } from "../../../src/profile/uint-array";
import type { Profiled } from "../../../src/profile/types";
import { stratifiedPermutationPValue } from "../../../src/stats/stratified-permutation";

/** A generated divergence part: a few terms, concept labels, frames and speakers from small pools, so groups overlap and differ. */
const sortedCounts = (pool: readonly string[], max: number) =>
  fc.uniqueArray(fc.constantFrom(...pool), { maxLength: pool.length }).chain((keys) => {
    const k = [...keys].sort();
    return fc.array(fc.integer({ min: 1, max }), { minLength: k.length, maxLength: k.length }).map((c) => [k, c] as const);
  });
const part: fc.Arbitrary<DivergenceProfile> = fc.record({
  terms: sortedCounts(["war", "peace", "kyiv", "kiev", "talks", "ceasefire", "ä", "Z", "aid"], 6),
  labels: sortedCounts(["conflict\u0000invasion", "conflict\u0000smo", "kyiv\u0000kiev", "kyiv\u0000kyiv"], 3),
  frames: sortedCounts(["humanitarian", "military", "diplomatic"], 4),
  speakers: sortedCounts(["Lavrov", "Kuleba", "Erdogan"], 40),
  scores: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength: 5 }),
}).chain((r) => fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 4 * r.speakers[0].length, maxLength: 4 * r.speakers[0].length }).map((words) => {
  const pairs = r.labels[0].map((x) => x.split("\u0000"));
  const concepts = [...new Set(pairs.map((p) => p[0]))];
  return {
    terms: r.terms[0], termCounts: countsOf(r.terms[1]),
    concepts, labelsPer: countsOf(concepts.map((c) => pairs.filter((p) => p[0] === c).length)), labels: pairs.map((p) => p[1]), labelCounts: countsOf(r.labels[1]),
    scores: Float64Array.from(r.scores), headline: Uint8Array.from(r.scores, (_, i) => (i === 0 ? 1 : 0)),
    frames: r.frames[0], frameSentences: countsOf(r.frames[1]),
    speakers: r.speakers[0], speakerWords: Uint32Array.from(words),
  };
}));
const profiles = fc.array(fc.record({ outlet: fc.constantFrom("tass", "yahoo", "bbc"), event: fc.option(fc.constantFrom("e1", "e2", "e3"), { nil: undefined }), divergence: part }), { minLength: 2, maxLength: 14 })
  .map((ps): Profiled<"divergence">[] => ps.map((p, i) => ({ id: `a${String(i).padStart(2, "0")}`, outlet: p.outlet, ...(p.event ? { event: p.event } : {}), divergence: p.divergence })));
const claimsOf = (ps: readonly Profiled<"divergence">[]) => new Map(ps.map((p) => [p.id, p.divergence.terms.slice(0, 2).map((t) => `c-${t}`)]));

const measuresOf = (dense: ReturnType<typeof densify>): Record<DivergenceFamily, GroupMeasure> => ({
  terms: termJsd(dense, 0.01), labels: labelJsd(dense), sentiment: sentimentDifference, emphasis: frameJsd(dense), voice: speakerJsd(dense), coverage: claimDistance,
});
const split = (units: readonly DenseArticle[], l: ArrayLike<number>) => [units.filter((_, k) => l[k] === 0), units.filter((_, k) => l[k] === 1)] as const;

describe("pair statistics (the permutation test's measures on typed arrays)", () => {
  it("property: equal the family's GroupMeasure on the filtered groups, bit for bit, under any labelling", () => {
    fc.assert(fc.property(profiles, fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (ps, flips) => {
      const dense = densify(ps, { includeHeadline: flips[0], claims: claimsOf(ps), voice: { includeScare: flips[1], includeHeadline: flips[2] } });
      const units = dense.articles;
      const labels = Int32Array.from(units, (_, k) => (flips[k] ? 1 : 0));
      const measures = measuresOf(dense);
      for (const f of DIVERGENCE_FAMILIES) {
        const [a, b] = split(units, labels);
        expect([f, pairStatistic(f, dense, units, 0.01)(labels)]).toEqual([f, measures[f](a, b)]);
      }
    }), { numRuns: 300 });
  });
  it("property: a pair's p-value with sequentialH 0 is bit-identical to stratifiedPermutationPValue re-pooling with units.filter (the old path)", () => {
    const checked = new Set<string>();
    fc.assert(fc.property(profiles, fc.integer({ min: 1, max: 1000 }), (ps, seed) => {
      const claims = claimsOf(ps);
      const o = { seed, permutations: 39, iterations: 20, sequentialH: 0, claims, minArticlesPerOutlet: 1 };
      // coverage left out: it now uses the claim-carriage test (issue 11 finding 1), the article shuffle could not move it
      const rows = divergence(ps, undefined, o).rows.filter((r) => r.scope === "pooled" && r.p !== null && r.family !== "coverage");
      const dense = densify(ps, { includeHeadline: true, claims, voice: { includeScare: false, includeHeadline: true } });
      const measures = measuresOf(dense);
      for (const r of rows) {
        const units = dense.articles.filter((u) => u.outlet === r.outletA).concat(dense.articles.filter((u) => u.outlet === r.outletB));
        const labels = units.map((u) => (u.outlet === r.outletA ? 0 : 1));
        const family = r.family as DivergenceFamily;
        const stat = (l: readonly number[]) => measures[family](...split(units, l)) ?? 0;
        const old = stratifiedPermutationPValue(labels, units.map((u) => u.event), stat, { seed: subSeed(seed, `${r.outletA}/${r.outletB}/${family}/perm`), iterations: 39, alternative: family === "sentiment" ? "two-sided" : "greater" });
        expect([family, r.p, r.permutations]).toEqual([family, old.p, 39]);
        checked.add(family);
      }
    }), { numRuns: 60 });
    expect([...checked].sort()).toEqual(DIVERGENCE_FAMILIES.filter((f) => f !== "coverage").sort()); // not vacuous: every article-permutation family had p-values
  });
  it("with early stopping on (the default), every stopped row used fewer than m relabellings and its p is h/L", () => {
    let stopped = 0;
    fc.assert(fc.property(profiles, (ps) => {
      const m = 199, h = 5;
      const on = divergence(ps, undefined, { permutations: m, sequentialH: h, iterations: 20, minArticlesPerOutlet: 1 }).rows.filter((r) => r.p !== null);
      for (const r of on) {
        expect(r.permutations).toBeGreaterThanOrEqual(h);
        expect(r.permutations).toBeLessThanOrEqual(m);
        if (r.permutations! < m) { expect(r.p).toBe(h / r.permutations!); stopped++; }
      }
    }), { numRuns: 40 });
    // small generated groups allow few distinct relabellings, so most rows stop early; some must
    expect(stopped).toBeGreaterThan(0);
  });
});
