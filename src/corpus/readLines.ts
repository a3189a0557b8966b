import { createReadStream } from "fs";
import { TextDecoder } from "util";
import type { Problem } from "../errors";
import { findInvalidUtf8, invalidUtf8Problem } from "./decodeUtf8";
import { readFailure } from "./readFailure";
import { byteOrderMark, invalidUtf16Problem, loneSurrogate, oddUtf16Problem, refuseUndecodable, replaceLoneSurrogates, Utf16Decoder } from "./utf16";

/** One physical line of a text file. */
export interface Line {
  /** 1-based line number. */
  readonly line: number;
  /** The line without its LF or CRLF ending (and, on line 1, without a BOM). */
  readonly text: string;
  /** Set when the line is not valid UTF-8 or UTF-16; `text` then has U+FFFD for what was bad. */
  readonly problem?: Problem;
}

type Next = () => Promise<IteratorResult<Buffer>>;

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

function utf8Line(bytes: Uint8Array, file: string, line: number): Line {
  let text: string;
  let problem: Problem | undefined;
  try {
    text = fatal.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    problem = invalidUtf8Problem(file, bytes, Math.max(0, findInvalidUtf8(bytes)), line);
  }
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.endsWith("\r")) text = text.slice(0, -1);
  return problem ? { line, text, problem } : { line, text };
}

function utf16Line(raw: string, file: string, line: number, oddEnd = false): Line {
  const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  const bad = loneSurrogate(text);
  if (bad >= 0) return { line, text: replaceLoneSurrogates(text), problem: invalidUtf16Problem(file, line, text, bad) };
  return oddEnd ? { line, text, problem: oddUtf16Problem(file, line) } : { line, text };
}

// UTF-8: split on LF bytes, which never occur inside a multi-byte sequence, and check each line alone.
async function* utf8Lines(first: Buffer, next: Next, file: string): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let line = 1;
  for (let chunk: Buffer | undefined = first; chunk; ) {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf(0x0a, start)) !== -1) {
      const piece = chunk.subarray(start, nl);
      parts.push(piece);
      const bytes = parts.length === 1 ? piece : Buffer.concat(parts);
      parts = [];
      yield utf8Line(bytes, file, line++);
      start = nl + 1;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
    const n = await next();
    chunk = n.done ? undefined : n.value;
  }
  if (parts.length > 0) yield utf8Line(Buffer.concat(parts), file, line);
}

// UTF-16: LF bytes also occur inside other characters, so decode a chunk at a time, then split the text.
async function* utf16Lines(first: Buffer, bigEndian: boolean, next: Next, file: string): AsyncGenerator<Line> {
  const decoder = new Utf16Decoder(bigEndian);
  let parts: string[] = [];
  let line = 1;
  for (let chunk: Buffer | undefined = first; chunk; ) {
    const text = decoder.write(chunk);
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf("\n", start)) !== -1) {
      parts.push(text.slice(start, nl));
      const whole = parts.length === 1 ? parts[0] : parts.join("");
      parts = [];
      yield utf16Line(whole, file, line++);
      start = nl + 1;
    }
    if (start < text.length) parts.push(text.slice(start));
    const n = await next();
    chunk = n.done ? undefined : n.value;
  }
  const odd = decoder.end();
  if (parts.length > 0 || odd) yield utf16Line(parts.join(""), file, line, odd);
}

/**
 * Streams a file line by line without holding it in memory, checking each
 * line's encoding on its own so a bad byte is reported with its line number.
 * UTF-8 by default; UTF-16 LE or BE when the file starts with that byte order
 * mark, decoded a chunk at a time. UTF-32 and UTF-16 without a mark throw a
 * one-line FramediffError saying to re-save as UTF-8, as does a read failure
 * (naming the file).
 *
 * @example
 * for await (const { line, text } of readLines("corpus.jsonl")) console.log(line, text);
 */
export async function* readLines(file: string): AsyncGenerator<Line> {
  const stream = createReadStream(file);
  const chunks: AsyncIterator<Buffer> = stream[Symbol.asyncIterator]();
  const next: Next = async () => {
    try {
      return await chunks.next();
    } catch (error) {
      throw readFailure(error, file);
    }
  };
  try {
    const first = await next();
    if (first.done) return;
    const bom = byteOrderMark(first.value);
    refuseUndecodable(first.value, bom, file);
    if (bom.encoding === "utf-8") yield* utf8Lines(first.value, next, file);
    else yield* utf16Lines(first.value.subarray(bom.length), bom.encoding === "utf-16be", next, file);
  } finally {
    stream.destroy();
  }
}
