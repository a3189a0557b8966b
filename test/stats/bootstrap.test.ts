import { AUTO_MIN_CLUSTERS, bootstrapDifference, bootstrapInterval, mean, variance } from "../../src/stats";

const freeze2 = (xs: number[][]) => Object.freeze(xs.map((c) => Object.freeze(c)));

// 12 "articles" with 3–8 "sentences" each, scores in [−1, 1], fixed.
const articles = freeze2(
  Array.from({ length: 12 }, (_, k) => Array.from({ length: 3 + (k % 6) }, (_, j) => Math.round(Math.sin(k * 1.7 + j * 0.9) * 1000) / 1000 - 0.1)),
);

describe("bootstrapInterval", () => {
  test("estimate is the statistic on all items; the interval contains it", () => {
    const r = bootstrapInterval(articles, mean, { seed: 1 });
    expect(r.estimate).toBe(mean(articles.flat()));
    expect(r.lower).toBeLessThanOrEqual(r.estimate);
    expect(r.upper).toBeGreaterThanOrEqual(r.estimate);
    expect(r).toMatchObject({ iterations: 2000, level: 0.95, seed: 1, resample: "clusters-then-items", clusters: 12, warnings: [] });
    expect(r.n).toBe(articles.flat().length);
  });

  test("same seed → identical result; another seed → different bounds", () => {
    const a = bootstrapInterval(articles, mean, { seed: 42, iterations: 500 });
    const b = bootstrapInterval(articles, mean, { seed: 42, iterations: 500 });
    const c = bootstrapInterval(articles, mean, { seed: 43, iterations: 500 });
    expect(b).toEqual(a);
    expect([c.lower, c.upper]).not.toEqual([a.lower, a.upper]);
    expect(c.estimate).toBe(a.estimate);
  });

  test('"clusters": width matches the normal approximation from the cluster means', () => {
    // 40 equal clusters of 5: resampling whole clusters makes the replicate mean a mean of 40 draws of
    // the cluster means, with sd = √(popvar(cluster means)/40); the 95% percentile interval ≈ ±1.96 sd.
    const cl = freeze2(Array.from({ length: 40 }, (_, k) => Array.from({ length: 5 }, (_, j) => ((k * 37 + j * 11) % 17) / 4 + (k % 3))));
    const means = cl.map((c) => mean(c));
    const sdBoot = Math.sqrt((variance(means) * 39) / 40 / 40);
    const r = bootstrapInterval(cl, mean, { seed: 5, iterations: 4000, resample: "clusters" });
    expect((r.upper - r.lower) / (2 * 1.959963984540054 * sdBoot)).toBeGreaterThan(0.92);
    expect((r.upper - r.lower) / (2 * 1.959963984540054 * sdBoot)).toBeLessThan(1.08);
  });

  test('"items": width matches the normal approximation from the pooled items', () => {
    const items = articles.flat();
    const n = items.length;
    const sdBoot = Math.sqrt((variance(items) * (n - 1)) / n / n);
    const r = bootstrapInterval(articles, mean, { seed: 6, iterations: 4000, resample: "items" });
    expect((r.upper - r.lower) / (2 * 1.959963984540054 * sdBoot)).toBeGreaterThan(0.92);
    expect((r.upper - r.lower) / (2 * 1.959963984540054 * sdBoot)).toBeLessThan(1.08);
  });

  test("two-stage resampling is wider than clusters alone (within-cluster variance counted again)", () => {
    const two = bootstrapInterval(articles, mean, { seed: 8, iterations: 4000 });
    const one = bootstrapInterval(articles, mean, { seed: 8, iterations: 4000, resample: "clusters" });
    expect(two.upper - two.lower).toBeGreaterThan(one.upper - one.lower);
  });

  test("level sets the quantiles: a 50% interval lies inside the 95% one", () => {
    const r50 = bootstrapInterval(articles, mean, { seed: 3, level: 0.5 });
    const r95 = bootstrapInterval(articles, mean, { seed: 3 });
    expect(r50.lower).toBeGreaterThan(r95.lower);
    expect(r50.upper).toBeLessThan(r95.upper);
  });

  test("one cluster: still computed, with a warning that between-article variation is missing", () => {
    const one = freeze2([[0.2, -0.1, 0.4, 0.3]]);
    const r = bootstrapInterval(one, mean, { seed: 1 });
    expect(r.clusters).toBe(1);
    expect(r.warnings).toEqual([
      "only 1 cluster (article): the interval reflects variation within it only; between-article variation is not represented",
    ]);
    expect(r.upper).toBeGreaterThan(r.lower);
    const c = bootstrapInterval(one, mean, { seed: 1, resample: "clusters" });
    expect([c.lower, c.upper]).toEqual([c.estimate, c.estimate]);
    expect(c.warnings[0]).toMatch(/collapses to the estimate/);
    expect(bootstrapInterval(one, mean, { seed: 1, resample: "items" }).warnings).toEqual(r.warnings);
  });

  test("empty clusters are left out with a warning; no items at all throws", () => {
    const r = bootstrapInterval(freeze2([[1, 2], [], [3], []]), mean, { seed: 1 });
    expect(r.clusters).toBe(2);
    expect(r.n).toBe(3);
    expect(r.warnings).toEqual(["2 of 4 clusters have no items and were left out"]);
    expect(() => bootstrapInterval(freeze2([[], []]), mean, { seed: 1 })).toThrow(
      "bootstrapInterval: clusters has no items (2 clusters, all empty); nothing to resample",
    );
    expect(() => bootstrapInterval([], mean, { seed: 1 })).toThrow(/no items \(0 clusters/);
  });

  test("invalid options and statistics throw with a clear message", () => {
    expect(() => bootstrapInterval(articles, mean, {} as never)).toThrow("bootstrapInterval: seed is undefined; give an integer seed");
    expect(() => bootstrapInterval(articles, mean, { seed: 1, level: 1 })).toThrow("bootstrapInterval: level is 1; it must be in (0, 1), e.g. 0.95");
    expect(() => bootstrapInterval(articles, mean, { seed: 1, iterations: 0 })).toThrow("bootstrapInterval: iterations is 0; it must be an integer ≥ 1");
    expect(() => bootstrapInterval(articles, mean, { seed: 1, resample: "sentences" as never })).toThrow(
      'bootstrapInterval: invalid resample: sentences; use one of "clusters-then-items", "clusters", "items", "auto"',
    );
    expect(() => bootstrapInterval(freeze2([[1, NaN]]), mean, { seed: 1 })).toThrow("bootstrapInterval: clusters[0][1] is NaN");
    let calls = 0;
    const flaky = (v: number[]) => (++calls === 5 ? NaN : mean(v));
    expect(() => bootstrapInterval(articles, flaky, { seed: 1 })).toThrow(
      "bootstrapInterval: statistic returned NaN on bootstrap replicate 4; it must return a finite number for any non-empty sample",
    );
  });

  test("the statistic may mutate what it gets without touching the (frozen) input", () => {
    const sortingMedian = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)];
    expect(() => bootstrapInterval(articles, sortingMedian, { seed: 2, iterations: 50 })).not.toThrow();
  });
});

