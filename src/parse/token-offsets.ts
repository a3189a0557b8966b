/**
 * Where each wink token lies in the analysed string. wink reports a token's
 * preceding white space by reconstruction, not as written: it drops some
 * characters it treats as space (U+FEFF, U+2028, vertical tab, form feed),
 * shortens others (U+3000, U+2003 → one space) and gives U+0085 as an empty
 * token. Summing `precedingSpaces` and values therefore drifts off the text
 * after such a character (issue 8 property tests: "\uFEFF —").
 */

// What may lie between two tokens: white space, separators, control and format characters.
const GAP = /^[\s\p{Z}\p{Cc}\p{Cf}]*$/u;

/** A token that is only white space or invisible marks (tab runs, U+200B, U+200E, a lone ZWJ): structure, not a word. */
export function isBlankToken(value: string): boolean {
  return GAP.test(value);
}

/**
 * The start offset of every token in `text`, or −1 for a token that cannot be
 * found there (its value is not in the text at its place). Each token is
 * looked for where wink's preceding spaces put it, and otherwise at its first
 * occurrence after the previous token, provided only gap characters lie
 * between; so offsets never move backward and never skip a visible character.
 *
 * @example
 * locateTokens("\uFEFF —", ["—"], [" "]); // => [2]
 */
export function locateTokens(text: string, values: readonly string[], spaces: readonly string[]): number[] {
  const out = new Array<number>(values.length);
  let at = 0; // end of the previous located token
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const guess = at + spaces[i].length;
    let start = -1;
    if (text.startsWith(v, guess) && GAP.test(text.slice(at, guess))) start = guess;
    else {
      const found = v === "" ? -1 : text.indexOf(v, at);
      if (found !== -1 && GAP.test(text.slice(at, found))) start = found;
    }
    out[i] = start;
    if (start !== -1) at = start + v.length;
  }
  return out;
}
