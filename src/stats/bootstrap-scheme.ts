/**
 * How a bootstrap replicate is drawn from clustered data (clusters = articles,
 * items = sentences):
 *   "clusters-then-items" — draw as many clusters as there are, with
 *     replacement, then within each drawn cluster as many items as it has, with
 *     replacement (two-stage bootstrap, Davison & Hinkley 1997, §3.8);
 *   "clusters" — draw clusters with replacement and keep their items as they are;
 *   "items" — ignore the clusters and draw n items from the pooled items.
 */
export type ResampleScheme = "clusters-then-items" | "clusters" | "items";

export const RESAMPLE_SCHEMES: readonly ResampleScheme[] = ["clusters-then-items", "clusters", "items"];