describe("bootstrapDifference", () => {
  const high = freeze2([[0.5, 0.7, 0.6], [0.8, 0.4], [0.9, 0.6, 0.7, 0.5], [0.6]]);
  const low = freeze2([[-0.5, -0.2], [-0.6, -0.4, -0.3], [-0.1, -0.5], [-0.4, -0.7]]);

  test("estimate = statistic(A) − statistic(B); a clear difference excludes 0", () => {
    const r = bootstrapDifference(high, low, mean, { seed: 1 });
    expect(r.estimateA).toBe(mean(high.flat()));
    expect(r.estimateB).toBe(mean(low.flat()));
    expect(r.estimate).toBe(r.estimateA - r.estimateB);
    expect(r.lower).toBeGreaterThan(0);
    expect(r.lower).toBeLessThanOrEqual(r.estimate);
    expect(r.upper).toBeGreaterThanOrEqual(r.estimate);
    expect(r).toMatchObject({ nA: 10, nB: 9, clustersA: 4, clustersB: 4, warnings: [] });
  });

  test("swapping the groups mirrors the interval; the same data gives an interval around 0", () => {
    const ab = bootstrapDifference(high, low, mean, { seed: 9, iterations: 1000 });
    const ba = bootstrapDifference(low, high, mean, { seed: 9, iterations: 1000 });
    expect(ba.estimate).toBe(-ab.estimate);
    const same = bootstrapDifference(high, high, mean, { seed: 9 });
    expect(same.estimate).toBe(0);
    expect(same.lower).toBeLessThan(0);
    expect(same.upper).toBeGreaterThan(0);
  });

  test("same seed → identical; another seed → different", () => {
    const a = bootstrapDifference(high, low, mean, { seed: 4, iterations: 300 });
    expect(bootstrapDifference(high, low, mean, { seed: 4, iterations: 300 })).toEqual(a);
    const b = bootstrapDifference(high, low, mean, { seed: 5, iterations: 300 });
    expect([b.lower, b.upper]).not.toEqual([a.lower, a.upper]);
  });

  test("warnings name the group; a group without items throws", () => {
    const r = bootstrapDifference(freeze2([[1, 2, 3]]), low, mean, { seed: 1 });
    expect(r.warnings).toEqual([
      "A: only 1 cluster (article): the interval reflects variation within it only; between-article variation is not represented",
    ]);
    expect(() => bootstrapDifference(high, freeze2([[]]), mean, { seed: 1 })).toThrow("bootstrapDifference: clustersB has no items");
  });
});

