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

/** A running sum reused across replicates (one per bootstrap call). */
export class MeanAccumulator {
  private s = 0;
  private c = 0; // Neumaier's compensation: the low-order bits lost so far
  private n = 0;
  constructor(private readonly compensated: boolean) {}

  /** The mean of one replicate of `data`, drawn from `rng` by `scheme`. */
  replicate(rng: Rng, data: PackedClusters, scheme: ResampleScheme): number {
    this.s = 0;
    this.c = 0;
    this.n = 0;
    const { values, offsets } = data;
    if (scheme === "items") {
      const n = values.length;
      for (let i = 0; i < n; i++) this.add(values[Math.floor(rng() * n)]);
    } else {
      const k = offsets.length - 1;
      const within = scheme !== "clusters";
      for (let j = 0; j < k; j++) {
        const q = Math.floor(rng() * k);
        const start = offsets[q], end = offsets[q + 1];
        if (within) {
          const m = end - start;
          for (let i = 0; i < m; i++) this.add(values[start + Math.floor(rng() * m)]);
        } else {
          for (let i = start; i < end; i++) this.add(values[i]);
        }
      }
    }
    return this.compensated ? (this.s + this.c) / this.n : this.s / this.n;
  }

  private add(x: number): void {
    this.n++;
    if (!this.compensated) {
      this.s += x;
      return;
    }
    const s = this.s;
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) this.c += s - t + x;
    else this.c += x - t + s;
    this.s = t;
  }
}
