import type { ResampleScheme } from "./bootstrap-scheme";
import type { MeanForm } from "./bootstrap-statistics";
import type { Rng } from "./rng";

/**
 * The bootstrap's fast path for statistics that are a mean of per-item values
 * (see bootstrap-statistics): each replicate is summed while it is drawn, from
 * one Float64Array of all items and an Int32Array of cluster offsets, with no
 * allocation per replicate.
 *
 * Under "items" and "clusters-then-items", bit-identical to building the
 * replicate array and applying the statistic: the random numbers are drawn in
 * the same order (`Math.floor(rng() * k)` for the cluster, then per item
 * within it; see `draw` in bootstrap.ts) and the items are added in the order
 * the array would hold them, with the same summation (Neumaier's, as in
 * sum.ts, or plain left to right).
 *
 * Under "clusters" a replicate is Σ totals of the drawn clusters / Σ their
 * sizes, with each cluster's total summed once (same draws; O(clusters) per
 * replicate instead of O(items), which is what makes 100k-article corpora
 * affordable). Proportions are exact either way (integer counts); means agree
 * with the item-by-item sum to a few ulps, not bit for bit.
 */

/** Non-empty clusters packed end to end: cluster j is values[offsets[j] .. offsets[j+1]). */
export interface PackedClusters {
  values: Float64Array;
  offsets: Int32Array;
}

/** Per-cluster totals of packed clusters, for the "clusters" scheme. */
export interface ClusterTotals {
  /** Σ of cluster j's values (Neumaier-compensated when asked). */
  totals: Float64Array;
  /** Number of items of cluster j. */
  sizes: Int32Array;
}

/** Each cluster's total and size, summed once as `replicateMean` would sum its items. */
export function clusterTotals(data: PackedClusters, compensated: boolean): ClusterTotals {
  const { values, offsets } = data;
  const k = offsets.length - 1;
  const totals = new Float64Array(k), sizes = new Int32Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0, c = 0;
    for (let i = offsets[j]; i < offsets[j + 1]; i++) {
      const x = values[i];
      if (compensated) {
        const t = s + x;
        if (Math.abs(s) >= Math.abs(x)) c += s - t + x;
        else c += x - t + s;
        s = t;
      } else {
        s += x;
      }
    }
    totals[j] = compensated ? s + c : s;
    sizes[j] = offsets[j + 1] - offsets[j];
  }
  return { totals, sizes };
}

/**
 * One "clusters" replicate's mean: k clusters drawn with replacement (the same
 * draws as {@link replicateMean}), their totals added as drawn. Allocates nothing.
 */
export function replicateClusterMean(rng: Rng, data: ClusterTotals, compensated: boolean): number {
  const { totals, sizes } = data;
  const k = totals.length;
  let s = 0, c = 0, n = 0;
  for (let j = 0; j < k; j++) {
    const q = Math.floor(rng() * k);
    const x = totals[q];
    n += sizes[q];
    if (compensated) {
      const t = s + x;
      if (Math.abs(s) >= Math.abs(x)) c += s - t + x;
      else c += x - t + s;
      s = t;
    } else {
      s += x;
    }
  }
  return compensated ? (s + c) / n : s / n;
}

/** Packs (already non-empty, checked) clusters, applying `transform` to each item once. */
export function packClusters(clusters: readonly (readonly number[])[], transform: MeanForm["transform"]): PackedClusters {
  const offsets = new Int32Array(clusters.length + 1);
  for (let j = 0; j < clusters.length; j++) offsets[j + 1] = offsets[j] + clusters[j].length;
  const values = new Float64Array(offsets[clusters.length]);
  for (let j = 0; j < clusters.length; j++) {
    const c = clusters[j], o = offsets[j];
    for (let i = 0; i < c.length; i++) values[o + i] = transform ? transform(c[i]) : c[i];
  }
  return { values, offsets };
}

/**
 * The mean of one replicate of `data`, drawn from `rng` by `scheme`, summed as
 * drawn: Neumaier's compensated summation (exactly as sum.ts) when
 * `compensated`, else plain left-to-right addition. Allocates nothing.
 */
export function replicateMean(rng: Rng, data: PackedClusters, scheme: ResampleScheme, compensated: boolean): number {
  const { values, offsets } = data;
  // Same draws in the same order as draw() in bootstrap.ts: the cluster, then (two-stage) each item within it.
  let s = 0;
  let c = 0; // Neumaier's compensation: the low-order bits lost so far
  let n = 0;
  const k = offsets.length - 1;
  const items = scheme === "items";
  const within = scheme === "clusters-then-items";
  const draws = items ? values.length : k;
  for (let j = 0; j < draws; j++) {
    let start: number, end: number, m: number;
    if (items) {
      start = Math.floor(rng() * draws);
      end = start + 1;
      m = 1;
    } else {
      const q = Math.floor(rng() * k);
      start = offsets[q];
      end = offsets[q + 1];
      m = end - start;
    }
    n += m;
    for (let i = start; i < end; i++) {
      const x = within ? values[start + Math.floor(rng() * m)] : values[i];
      if (compensated) {
        const t = s + x;
        if (Math.abs(s) >= Math.abs(x)) c += s - t + x;
        else c += x - t + s;
        s = t;
      } else {
        s += x;
      }
    }
  }
  return compensated ? (s + c) / n : s / n;
}
