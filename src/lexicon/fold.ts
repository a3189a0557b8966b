/**
 * Case and diacritic folding for lexicon matching. `Çavuşoğlu` → `cavusoglu`,
 * `Lavrov’s` → `lavrov's`. Letters that Unicode does not decompose (ı, ł, ø, đ,
 * ß) are mapped by hand so Turkish, Polish and Nordic spellings fold as a reader
 * would expect.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  ı: "i", ł: "l", ø: "o", đ: "d", ð: "d", þ: "th", ß: "ss", æ: "ae", œ: "oe",
  "\u2019": "'", "\u2018": "'", "\u02bc": "'",
};
const MARKS = /\p{M}/gu;

/** Folds one code point (as a string) to zero or more lower-case base characters. */
export function foldChar(ch: string): string {
  // ASCII (most of any news text) has no marks to strip and nothing special: only case to fold
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  return lower.normalize("NFD").replace(MARKS, "");
}

/** Folds a whole string; whitespace runs become one space, ends trimmed. */
export function fold(s: string): string {
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return out.replace(/\s+/g, " ").trim();
}

/** A folded text and, for each of its UTF-16 units, the index in the original. */
export interface FoldedText {
  readonly folded: string;
  /** `origin[i]` is the original index of folded unit i; `origin[folded.length]` = original length. */
  readonly origin: Int32Array;
}

/** Folds `text` keeping a map back to original offsets (whitespace is not collapsed). */
export function foldWithMap(text: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    parts.push(f);
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { folded: parts.join(""), origin: Int32Array.from(origin) };
}
