import { assertFiniteArray, assertInteger, assertOneOf } from "./check";
import { quantileSorted } from "./quantile";
import { createRng, type Rng } from "./rng";
import { clusterTotals, packClusters, replicateClusterMean, replicateMean } from "./bootstrap-fast";
import { RESAMPLE_CHOICES, resolveScheme, type ResampleChoice, type ResampleScheme } from "./bootstrap-scheme";
import { meanFormOf, type MeanForm } from "./bootstrap-statistics";

export { AUTO_MIN_CLUSTERS, RESAMPLE_CHOICES, RESAMPLE_SCHEMES, type ResampleChoice, type ResampleScheme } from "./bootstrap-scheme";

/** Options of {@link bootstrapInterval} and {@link bootstrapDifference}. */
export interface BootstrapOptions {
  /** Seed of the random stream (required: same seed → identical result). */
  seed: number;
  /** Number of bootstrap replicates; defaults to *2000*. */
  iterations?: number;
  /** Coverage of the percentile interval, in (0, 1); defaults to *0.95*. */
  level?: number;
  /** Resampling scheme; defaults to *"clusters-then-items"*; "auto" chooses by the number of clusters (see `ResampleScheme`). */
  resample?: ResampleChoice;
}

/** A percentile bootstrap interval and how it was made. */
export interface BootstrapResult {
  /** The statistic on the original data (all items of all clusters, in order). */
  estimate: number;
  lower: number;
  upper: number;
  iterations: number;
  level: number;
  seed: number;
  /** The scheme used ("auto" resolved). */
  resample: ResampleScheme;
  /** Number of items. */
  n: number;
  /** Number of non-empty clusters. */
  clusters: number;
  /** Why the interval may mislead (one cluster, dropped empty clusters); empty when none. */
  warnings: string[];
}

/**
 * Seeded percentile bootstrap interval of `statistic` (Efron & Tibshirani 1993,
 * "An Introduction to the Bootstrap", ch. 13: the interval between the
 * (1−level)/2 and (1+level)/2 quantiles of the replicates, here R type-7
 * quantiles). The default draws clusters, then items within them (Davison &
 * Hinkley 1997, "Bootstrap Methods and their Application", §3.8, two-stage
 * resampling of hierarchical data). Resampling at both stages counts the
 * within-cluster variance about twice (derived here for the mean of a
 * clusters of b items, a and b large: E[var*] ≈ σ²_between/a + 2σ²_within/(ab)
 * against the true σ²_between/a + σ²_within/(ab)), so these intervals lean
 * conservative; "clusters" is closer when there are many clusters. A percentile interval need not contain the
 * estimate for a skewed statistic.
 *
 * `statistic` receives a fresh array per replicate and must return a finite
 * number for any non-empty sample (else it throws, naming the replicate).
 * {@link mean}, {@link plainMean} and {@link proportion} statistics are
 * recognised and summed as drawn, without building the arrays (bootstrap-fast):
 * same random draws, same arithmetic, bit-identical result, several times faster.
 *
 * Degenerate input: no items at all throws. Empty clusters are left out (a
 * warning says how many). One cluster: the result is still computed (under
 * any scheme) but a warning says that between-cluster (between-article)
 * variation is not represented; with `resample: "clusters"` the interval then
 * collapses to the estimate. ("items" ignores clusters by design: its
 * intervals never represent between-article variation.)
 *
 * @example
 * const r = bootstrapInterval([[0.1, 0.3], [-0.2], [0.4, 0.0, 0.2]], mean, { seed: 1 });
 * // r.estimate === 0.13333333333333333; r.lower <= r.estimate && r.estimate <= r.upper
 */