describe('resample "auto" (issue 9: O(clusters) replicates where the cluster bootstrap is the better estimate)', () => {
  // k clusters of 3 items each: item values vary within and between clusters.
  const layout = (k: number) => Array.from({ length: k }, (_, j) => [j / k, -j / (2 * k), ((j * 7) % 5) / 10]);

  test(`chooses "clusters" from AUTO_MIN_CLUSTERS (${AUTO_MIN_CLUSTERS}) non-empty clusters, two-stage below, and reports what it chose`, () => {
    const at = bootstrapInterval(layout(AUTO_MIN_CLUSTERS), mean, { seed: 2, iterations: 200, resample: "auto" });
    expect(at.resample).toBe("clusters");
    expect(at).toEqual(bootstrapInterval(layout(AUTO_MIN_CLUSTERS), mean, { seed: 2, iterations: 200, resample: "clusters" }));
    const below = bootstrapInterval([...layout(AUTO_MIN_CLUSTERS - 1), [], []], mean, { seed: 2, iterations: 200, resample: "auto" });
    expect(below.resample).toBe("clusters-then-items");
  });

  test("a difference resamples clusters alone only when both groups have enough clusters", () => {
    const big = layout(AUTO_MIN_CLUSTERS + 5), small = layout(AUTO_MIN_CLUSTERS - 1);
    expect(bootstrapDifference(big, big, mean, { seed: 3, iterations: 50, resample: "auto" }).resample).toBe("clusters");
    expect(bootstrapDifference(big, small, mean, { seed: 3, iterations: 50, resample: "auto" }).resample).toBe("clusters-then-items");
    expect(bootstrapDifference(small, big, mean, { seed: 3, iterations: 50, resample: "auto" }).resample).toBe("clusters-then-items");
  });

  test('"clusters" on many clusters: the interval width matches the normal approximation from cluster totals (ratio estimator)', () => {
    // Hand reference: for equal cluster sizes the replicate mean is the mean of k drawn cluster means,
    // so its sd is sd(cluster means, divisor k)/sqrt(k); a 95% percentile interval spans ≈ 2·1.96 sd.
    const k = 400, cl = Array.from({ length: k }, (_, j) => [Math.sin(j), Math.cos(3 * j), Math.sin(j * j)]);
    const means = cl.map((c) => (c[0] + c[1] + c[2]) / 3);
    const m = means.reduce((a, b) => a + b, 0) / k;
    const sd = Math.sqrt(means.reduce((a, b) => a + (b - m) ** 2, 0) / k / k);
    const r = bootstrapInterval(cl, mean, { seed: 9, iterations: 4000, resample: "auto" });
    expect(r.resample).toBe("clusters");
    expect((r.upper - r.lower) / (2 * 1.959964 * sd)).toBeGreaterThan(0.93);
    expect((r.upper - r.lower) / (2 * 1.959964 * sd)).toBeLessThan(1.07);
  });
});
