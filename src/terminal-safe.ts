/**
 * What a terminal would act on rather than show: C0 controls and DEL (ESC
 * starts colour, cursor and title sequences; CR rewrites the line), C1
 * controls (U+009B is a one-character CSI on some terminals), the line and
 * paragraph separators, and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that reorder the rest of the line.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A surrogate without its other half; no `u` flag, so the regex sees UTF-16 code units. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const UNSAFE = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, "g");

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\t": "\\t", "\r": "\\r" };

/**
 * Text from a corpus, a manifest or the command line made safe to print on
 * one terminal line. Newline, tab and CR become `\n`, `\t`, `\r`; the other
 * C0 controls and DEL become `\x1b`-style escapes; C1 controls, U+2028/U+2029
 * and the bidi controls become `\u009b`-style escapes; a lone surrogate (half
 * an emoji) becomes U+FFFD. Everything else, backslashes included, is left as
 * is: the result is for reading, not for parsing back. Pure; total on any
 * string, well-formed or not.
 *
 * @example
 * terminalSafe("tass\u001b[2J\r\u202eevil"); // => "tass\\x1b[2J\\r\\u202eevil"
 * terminalSafe("half \ud83d"); // => "half \ufffd"
 */
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, escape);
}

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return "\ufffd";
  if (NAMED[ch] !== undefined) return NAMED[ch];
  if (code < 0x20 || code === 0x7f) return `\\x${hex(code, 2)}`;
  return `\\u${hex(code, 4)}`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}