export function bootstrapInterval(
  clusters: readonly (readonly number[])[],
  statistic: (values: number[]) => number,
  options: BootstrapOptions,
): BootstrapResult {
  const fn = "bootstrapInterval";
  const asked = resolveOptions(fn, options);
  const data = prepare(fn, "clusters", clusters);
  const o = { ...asked, resample: resolveScheme(asked.resample, [data.clusters.length]) };
  warnOneCluster(data, o.resample);
  const estimate = evaluate(fn, statistic, data.flat.slice(), "the original data");
  const rng = createRng(o.seed);
  const reps = new Array<number>(o.iterations);
  const form = meanFormOf(statistic);
  if (form) {
    const replicate = meanReplicate(data, form, o.resample);
    for (let i = 0; i < o.iterations; i++) {
      reps[i] = checked(fn, replicate(rng), i, "");
    }
  } else {
    for (let i = 0; i < o.iterations; i++) {
      reps[i] = evaluate(fn, statistic, draw(rng, data, o.resample), `bootstrap replicate ${i + 1}`);
    }
  }
  return { estimate, ...percentiles(reps, o.level), ...o, n: data.flat.length, clusters: data.clusters.length, warnings: data.warnings };
}

/** Result of {@link bootstrapDifference}: the interval is for statistic(A) − statistic(B). */
export interface BootstrapDifferenceResult extends Omit<BootstrapResult, "n" | "clusters"> {
  estimateA: number;
  estimateB: number;
  nA: number;
  nB: number;
  clustersA: number;
  clustersB: number;
}

/**
 * Percentile bootstrap interval of statistic(A) − statistic(B) for two
 * independent groups (e.g. two outlets' mean sentence sentiment): each
 * replicate resamples A and B independently, each by the chosen scheme (as in
 * {@link bootstrapInterval}), from one seeded stream (A drawn before B).
 *
 * Degenerate input: a group with no items throws; warnings are those of each
 * group, prefixed "A: " / "B: ".
 *
 * @example
 * bootstrapDifference([[1, 2], [3]], [[0, 1], [0]], mean, { seed: 7 }).estimate; // => 2 - 1/3
 */
export function bootstrapDifference(
  clustersA: readonly (readonly number[])[],
  clustersB: readonly (readonly number[])[],
  statistic: (values: number[]) => number,
  options: BootstrapOptions,
): BootstrapDifferenceResult {
  const fn = "bootstrapDifference";
  const asked = resolveOptions(fn, options);
  const a = prepare(fn, "clustersA", clustersA);
  const b = prepare(fn, "clustersB", clustersB);
  const o = { ...asked, resample: resolveScheme(asked.resample, [a.clusters.length, b.clusters.length]) };
  warnOneCluster(a, o.resample);
  warnOneCluster(b, o.resample);
  const estimateA = evaluate(fn, statistic, a.flat.slice(), "the original data of A");
  const estimateB = evaluate(fn, statistic, b.flat.slice(), "the original data of B");
  const rng = createRng(o.seed);
  const reps = new Array<number>(o.iterations);
  const form = meanFormOf(statistic);
  if (form) {
    const ra = meanReplicate(a, form, o.resample), rb = meanReplicate(b, form, o.resample);
    for (let i = 0; i < o.iterations; i++) {
      const sa = checked(fn, ra(rng), i, " of A");
      const sb = checked(fn, rb(rng), i, " of B");
      reps[i] = sa - sb;
    }
  } else {
    for (let i = 0; i < o.iterations; i++) {
      const sa = evaluate(fn, statistic, draw(rng, a, o.resample), `bootstrap replicate ${i + 1} of A`);
      const sb = evaluate(fn, statistic, draw(rng, b, o.resample), `bootstrap replicate ${i + 1} of B`);
      reps[i] = sa - sb;
    }
  }
  return {
    estimate: estimateA - estimateB,
    ...percentiles(reps, o.level),
    ...o,
    estimateA,
    estimateB,
    nA: a.flat.length,
    nB: b.flat.length,
    clustersA: a.clusters.length,
    clustersB: b.clusters.length,
    warnings: [...a.warnings.map((w) => `A: ${w}`), ...b.warnings.map((w) => `B: ${w}`)],
  };
}

interface Resolved {
  iterations: number;
  level: number;
  seed: number;
  resample: ResampleChoice;
}

