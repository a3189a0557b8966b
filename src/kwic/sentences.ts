/**
 * A simple sentence splitter for words in context: KWIC sits before `parse`
 * in the stage order, so it cannot use wink's sentences (and need not: a line
 * only has to stay inside its sentence).
 *
 * A sentence ends
 * - after a run of terminal punctuation (`.` `!` `?` `…` `。` `！` `？`) and any
 *   closing quotes or brackets, followed by white space or the end of the
 *   text, unless the next word starts with a lower-case letter, or the
 *   punctuation is a single `.` after an abbreviation ("Mr.", "U.S.") or an
 *   initial ("J. Smith");
 * - at a line break, unless the next line starts with a lower-case letter (a
 *   hard-wrapped sentence); a blank line always ends one.
 */

// Terminal punctuation, then closing quotes/brackets, then white space or the end (not "3.5", not "example.com").
const END = /[.!?…。！？]+["'”’»)\]}]*(?=\s|$)|\n/g;
const LOWER = /^\p{Ll}/u;
const SPACE = /\s/;

/** Lower-case words (without their final "."), after which a "." does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr", "mt", "ft",
  "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "inc", "ltd", "co", "corp", "approx", "cf", "fig", "vol", "pres",
]);

/**
 * The end offset (exclusive, UTF-16) of every sentence of `text`, ascending;
 * the last is `text.length`. Sentence i spans `[ends[i-1] ?? 0, ends[i])`.
 * Total on any string; linear in its length.
 *
 * @example
 * sentenceEnds("Mr. Lavrov spoke. Kuleba left."); // => [17, 30]
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < text.length && SPACE.test(text[next]) && text[next] !== "\n") next++;
    if (m[0] === "\n") {
      // a blank line always ends a sentence; a single line break unless the next line goes on in lower case
      const blank = next < text.length && text[next] === "\n";
      if (!blank && LOWER.test(text.slice(next, next + 2))) continue;
      push(ends, m.index);
      continue;
    }
    // skip on to the next non-space, across line breaks, to see how the next word starts
    let k = next;
    while (k < text.length && SPACE.test(text[k])) k++;
    if (k < text.length && LOWER.test(text.slice(k, k + 2))) continue;
    if (m[0] === "." && isAbbreviation(text, m.index)) continue;
    push(ends, end);
  }
  if (ends.length === 0 || ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

function push(ends: number[], at: number): void {
  if (at > 0 && (ends.length === 0 || ends[ends.length - 1] < at)) ends.push(at);
}

/** Whether the word ending at the "." at `dot` is an initial or a listed abbreviation. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && !SPACE.test(text[s - 1]) && dot - s < 12) s--;
  const word = text.slice(s, dot).replace(/^["'“‘(\[«]+/, "").toLowerCase();
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word);
}

/**
 * The sentence `[start, end)` that holds offset `at`, by binary search over
 * `ends` (from `sentenceEnds`).
 */
export function sentenceAt(ends: readonly number[], at: number): { start: number; end: number } {
  let lo = 0, hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] > at) hi = mid; else lo = mid + 1;
  }
  return { start: lo === 0 ? 0 : ends[lo - 1], end: ends[lo] };
}
