/** YAML words a plain scalar would not read back as a string (YAML 1.1 and 1.2 booleans and nulls). */
const SPECIAL = /^(true|false|null|yes|no|on|off|y|n)$/i;

/** A plain scalar: a letter first, then letters, marks, digits and single inner spaces, apostrophes, hyphens or full stops. */
const PLAIN = /^\p{L}[\p{L}\p{M}\p{N}]*(?:[ '.-][\p{L}\p{M}\p{N}]+)*$/u;

/**
 * A string as a YAML scalar that reads back as the same string, in flow and
 * block context alike: plain when it is a word or words of letters, digits
 * and inner ' . - (Kyiv, cease-fire, u.s), else double-quoted with `"`, `\`,
 * controls, line and paragraph separators, the BOM and lone surrogates
 * escaped (YAML 1.2 §5.7).
 *
 * @example
 * yamlString("Kyiv"); // => Kyiv
 * yamlString("No"); // => "No"
 * yamlString("a: #b"); // => "a: #b"
 */
export function yamlString(s: string): string {
  if (PLAIN.test(s) && !SPECIAL.test(s)) return s;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) { out += ch + s[i + 1]; i++; }
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

/**
 * Text for a YAML comment: one line, whatever it is given (line breaks,
 * controls and separators become spaces; runs of spaces one), so a hostile
 * outlet id cannot end the comment and write YAML.
 */
export function commentText(s: string): string {
  return s.replace(/[\p{Cc}\u2028\u2029\u0085\ufeff]/gu, " ").replace(/\s+/g, " ").trim();
}