function resolveOptions(fn: string, options: BootstrapOptions): Resolved {
  if (!options || !Number.isSafeInteger(options.seed)) {
    throw new Error(`${fn}: seed is ${String(options?.seed)}; give an integer seed so the interval can be reproduced`);
  }
  const iterations = options.iterations ?? 2000;
  assertInteger(fn, "iterations", iterations, 1);
  const level = options.level ?? 0.95;
  if (typeof level !== "number" || !(level > 0 && level < 1)) {
    throw new Error(`${fn}: level is ${String(level)}; it must be in (0, 1), e.g. 0.95`);
  }
  const resample = options.resample ?? "clusters-then-items";
  assertOneOf(fn, "resample", resample, RESAMPLE_CHOICES);
  return { iterations, level, seed: options.seed, resample };
}

interface Prepared {
  clusters: (readonly number[])[];
  flat: number[];
  warnings: string[];
}

function prepare(fn: string, name: string, clusters: readonly (readonly number[])[]): Prepared {
  if (!Array.isArray(clusters)) throw new Error(`${fn}: ${name} must be an array of arrays of numbers`);
  clusters.forEach((c, i) => {
    if (!Array.isArray(c)) throw new Error(`${fn}: ${name}[${i}] is not an array; give one array of item values per cluster`);
    assertFiniteArray(fn, `${name}[${i}]`, c);
  });
  const nonEmpty = clusters.filter((c) => c.length > 0);
  if (nonEmpty.length === 0) {
    throw new Error(`${fn}: ${name} has no items (${clusters.length} cluster${clusters.length === 1 ? "" : "s"}, all empty); nothing to resample`);
  }
  const warnings: string[] = [];
  const dropped = clusters.length - nonEmpty.length;
  if (dropped > 0) warnings.push(`${dropped} of ${clusters.length} clusters have no items and were left out`);
  return { clusters: nonEmpty, flat: nonEmpty.flat(), warnings };
}

/** Adds the warning a single cluster deserves under `scheme`. */
function warnOneCluster(data: Prepared, scheme: ResampleScheme): void {
  if (data.clusters.length !== 1) return;
  data.warnings.push(
    scheme === "clusters"
      ? "only 1 cluster (article): resampling clusters alone cannot vary, so the interval collapses to the estimate"
      : "only 1 cluster (article): the interval reflects variation within it only; between-article variation is not represented",
  );
}

/** One replicate of a recognised mean statistic under `scheme`, drawn from the stream it is given (bootstrap-fast). */
function meanReplicate(data: Prepared, form: MeanForm, scheme: ResampleScheme): (rng: Rng) => number {
  const packed = packClusters(data.clusters, form.transform);
  if (scheme === "clusters") {
    const totals = clusterTotals(packed, form.compensated);
    return (rng) => replicateClusterMean(rng, totals, form.compensated);
  }
  return (rng) => replicateMean(rng, packed, scheme, form.compensated);
}

function draw(rng: Rng, data: Prepared, scheme: ResampleScheme): number[] {
  const out: number[] = [];
  if (scheme === "items") {
    const n = data.flat.length;
    for (let i = 0; i < n; i++) out.push(data.flat[Math.floor(rng() * n)]);
    return out;
  }
  const k = data.clusters.length;
  for (let c = 0; c < k; c++) {
    const cluster = data.clusters[Math.floor(rng() * k)];
    if (scheme === "clusters") {
      for (const v of cluster) out.push(v);
    } else {
      const m = cluster.length;
      for (let j = 0; j < m; j++) out.push(cluster[Math.floor(rng() * m)]);
    }
  }
  return out;
}

function evaluate(fn: string, statistic: (values: number[]) => number, values: number[], what: string): number {
  const s = statistic(values);
  if (typeof s !== "number" || !Number.isFinite(s)) throw notFinite(fn, s, what);
  return s;
}

/** {@link evaluate}'s check for a fast-path replicate; the message is built only on failure. */
function checked(fn: string, s: number, i: number, group: string): number {
  if (!Number.isFinite(s)) throw notFinite(fn, s, `bootstrap replicate ${i + 1}${group}`);
  return s;
}

function notFinite(fn: string, s: unknown, what: string): Error {
  return new Error(`${fn}: statistic returned ${String(s)} on ${what}; it must return a finite number for any non-empty sample`);
}

function percentiles(reps: number[], level: number): { lower: number; upper: number } {
  const sorted = reps.slice().sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return { lower: quantileSorted(sorted, tail), upper: quantileSorted(sorted, 1 - tail) };
}
