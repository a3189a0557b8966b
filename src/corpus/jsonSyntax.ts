/** Where and why a text is not valid JSON. */
export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (the text's length when it ends too early). */
  readonly offset: number;
  /** 1-based line (lines end at LF). */
  readonly line: number;
  /** 1-based column in code points, so an emoji counts once. */
  readonly column: number;
  /** What was wrong, in words, e.g. `expected "," or "}" after a value in a JSON object, found "x"`. */
  readonly message: string;
}

type Expect = "value" | "valueOrEnd" | "key" | "keyOrEnd" | "colon" | "commaOrEnd" | "end";

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];

function shown(text: string, i: number): string {
  return JSON.stringify(String.fromCodePoint(text.codePointAt(i) ?? 0xfffd));
}

function locate(text: string, offset: number, message: string): JsonSyntaxError {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) { line++; start = i + 1; }
  let column = 1;
  for (let i = start; i < offset; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) column++;
  return { offset, line, column, message };
}

/** Scans the string opening at `i`; returns the offset after it, or the error. */
function scanString(text: string, i: number): number | [number, string] {
  for (let j = i + 1; j < text.length;) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return [j, `a JSON string cannot hold a raw control character (${shown(text, j)}); write a line break as \\n and a tab as \\t`];
    if (c !== 0x5c) { j++; continue; }
    const e = text[j + 1];
    if (e === "u") {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return [j, "a \\u escape in a JSON string needs four hex digits"];
      j += 6;
    } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
    else return [j, `invalid escape in a JSON string (a backslash is written \\\\)`];
  }
  return [i, "a JSON string starting here is never closed"];
}

/**
 * Finds the first syntax error in `text` as JSON.parse reads it (RFC 8259; no
 * comments, no trailing commas), with its line and column, or undefined when
 * `text` is valid JSON. Messages from JSON.parse vary by Node version and
 * some give no position, so this scans independently; it runs in linear time
 * with an explicit stack, so deep nesting cannot overflow the call stack.
 *
 * @example
 * findJsonSyntaxError('{\n  "a": 1,\n}'); // => { offset: 12, line: 3, column: 1, message: 'expected a JSON property name in double quotes, found "}" (a trailing comma?)' }
 * findJsonSyntaxError('{"a": 1}'); // => undefined
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  const fail = (at: number, message: string) => locate(text, at, message);
  const after = (): Expect => (stack.length > 0 ? "commaOrEnd" : "end");
  for (;;) {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
    if (i >= text.length) {
      if (expect === "end") return undefined;
      const open = stack.length > 0 ? `: a ${stack[stack.length - 1]} is never closed` : "";
      return fail(i, `the JSON ends too early${open}`);
    }
    const c = text[i];
    if (expect === "end") return fail(i, `unexpected ${shown(text, i)} after the end of the JSON value`);
    if (expect === "colon") {
      if (c !== ":") return fail(i, `expected ":" after a JSON property name, found ${shown(text, i)}`);
      i++;
      expect = "value";
    } else if (expect === "commaOrEnd") {
      const close = stack[stack.length - 1] === "{" ? "}" : "]";
      if (c === ",") {
        i++;
        expect = close === "}" ? "key" : "value";
      } else if (c === close) {
        i++;
        stack.pop();
        expect = after();
      } else {
        return fail(i, `expected "," or "${close}" after a value in a JSON ${close === "}" ? "object" : "array"}, found ${shown(text, i)}`);
      }
    } else if (expect === "key" || expect === "keyOrEnd") {
      if (c === "}" && expect === "keyOrEnd") {
        i++;
        stack.pop();
        expect = after();
      } else if (c !== '"') {
        return fail(i, `expected a JSON property name in double quotes, found ${shown(text, i)}${c === "}" ? " (a trailing comma?)" : ""}`);
      } else {
        const end = scanString(text, i);
        if (typeof end !== "number") return fail(end[0], end[1]);
        i = end;
        expect = "colon";
      }
    } else if (c === "]" && expect === "valueOrEnd") {
      i++;
      stack.pop();
      expect = after();
    } else if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      expect = c === "{" ? "keyOrEnd" : "valueOrEnd";
    } else if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== "number") return fail(end[0], end[1]);
      i = end;
      expect = after();
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.exec(text)) return fail(i, `invalid JSON number starting with ${shown(text, i)}`);
      i = NUMBER.lastIndex;
      expect = after();
    } else {
      const literal = LITERALS.find((l) => text.startsWith(l, i));
      if (!literal) return fail(i, `expected a JSON value, found ${shown(text, i)}${c === "]" ? " (a trailing comma?)" : c === "'" ? " (JSON strings use double quotes)" : ""}`);
      i += literal.length;
      expect = after();
    }
  }
}
