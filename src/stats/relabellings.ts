/**
 * Counting and listing the distinct relabellings of units that keep each
 * group's size (multiset permutations of a label vector). Internal helpers of
 * permutationPValue and canPermute; not re-exported.
 */

/** Group sizes, in first-seen order of the labels. */
export function groupSizes<L>(labels: readonly L[]): Map<L, number> {
  const sizes = new Map<L, number>();
  for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  return sizes;
}

/**
 * Number of distinct relabellings, the multinomial coefficient n! / ∏ n_g!,
 * built as a product of binomials C(m + k, k) one factor at a time (exact while
 * below 2^53; beyond that a close float; Infinity past ~1.8e308).
 */
export function countRelabellings(sizes: Iterable<number>): number {
  let total = 1;
  let placed = 0;
  for (const k of sizes) {
    let c = 1; // C(placed + j, j), built so every division is exact
    for (let j = 1; j <= k; j++) c = (c * (placed + j)) / j;
    total *= c;
    placed += k;
  }
  return total;
}

/**
 * Calls `visit` with every distinct arrangement of `labels` once, in
 * lexicographic order (Knuth TAOCP vol. 4A, §7.2.1.2, Algorithm L, which
 * handles repeated elements). Each call gets a fresh array.
 */
export function forEachRelabelling(labels: readonly number[], visit: (labels: number[]) => void): void {
  const a = labels.slice().sort((x, y) => x - y);
  const n = a.length;
  for (;;) {
    visit(a.slice());
    let j = n - 2;
    while (j >= 0 && a[j] >= a[j + 1]) j--;
    if (j < 0) return;
    let l = n - 1;
    while (a[j] >= a[l]) l--;
    [a[j], a[l]] = [a[l], a[j]];
    for (let lo = j + 1, hi = n - 1; lo < hi; lo++, hi--) [a[lo], a[hi]] = [a[hi], a[lo]];
  }
}
