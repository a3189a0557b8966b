import type { ResampleScheme } from "./bootstrap-scheme";
import type { MeanForm } from "./bootstrap-statistics";
import type { Rng } from "./rng";

/**
 * The bootstrap's fast path for statistics that are a mean of per-item values
 * (see bootstrap-statistics): each replicate is summed while it is drawn, from
 * one Float64Array of all items and an Int32Array of cluster offsets, with no
 * allocation per replicate.
 *
 * Bit-identical to building the replicate array and applying the statistic:
 * the random numbers are drawn in the same order (`Math.floor(rng() * k)` for
 * the cluster, then per item within it; see `draw` in bootstrap.ts) and the
 * items are added in the order the array would hold them, with the same
 * summation (Neumaier's, as in sum.ts, or plain left to right).
 */

/** Non-empty clusters packed end to end: cluster j is values[offsets[j] .. offsets[j+1]). */
export interface PackedClusters {
  values: Float64Array;
  offsets: Int32Array;
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
