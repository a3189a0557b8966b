import { FramediffError } from "../errors";
import { decodeUtf8 } from "./decodeUtf8";
import { byteOrderMark, invalidUtf16Problem, loneSurrogate, oddUtf16Problem, refuseUndecodable, Utf16Decoder } from "./utf16";

/**
 * Decodes a whole file's bytes: UTF-16 LE or BE when a byte order mark says
 * so (the mark is dropped), UTF-8 otherwise (see decodeUtf8; its mark is
 * kept for normaliseText). Throws a FramediffError naming `file` and the line
 * for invalid UTF-8 or UTF-16, and a one-line "re-save as UTF-8" error for
 * UTF-32 or UTF-16 without a byte order mark.
 *
 * @example
 * decodeText(Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), "a.txt"); // => "Hi"
 */
export function decodeText(bytes: Buffer, file: string): string {
  const bom = byteOrderMark(bytes);
  refuseUndecodable(bytes, bom, file);
  if (bom.encoding === "utf-8") return decodeUtf8(bytes, file);
  const decoder = new Utf16Decoder(bom.encoding === "utf-16be");
  const text = decoder.write(bytes.subarray(bom.length));
  const lineOf = (index: number) => {
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
    return line;
  };
  const bad = loneSurrogate(text);
  if (bad >= 0) {
    const line = lineOf(bad);
    const start = text.lastIndexOf("\n", bad) + 1;
    throw new FramediffError(invalidUtf16Problem(file, line, text.slice(start), bad - start));
  }
  if (decoder.end()) throw new FramediffError(oddUtf16Problem(file, lineOf(text.length)));
  return text;
}
