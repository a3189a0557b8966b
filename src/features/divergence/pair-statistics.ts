import type { DenseArticle, DenseProfiles } from "./article-profiles";
import type { DivergenceFamily } from "./measures";

/**
 * A family's measure on one outlet pair's articles (`units`) under a
 * labelling (0 = group A, 1 = group B), for the permutation test: it
 * computes the same numbers as the family's GroupMeasure (measures.ts) on
 * the filtered groups, bit for bit — same additions in the same order, the
 * JSD with jsd's own arithmetic — but on buffers made once per pair, so a
 * relabelling allocates nothing. Undefined where the measure is.
 */
export type PairStatistic = (labels: Int32Array) => number | undefined;

/** The {@link PairStatistic} of `family` over `units`; `termSmoothing` is the terms family's Lidstone α. */
export function pairStatistic(family: DivergenceFamily, dense: DenseProfiles, units: readonly DenseArticle[], termSmoothing: number): PairStatistic {
  switch (family) {
    case "terms": return pooledJsd(dense.vocabulary.length, units.map((u) => u.termIds), units.map((u) => u.termCounts), termSmoothing);
    case "emphasis": return pooledJsd(dense.frames.length, ...sparse(units.map((u) => u.frameSentences)), 0);
    case "voice": return pooledJsd(dense.speakers.length, ...sparse(units.map((u) => u.speakerWords)), 0);
    case "labels": return labelStatistic(dense, units);
    case "sentiment": return sentimentStatistic(units);
    case "coverage": return claimStatistic(dense.claims.length, units.map((u) => u.claims));
  }
}

/** Dense per-unit vectors as sparse (ids, counts), zeros left out. */
function sparse(vectors: readonly Float64Array[]): [Int32Array[], Float64Array[]] {
  const ids: Int32Array[] = [], counts: Float64Array[] = [];
  for (const v of vectors) {
    const at: number[] = [];
    for (let k = 0; k < v.length; k++) if (v[k] !== 0) at.push(k);
    ids.push(Int32Array.from(at));
    counts.push(Float64Array.from(at, (k) => v[k]));
  }
  return [ids, counts];
}

/**
 * JSD of the two groups' pooled count vectors over `size` categories
 * (termJsd, frameJsd, speakerJsd). Group A is summed from its members; group
 * B is all − A, exact because counts are whole numbers (far below 2^53).
 */
function pooledJsd(size: number, ids: readonly Int32Array[], counts: readonly Float64Array[], alpha: number): PairStatistic {
  const all = new Float64Array(size), pa = new Float64Array(size), pb = new Float64Array(size);
  let allTotal = 0;
  for (let u = 0; u < ids.length; u++) for (let k = 0; k < ids[u].length; k++) { all[ids[u][k]] += counts[u][k]; allTotal += counts[u][k]; }
  return (labels) => {
    if (size === 0) return undefined;
    pa.fill(0);
    let totalA = 0;
    for (let u = 0; u < ids.length; u++) {
      if (labels[u] !== 0) continue;
      const id = ids[u], c = counts[u];
      for (let k = 0; k < id.length; k++) { pa[id[k]] += c[k]; totalA += c[k]; }
    }
    if (totalA === 0 || allTotal - totalA === 0) return undefined;
    for (let k = 0; k < size; k++) pb[k] = all[k] - pa[k];
    return jsdOf(pa, pb, 0, size, alpha);
  };
}

