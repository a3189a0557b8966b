import { jsd } from "../../stats/jsd";
import type { DenseArticle, DenseProfiles } from "./article-profiles";

/** The families of divergence. */
export type DivergenceFamily = "terms" | "labels" | "sentiment" | "emphasis" | "voice" | "coverage";

/** Every family, in the order results list them. */
export const DIVERGENCE_FAMILIES: readonly DivergenceFamily[] = ["terms", "labels", "sentiment", "emphasis", "voice", "coverage"];

/**
 * A distance between two groups of articles, or undefined when it is not
 * defined for them (the caller says why).
 */
export type GroupMeasure = (a: readonly DenseArticle[], b: readonly DenseArticle[]) => number | undefined;

/** Pools sparse term counts into a dense vector over the vocabulary. */
export function pooledTerms(group: readonly DenseArticle[], size: number): Float64Array {
  const v = new Float64Array(size);
  for (const p of group) for (let k = 0; k < p.termIds.length; k++) v[p.termIds[k]] += p.termCounts[k];
  return v;
}

/**
 * Term distribution distance: JSD (base 2; Lin 1991) between the two groups'
 * pooled term distributions over the whole corpus vocabulary, with Lidstone
 * smoothing α per term. Undefined when either group has no terms.
 */
export function termJsd(profiles: DenseProfiles, smoothing: number): GroupMeasure {
  const size = profiles.vocabulary.length;
  return (a, b) => {
    const pa = pooledTerms(a, size), pb = pooledTerms(b, size);
    if (size === 0 || pa.every((x) => x === 0) || pb.every((x) => x === 0)) return undefined;
    return jsd(Array.from(pa), Array.from(pb), { smoothing });
  };
}

/**
 * Concept-label distance: for each concept that both groups name at least
 * once, the JSD (base 2, unsmoothed: smoothing would invent usage of labels an
 * outlet never writes) between their label distributions; the mean over those
 * concepts. Undefined when the groups share no concept.
 */
export function labelJsd(profiles: DenseProfiles): GroupMeasure {
  return (a, b) => {
    let total = 0, n = 0;
    profiles.concepts.forEach((c, ci) => {
      const pa = new Float64Array(c.labels.length), pb = new Float64Array(c.labels.length);
      for (const p of a) p.labelCounts[ci].forEach((x, k) => { pa[k] += x; });
      for (const p of b) p.labelCounts[ci].forEach((x, k) => { pb[k] += x; });
      if (pa.every((x) => x === 0) || pb.every((x) => x === 0)) return;
      total += jsd(Array.from(pa), Array.from(pb));
      n++;
    });
    return n === 0 ? undefined : total / n;
  };
}

/** Difference of mean sentence sentiment, A − B (each sentence weighs the same). Undefined when a group has no sentences. */
export const sentimentDifference: GroupMeasure = (a, b) => {
  const mean = (g: readonly DenseArticle[]) => {
    let s = 0, n = 0;
    for (const p of g) for (const x of p.scores) { s += x; n++; }
    return n === 0 ? undefined : s / n;
  };
  const ma = mean(a), mb = mean(b);
  return ma === undefined || mb === undefined ? undefined : ma - mb;
};

/** Pools a per-article dense vector over a group. */
function pooled(group: readonly DenseArticle[], pick: (p: DenseArticle) => Float64Array, size: number): Float64Array {
  const v = new Float64Array(size);
  for (const p of group) pick(p).forEach((x, k) => { v[k] += x; });
  return v;
}

/**
 * Emphasis distance: JSD (base 2, unsmoothed) between the two groups'
 * distributions of frame attention — per frame, the sentences carrying it,
 * normalised over frames. Undefined when either group carries no frame.
 */
export function frameJsd(profiles: DenseProfiles): GroupMeasure {
  const size = profiles.frames.length;
  return (a, b) => {
    const pa = pooled(a, (p) => p.frameSentences, size), pb = pooled(b, (p) => p.frameSentences, size);
    if (size === 0 || pa.every((x) => x === 0) || pb.every((x) => x === 0)) return undefined;
    return jsd(Array.from(pa), Array.from(pb));
  };
}

/**
 * Voice distance: JSD (base 2, unsmoothed) between the two groups' shares of
 * quoted words by speaker (resolved speakers only: quotes the extractor could
 * not attribute would otherwise make extraction failures look like framing).
 * Undefined when either group quotes no resolved speaker.
 */
export function speakerJsd(profiles: DenseProfiles): GroupMeasure {
  const size = profiles.speakers.length;
  return (a, b) => {
    const pa = pooled(a, (p) => p.speakerWords, size), pb = pooled(b, (p) => p.speakerWords, size);
    if (size === 0 || pa.every((x) => x === 0) || pb.every((x) => x === 0)) return undefined;
    return jsd(Array.from(pa), Array.from(pb));
  };
}

/**
 * Coverage distance: 1 − Jaccard similarity of the sets of claims the two
 * groups carry (Jaccard 1912): 0 = the same claims, 1 = none in common.
 * Undefined when neither group carries a claim.
 */
export const claimDistance: GroupMeasure = (a, b) => {
  const sa = new Set<number>(), sb = new Set<number>();
  for (const p of a) p.claims.forEach((c) => sa.add(c));
  for (const p of b) p.claims.forEach((c) => sb.add(c));
  if (sa.size === 0 && sb.size === 0) return undefined;
  let both = 0;
  for (const c of sa) if (sb.has(c)) both++;
  return 1 - both / (sa.size + sb.size - both);
};
