import fc from "fast-check";
import { AUTO_MIN_CLUSTERS, bootstrapDifference, bootstrapInterval, mean, plainMean, proportion, RESAMPLE_CHOICES, type BootstrapOptions } from "../../src/stats";

// The fast path is taken for recognised statistics (mean, plainMean, proportion); wrapping the
// same statistic in a fresh arrow hides it, so the generic path (build each replicate, call the
// statistic) runs instead. Every field of both results must be the same bits.
const hidden = (f: (v: number[]) => number) => (v: number[]) => f(v);

// Under "clusters" the fast path adds whole-cluster totals (O(clusters) a replicate), so a mean
// agrees with the item-by-item sum to rounding, not bit for bit: allow a few ulps of the largest
// magnitude summed (a replicate sums ≤ 63 items here). Proportions add integers: exact.
const same = (fast: object, slow: object, tolerance = 0) => {
  expect(Object.keys(fast)).toEqual(Object.keys(slow));
  for (const [k, v] of Object.entries(slow)) {
    const w = (fast as Record<string, unknown>)[k];
    if (typeof v === "number" && tolerance > 0) expect(Math.abs((w as number) - v)).toBeLessThanOrEqual(tolerance);
    else if (typeof v === "number") expect(Object.is(w, v)).toBe(true);
    else expect(w).toEqual(v);
  }
};
const isProportion = (stat: (v: number[]) => number) => stat !== mean && stat !== plainMean;
const toleranceOf = (o: BootstrapOptions, stat: (v: number[]) => number, ...groups: number[][][]) => {
  if (isProportion(stat)) return 0;
  const counts = groups.map((g) => g.filter((c) => c.length > 0).length);
  const scheme = o.resample === "auto" ? (counts.every((k) => k >= AUTO_MIN_CLUSTERS) ? "clusters" : "clusters-then-items") : o.resample;
  if (scheme !== "clusters") return 0;
  let big = 0;
  for (const g of groups) for (const c of g) for (const x of c) big = Math.max(big, Math.abs(x));
  return 64 * 64 * Number.EPSILON * Math.max(big, Number.MIN_VALUE);
};

// Scores as sentences carry them (multiples of 1/1000 in [−1, 1], many exact 0s) and arbitrary doubles.
const score = fc.oneof(fc.integer({ min: -1000, max: 1000 }).map((k) => k / 1000), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(0));
const cluster = fc.array(score, { minLength: 0, maxLength: 7 });
// Layouts: empty clusters mixed in, single clusters, single sentences; at least one item overall.
const clusters = fc.array(cluster, { minLength: 1, maxLength: 9 }).filter((cs) => cs.some((c) => c.length > 0));
const options = fc.record({
  seed: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  iterations: fc.integer({ min: 1, max: 60 }),
  level: fc.constantFrom(0.5, 0.9, 0.95, 0.99),
  resample: fc.constantFrom(...RESAMPLE_CHOICES),
}) as fc.Arbitrary<BootstrapOptions>;
const band = fc.constantFrom(0, 0.05, 0.1, 0.5);
const statistics = fc.oneof(
  fc.constant(mean),
  fc.constant(plainMean),
  band.map((b) => proportion((x) => x < -b)),
  band.map((b) => proportion((x) => Math.abs(x) <= b)),
  band.map((b) => proportion((x) => x > b)),
);

describe("bootstrap fast path (issue 9, fast statistics): identical to building each replicate (to rounding for means under \"clusters\")", () => {
  test("bootstrapInterval: every field identical, any layout, scheme, seed and statistic", () => {
    fc.assert(
      fc.property(clusters, options, statistics, (cs, o, stat) => {
        same(bootstrapInterval(cs, stat, o), bootstrapInterval(cs, hidden(stat), o), toleranceOf(o, stat, cs));
      }),
      { numRuns: 400 },
    );
  });

  test("bootstrapDifference: every field identical (A drawn before B from one stream)", () => {
    fc.assert(
      fc.property(clusters, clusters, options, statistics, (a, b, o, stat) => {
        same(bootstrapDifference(a, b, stat, o), bootstrapDifference(a, b, hidden(stat), o), toleranceOf(o, stat, a, b));
      }),
      { numRuns: 300 },
    );
  });

  test("degenerate layouts: one sentence, one cluster, one sentence per cluster, under every scheme", () => {
    const layouts = [[[0.25]], [[0.1, -0.2, 0.3]], [[0.1], [-0.2], [0.3], [0.7]], [[], [0.5], []]];
    for (const cs of layouts) for (const resample of RESAMPLE_CHOICES) for (const stat of [mean, plainMean, proportion((x) => x > 0)]) {
      const o = { seed: 11, iterations: 200, resample };
      same(bootstrapInterval(cs, stat, o), bootstrapInterval(cs, hidden(stat), o), toleranceOf(o, stat, cs));
    }
  });

  test("a replicate whose mean overflows throws the same message as the generic path", () => {
    const huge = [[1e308, 1e308], [1e308]];
    const message = (f: () => unknown) => { try { f(); return "no error"; } catch (e) { return (e as Error).message; } };
    // The estimate overflows too, so it is the first message either way; check a replicate with a finite estimate instead.
    const mixed = [[1e308, 1e308], [-1e308, -1e308]];
    for (const cs of [huge, mixed]) {
      const fast = message(() => bootstrapInterval(cs, plainMean, { seed: 3, iterations: 50 }));
      expect(fast).toMatch(/^bootstrapInterval: statistic returned (-?Infinity|NaN) on /);
      expect(fast).toBe(message(() => bootstrapInterval(cs, hidden(plainMean), { seed: 3, iterations: 50 })));
    }
  });
});

describe("plainMean and proportion", () => {
  test("plainMean adds left to right (hand-computed): (0.1 + 0.2) + 0.3 = 0.6000000000000001, / 3", () => {
    expect(plainMean([0.1, 0.2, 0.3])).toBe(0.6000000000000001 / 3);
    expect(mean([0.1, 0.2, 0.3])).toBe(0.6 / 3);
  });

  test("proportion counts items meeting the predicate over n", () => {
    expect(proportion((x) => x < 0)([-1, 2, -3, 4])).toBe(0.5);
    expect(proportion((x) => x > 10)([1, 2, 3])).toBe(0);
  });

  test("empty input throws, as mean does", () => {
    expect(() => plainMean([])).toThrow("plainMean: requires at least 1 data point");
    expect(() => proportion(() => true)([])).toThrow("proportion: requires at least 1 data point");
  });
});