/** labelJsd: per concept both groups name, the JSD of their label counts; the mean over those concepts. */
function labelStatistic(dense: DenseProfiles, units: readonly DenseArticle[]): PairStatistic {
  const start = new Int32Array(dense.concepts.length + 1);
  dense.concepts.forEach((c, i) => { start[i + 1] = start[i] + c.labels.length; });
  const size = start[dense.concepts.length];
  const flat = units.map((u) => {
    const v = new Float64Array(size);
    u.labelCounts.forEach((x, i) => v.set(x, start[i]));
    return v;
  });
  const pa = new Float64Array(size), pb = new Float64Array(size);
  return (labels) => {
    pa.fill(0); pb.fill(0);
    for (let u = 0; u < flat.length; u++) {
      const into = labels[u] === 0 ? pa : pb, v = flat[u];
      for (let k = 0; k < size; k++) into[k] += v[k];
    }
    let total = 0, n = 0;
    for (let i = 0; i < dense.concepts.length; i++) {
      const from = start[i], to = start[i + 1];
      if (allZero(pa, from, to) || allZero(pb, from, to)) continue;
      total += jsdOf(pa, pb, from, to, 0);
      n++;
    }
    return n === 0 ? undefined : total / n;
  };
}

/** sentimentDifference: mean sentence score of A − that of B, sentences added in article then sentence order. */
function sentimentStatistic(units: readonly DenseArticle[]): PairStatistic {
  const scores = units.map((u) => Float64Array.from(u.scores));
  return (labels) => {
    let sa = 0, na = 0, sb = 0, nb = 0;
    for (let u = 0; u < scores.length; u++) {
      const s = scores[u];
      if (labels[u] === 0) for (let k = 0; k < s.length; k++) { sa += s[k]; na++; }
      else for (let k = 0; k < s.length; k++) { sb += s[k]; nb++; }
    }
    return na === 0 || nb === 0 ? undefined : sa / na - sb / nb;
  };
}

/** claimDistance: 1 − Jaccard of the groups' claim sets; marks are set and cleared per call, O(claims of the units). */
function claimStatistic(size: number, claims: readonly Int32Array[]): PairStatistic {
  const mark = new Uint8Array(size); // bit 1: in A, bit 2: in B
  return (labels) => {
    let a = 0, b = 0, both = 0;
    for (let u = 0; u < claims.length; u++) {
      const bit = labels[u] === 0 ? 1 : 2, cs = claims[u];
      for (let k = 0; k < cs.length; k++) {
        const was = mark[cs[k]];
        if (was & bit) continue;
        mark[cs[k]] = was | bit;
        if (bit === 1) a++; else b++;
        if (was !== 0) both++;
      }
    }
    for (const cs of claims) for (let k = 0; k < cs.length; k++) mark[cs[k]] = 0;
    if (a === 0 && b === 0) return undefined;
    return 1 - both / (a + b - both);
  };
}

function allZero(v: Float64Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v[k] !== 0) return false;
  return true;
}

/**
 * `jsd(p[from..to), q[from..to), { smoothing: alpha })` (stats/jsd, Lin 1991)
 * with the same operations in the same order — Neumaier sums of the smoothed
 * counts, then of the per-cell terms — so the result is bit-identical, with
 * no copies. The caller has checked both totals are positive.
 */
export function jsdOf(p: Float64Array, q: Float64Array, from: number, to: number, alpha: number): number {
  const tp = neumaier(p, from, to, alpha), tq = neumaier(q, from, to, alpha);
  let s = 0, c = 0;
  for (let k = from; k < to; k++) {
    const a = (p[k] + alpha) / tp, b = (q[k] + alpha) / tq;
    const m2 = a + b;
    const x = (a > 0 ? a * Math.log2((2 * a) / m2) : 0) + (b > 0 ? b * Math.log2((2 * b) / m2) : 0);
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) c += s - t + x; else c += x - t + s;
    s = t;
  }
  return Math.min(1, Math.max(0, 0.5 * (s + c)));
}

/** Σ (v[k] + alpha) over [from, to), Neumaier-compensated as stats/sum. */
function neumaier(v: Float64Array, from: number, to: number, alpha: number): number {
  let s = 0, c = 0;
  for (let k = from; k < to; k++) {
    const x = v[k] + alpha;
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) c += s - t + x; else c += x - t + s;
    s = t;
  }
  return s + c;
}
