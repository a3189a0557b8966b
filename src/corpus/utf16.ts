import { FramediffError, type Problem } from "../errors";

/** How a file's first bytes say it is encoded; `utf-8` when they do not say. */
export interface ByteOrderMark {
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";
  /** Bytes to skip before the text: the mark's length for UTF-16; 0 for UTF-8, whose mark stays in the text. */
  readonly length: number;
}

/**
 * Reads a byte order mark: `FF FE` → UTF-16 LE, `FE FF` → UTF-16 BE (UTF-32
 * marks are recognised only to be refused). Anything else, including the
 * UTF-8 mark `EF BB BF`, is taken as UTF-8.
 *
 * @example
 * byteOrderMark(Buffer.from([0xff, 0xfe, 0x61, 0x00])); // => { encoding: "utf-16le", length: 2 }
 */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: "utf-32le", length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: "utf-32be", length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return { encoding: "utf-8", length: 0 };
}

/**
 * Throws a one-line FramediffError for text framediff does not decode: UTF-32,
 * or UTF-16 without a byte order mark (guessed from NUL bytes in every other
 * position of the first KiB, as Latin text in UTF-16 has; UTF-8 text has none).
 */
export function refuseUndecodable(bytes: Uint8Array, bom: ByteOrderMark, file: string): void {
  const resave = "re-save the file as UTF-8 (most editors offer Save As → Encoding: UTF-8).";
  if (bom.encoding === "utf-32le" || bom.encoding === "utf-32be") {
    throw new FramediffError({ code: "unsupported-encoding", file, line: 1, message: `file is ${bom.encoding.toUpperCase()}, which framediff does not read.`, hint: resave });
  }
  if (bom.encoding !== "utf-8") return;
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (Math.max(even, odd) >= 0.4 * pairs && Math.min(even, odd) < 0.1 * pairs) {
    throw new FramediffError({
      code: "unsupported-encoding", file, line: 1,
      message: `file looks like UTF-16 ${odd > even ? "LE" : "BE"} without a byte order mark (every other byte is NUL).`,
      hint: resave,
    });
  }
}

/**
 * Decodes UTF-16 a chunk at a time: an odd byte at the end of a chunk waits
 * for the next one. Unpaired surrogates are kept in the text, for
 * {@link loneSurrogate} to find.
 */
export class Utf16Decoder {
  private carry: Buffer | undefined;
  constructor(private readonly bigEndian: boolean) {}

  /** The text of `chunk` (after any byte carried over from the last call). */
  write(chunk: Buffer): string {
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const even = bytes.length & ~1;
    this.carry = even < bytes.length ? Buffer.from(bytes.subarray(even)) : undefined;
    if (!this.bigEndian) return bytes.toString("utf16le", 0, even);
    return Buffer.from(bytes.subarray(0, even)).swap16().toString("utf16le");
  }

  /** True when the input ended with half a code unit (an odd byte count). */
  end(): boolean {
    const odd = this.carry !== undefined;
    this.carry = undefined;
    return odd;
  }
}

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Index of the first unpaired surrogate in `text`, or -1.
 *
 * @example
 * loneSurrogate("a\ud83d b"); // => 1
 * loneSurrogate("a😀"); // => -1
 */
export function loneSurrogate(text: string): number {
  LONE.lastIndex = 0;
  const m = LONE.exec(text);
  return m ? m.index : -1;
}

/** `text` with each unpaired surrogate replaced by U+FFFD. */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE, "\ufffd");
}

/** The problem for an unpaired surrogate at `index` of `text`, the text of line `line` of `file`. */
export function invalidUtf16Problem(file: string, line: number, text: string, index: number): Problem {
  const unit = text.charCodeAt(index).toString(16).toUpperCase();
  return {
    code: "invalid-utf16", file, line,
    message: `file is not valid UTF-16: unpaired surrogate 0x${unit} at character ${index + 1} of the line.`,
    hint: "re-save the file as UTF-8.",
  };
}

/** The problem for UTF-16 that ends with half a code unit, on line `line` of `file`. */
export function oddUtf16Problem(file: string, line: number): Problem {
  return {
    code: "invalid-utf16", file, line,
    message: "file is not valid UTF-16: it ends in the middle of a character (an odd number of bytes).",
    hint: "re-save the file as UTF-8.",
  };
}
