/**
 * The words around a match, within its sentence. A "word" of context is a
 * run of non-white-space characters (so "(Kyiv," is one word); runs of white
 * space, line breaks included, are written as one space.
 */

/** At most this many characters of context per word of the window are read on each side (a 1 MB "word" without spaces is cut, marked "…"). */
const CHARS_PER_WORD = 48;

const WORDS = /\S+/g;

/**
 * Up to `window` words before `[start, end)` and after it, not crossing
 * `[sentenceStart, sentenceEnd)`. A side cut by the character budget starts
 * (left) or ends (right) with "…", which is no extra word.
 *
 * @example
 * contextAround("He met Lavrov in Antalya.", 0, 25, 7, 13, 1); // => { left: "met", right: "in" }
 */
export function contextAround(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number, window: number): { left: string; right: string } {
  const budget = Math.max(200, window * CHARS_PER_WORD);
  let from = Math.max(sentenceStart, start - budget);
  let to = Math.min(sentenceEnd, end + budget);
  // never cut an emoji (a surrogate pair) in half
  if (from > sentenceStart && isLow(text.charCodeAt(from))) from++;
  if (to < sentenceEnd && isLow(text.charCodeAt(to))) to--;
  const before = text.slice(from, start).match(WORDS) ?? [];
  const after = text.slice(end, to).match(WORDS) ?? [];
  const left = before.slice(Math.max(0, before.length - window));
  const right = after.slice(0, window);
  // the budget cut a word only if the kept words reach the cut
  if (from > sentenceStart && left.length === before.length && left.length > 0) left[0] = "…" + left[0];
  if (to < sentenceEnd && right.length === after.length && right.length > 0) right[right.length - 1] += "…";
  return { left: left.join(" "), right: right.join(" ") };
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
