/**
 * How a bootstrap replicate is drawn from clustered data (clusters = articles,
 * items = sentences):
 *   "clusters-then-items" — draw as many clusters as there are, with
 *     replacement, then within each drawn cluster as many items as it has, with
 *     replacement (two-stage bootstrap, Davison & Hinkley 1997, §3.8);
 *   "clusters" — draw clusters with replacement and keep their items as they are
 *     (the cluster bootstrap; Field & Welsh 2007, "Bootstrapping clustered
 *     data", JRSS B 69(3): consistent for the variance of a mean as the number
 *     of clusters grows, where the two-stage scheme counts the within-cluster
 *     variance twice);
 *   "items" — ignore the clusters and draw n items from the pooled items;
 *   "auto" — "clusters" when every resampled group has at least
 *     {@link AUTO_MIN_CLUSTERS} non-empty clusters, else "clusters-then-items";
 *     results report the scheme it chose.
 */
export type ResampleScheme = "clusters-then-items" | "clusters" | "items";

/** A scheme as asked for: one of {@link ResampleScheme} or "auto". */
export type ResampleChoice = ResampleScheme | "auto";

export const RESAMPLE_SCHEMES: readonly ResampleScheme[] = ["clusters-then-items", "clusters", "items"];

export const RESAMPLE_CHOICES: readonly ResampleChoice[] = [...RESAMPLE_SCHEMES, "auto"];

/**
 * Fewest clusters for "auto" to resample clusters alone. Below about 30
 * clusters, cluster-resampling inference is known to be too narrow (Cameron,
 * Gelbach & Miller 2008, "Bootstrap-based improvements for inference with
 * clustered errors", REStat 90(3); Cameron & Miller 2015, J. Human Resources
 * 50(2), §VI), so "auto" keeps the conservative two-stage scheme there; above
 * it, the cluster bootstrap is both the better variance estimate and O(clusters)
 * per replicate instead of O(items).
 */
export const AUTO_MIN_CLUSTERS = 30;

/** The scheme "auto" stands for, given the non-empty cluster counts of the groups resampled together. */
export function resolveScheme(choice: ResampleChoice, clusterCounts: readonly number[]): ResampleScheme {
  if (choice !== "auto") return choice;
  for (const k of clusterCounts) if (k < AUTO_MIN_CLUSTERS) return "clusters-then-items";
  return "clusters";
}
