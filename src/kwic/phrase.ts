import { fold } from "../lexicon/fold";

/**
 * A word or phrase to find, word by word, on the folded text (lower case, no
 * diacritics, ’ as ': `lexicon/fold`), as the lexicon matches: whole words,
 * where a word is a run of letters and digits (`\p{L}`, `\p{N}`).
 */
export interface Phrase {
  /** Each word's test: the folded forms it may take, or a pattern (a `*` wildcard). */
  readonly words: readonly (ReadonlySet<string> | RegExp)[];
  /** What stands between word i and i+1: `" "` is any white space; anything else (`'`, `-`, `.`) must be there as written, white space runs as one space. */
  readonly gaps: readonly string[];
}

/** A folded word: letters and digits, and in a pattern the `*` wildcard. */
const PATTERN_WORD = /[\p{L}\p{N}*]+/gu;

/**
 * Compiles a word or phrase pattern: case- and diacritic-insensitive, curly
 * and straight apostrophes alike, `*` matching any letters or digits within
 * a word (`ukrain*`, `*grad`, `kyi*v`). Punctuation at either end is ignored
 * ("Kyiv," finds Kyiv); inside it must match ("cease-fire" finds
 * "cease-fire", not "ceasefire"). Undefined when the pattern has no letter,
 * digit or `*`.
 *
 * @example
 * compilePhrase("Lavrov’s talks")?.gaps; // => ["'", " "]
 */
export function compilePhrase(pattern: string, expand?: (word: string) => readonly string[]): Phrase | undefined {
  const folded = fold(pattern);
  const words: (ReadonlySet<string> | RegExp)[] = [];
  const gaps: string[] = [];
  let prevEnd = -1;
  for (const m of folded.matchAll(PATTERN_WORD)) {
    const w = m[0], at = m.index ?? 0;
    const gapBefore = prevEnd < 0 ? "" : folded.slice(prevEnd, at);
    if (prevEnd >= 0) gaps.push(gapBefore);
    prevEnd = at + w.length;
    if (w.includes("*")) {
      words.push(new RegExp(`^${w.split("*").map(escapeRegex).join("[\\p{L}\\p{N}]*")}$`, "u"));
      continue;
    }
    // a whole space-separated word may be expanded (a lemma's inflections); a piece of "o'clock" may not
    const after = folded.slice(prevEnd, prevEnd + 1);
    const whole = (gapBefore === "" || gapBefore === " ") && (after === "" || after === " ");
    words.push(new Set(expand && whole ? [w, ...expand(w)] : [w]));
  }
  return words.length ? { words, gaps } : undefined;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether a folded word passes a phrase word's test. */
export function wordPasses(test: ReadonlySet<string> | RegExp, word: string): boolean {
  return test instanceof RegExp ? test.test(word) : test.has(word);
}

/** Whether a gap of the folded text (between two words) is the phrase's gap. */
export function gapPasses(expected: string, gap: string): boolean {
  if (expected === " ") return /^\s+$/.test(gap);
  return gap.replace(/\s+/g, " ") === expected;
}
