// Grapheme clusters (UAX #29) do not depend on the locale; "en" only pins the instance.
const GRAPHEMES = new Intl.Segmenter("en", { granularity: "grapheme" });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The longest prefix of `s` with at most `max` code points that ends on a
 * grapheme boundary, so a cut never splits a surrogate pair (half an emoji),
 * a letter from its combining accents, a flag or a ZWJ sequence. Only when
 * not even the first grapheme fits (a letter with more than `max` combining
 * marks) is it cut between code points, which still never splits a pair.
 * A string of at most `max` code points comes back whole. Well-formed input
 * gives well-formed output; lone surrogates already in `s` are kept (pass the
 * result through `terminalSafe` to print it). Throws on a `max` that is not
 * a whole number ≥ 0.
 *
 * @example
 * truncateCodePoints("ab😀c", 3); // => "ab😀"  ("ab\ud83d" by UTF-16 units)
 * truncateCodePoints("cafe\u0301!", 4); // => "caf"  (the accent stays with its e)
 */
export function truncateCodePoints(s: string, max: number): string {
  if (!Number.isInteger(max) || max < 0) throw new Error(`invalid max: ${max} (use a whole number ≥ 0)`);
  if (s.length <= max) return s; // code points ≤ code units
  // printable ASCII up to the cut: every character is one code point and one grapheme (no CR LF pair), so cut by units
  if (PRINTABLE_ASCII.test(s.slice(0, max + 1))) return s.slice(0, max);
  let points = 0;
  let end = 0;
  for (const { segment, index } of GRAPHEMES.segment(s)) {
    const n = codePoints(segment);
    if (points + n > max) break;
    points += n;
    end = index + segment.length;
  }
  return end === 0 && max > 0 ? byCodePoints(s, max) : s.slice(0, end);
}

/**
 * `s` shortened for display to at most `max` code points, ending in "…" when
 * it was cut (see {@link truncateCodePoints} for where cuts fall). Throws on
 * a `max` that is not a whole number ≥ 1.
 *
 * @example
 * excerpt("Lavrov said 👍👍👍", 14); // => "Lavrov said 👍…"
 * excerpt("short", 14); // => "short"
 */
export function excerpt(s: string, max: number): string {
  if (!Number.isInteger(max) || max < 1) throw new Error(`invalid excerpt length: ${max} (use a whole number ≥ 1)`);
  if (truncateCodePoints(s, max).length === s.length) return s;
  return truncateCodePoints(s, max - 1) + "…";
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function byCodePoints(s: string, max: number): string {
  let n = 0;
  let end = 0;
  for (const ch of s) {
    if (n === max) break;
    n++;
    end += ch.length;
  }
  return s.slice(0, end);
}
