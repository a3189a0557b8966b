import { compareCodeUnits } from "../util/compare";

/** Counts of one article keyed by indices into its `words` (sorted by index, so by word). */
export interface WordCounts {
  readonly word: Uint32Array;
  readonly count: Uint32Array;
}

/** An article's vocabulary: the words sorted by code units, and each word's index. */
export function vocabulary(seen: ReadonlySet<string>): { words: string[]; index: Map<string, number> } {
  const words = [...seen].sort(compareCodeUnits);
  return { words, index: new Map(words.map((w, i) => [w, i])) };
}

/** A word → count map as index-sorted parallel arrays. */
export function wordCounts(counts: ReadonlyMap<string, number>, index: ReadonlyMap<string, number>): WordCounts {
  const rows = [...counts].map(([w, n]) => [index.get(w)!, n] as const).sort((a, b) => a[0] - b[0]);
  return { word: Uint32Array.from(rows, (r) => r[0]), count: Uint32Array.from(rows, (r) => r[1]) };
}

