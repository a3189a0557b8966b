/**
 * Optimal string alignment distance: edits (insert, delete, substitute) plus
 * swaps of two adjacent characters, each costing 1 — the typing slips a
 * "did you mean" should forgive ("--lexcion" → "--lexicon" is 1, not 2).
 * Damerau (1964); the restricted form as in Boytsov (2011), sec. 2.2.
 */
export function editDistance(a: string, b: string): number {
  const n = a.length, m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = new Array<number>(m + 1);
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row[j] = d;
    }
    prev2 = prev;
    prev = row;
  }
  return prev[m];
}

/**
 * The known word closest to `typed`, when it is close enough to be a slip:
 * at most a third of the longer word's length in edits (at least 1, at most
 * 3), or `typed` is a prefix of exactly one word. Ties go to the word first
 * in code-unit order, so the suggestion never depends on `known`'s order.
 */
export function didYouMean(typed: string, known: Iterable<string>): string | undefined {
  const words = [...new Set(known)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  if (typed.length >= 3) {
    const prefixed = words.filter((w) => w.startsWith(typed));
    if (prefixed.length === 1) return prefixed[0];
  }
  let best: string | undefined, bestD = Infinity;
  for (const w of words) {
    const d = editDistance(typed, w);
    if (d < bestD) { best = w; bestD = d; }
  }
  if (best === undefined) return undefined;
  const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(typed.length, best.length) / 3)));
  return bestD <= allowed ? best : undefined;
}
