import { TextDecoder } from "util";
import { FramediffError, type Problem } from "../errors";

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence, or -1 when all
 * bytes are valid. Follows the WHATWG decoder: overlong forms, surrogates and
 * code points above U+10FFFF are invalid, as is a sequence cut off at the end.
 *
 * @example
 * findInvalidUtf8(Buffer.from([0x61, 0xff])); // => 1
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = i + k < n ? bytes[i + k] : -1;
      if (c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The problem for invalid UTF-8 at byte `offset` of `bytes`, which start at line
 * `firstLine` of `file`.
 */
export function invalidUtf8Problem(file: string, bytes: Uint8Array, offset: number, firstLine = 1): Problem {
  let line = firstLine;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  }
  const hex = bytes[offset].toString(16).padStart(2, "0");
  return {
    code: "invalid-utf8",
    file,
    line,
    message: `file is not valid UTF-8: first bad byte 0x${hex} at byte ${offset - lineStart + 1} of the line.`,
    hint: "re-save the file as UTF-8 (it may be Windows-1252 or Latin-1; most editors offer Save As → Encoding: UTF-8).",
  };
}

/**
 * Decodes UTF-8 bytes strictly. A byte order mark is kept (normaliseText strips it).
 * Throws a FramediffError naming `file` and the line of the first bad byte.
 *
 * @example
 * decodeUtf8(Buffer.from("Mevlüt"), "a.txt"); // => "Mevlüt"
 * decodeUtf8(Buffer.from([0x61, 0x0a, 0xff]), "a.txt"); // throws: a.txt:2: file is not valid UTF-8 ...
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return fatal.decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes);
    throw new FramediffError(invalidUtf8Problem(file, bytes, offset < 0 ? 0 : offset));
  }
}
