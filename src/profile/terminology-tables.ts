import { compareCodeUnits } from "../util/compare";

/** Whole numbers ≥ 0 in the fewest bytes that hold them all: counts of one article nearly always fit one byte, vocabulary indices two. */
export type Uints = Uint8Array | Uint16Array | Uint32Array;

/** The smallest of `Uint8Array`/`Uint16Array`/`Uint32Array` that holds every value. */
export function uints(values: readonly number[]): Uints {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max <= 0xff ? Uint8Array.from(values) : max <= 0xffff ? Uint16Array.from(values) : Uint32Array.from(values);
}

/** Counts of one article keyed by indices into its `words` (sorted by index, so by word). */
export interface WordCounts {
  readonly word: Uints;
  readonly count: Uints;
}

// A character beyond Latin-1 makes V8 store (and serialize) a whole string two bytes a character.
const WIDE = /[^\u0000-\u00ff]/;

/** Whether a string has a character beyond Latin-1. */
export const isWide = (w: string): boolean => WIDE.test(w);

/** An article's vocabulary: the strings sorted by code units, those with a character beyond Latin-1 after all others, and each one's index. */
export function vocabulary(seen: ReadonlySet<string>): { words: string[]; index: Map<string, number> } {
  const words = [...seen].sort((a, b) => Number(isWide(a)) - Number(isWide(b)) || compareCodeUnits(a, b));
  return { words, index: new Map(words.map((w, i) => [w, i])) };
}

/** A word → count map as index-sorted parallel arrays. */
export function wordCounts(counts: ReadonlyMap<string, number>, index: ReadonlyMap<string, number>): WordCounts {
  const rows = [...counts].map(([w, n]) => [index.get(w)!, n] as const).sort((a, b) => a[0] - b[0]);
  return { word: uints(rows.map((r) => r[0])), count: uints(rows.map((r) => r[1])) };
}
