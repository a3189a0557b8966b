import { createReadStream } from "fs";
import { TextDecoder } from "util";
import type { Problem } from "../errors";
import { findInvalidUtf8, invalidUtf8Problem } from "./decodeUtf8";
import { readFailure } from "./readFailure";

/** One physical line of a text file. */
export interface Line {
  /** 1-based line number. */
  readonly line: number;
  /** The line without its LF or CRLF ending (and, on line 1, without a BOM). */
  readonly text: string;
  /** Set when the line is not valid UTF-8; `text` then has U+FFFD for bad bytes. */
  readonly problem?: Problem;
}

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

function decodeLine(bytes: Uint8Array, file: string, line: number): Line {
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

/**
 * Streams a file line by line, splitting on LF bytes (which never occur inside a
 * multi-byte UTF-8 sequence) and checking each line's UTF-8 on its own, so an
 * invalid byte is reported with its line number without holding the file in
 * memory. A read failure throws a FramediffError naming the file.
 *
 * @example
 * for await (const { line, text } of readLines("corpus.jsonl")) console.log(line, text);
 */
export async function* readLines(file: string): AsyncGenerator<Line> {
  const stream = createReadStream(file);
  let parts: Buffer[] = [];
  let line = 1;
  const chunks: AsyncIterator<Buffer> = stream[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw readFailure(error, file);
      }
      if (next.done) break;
      const chunk = next.value;
      let start = 0;
      let nl: number;
      while ((nl = chunk.indexOf(0x0a, start)) !== -1) {
        const piece = chunk.subarray(start, nl);
        const bytes = parts.length === 0 ? piece : Buffer.concat([...parts, piece]);
        parts = [];
        yield decodeLine(bytes, file, line++);
        start = nl + 1;
      }
      if (start < chunk.length) parts.push(chunk.subarray(start));
    }
    if (parts.length > 0) yield decodeLine(Buffer.concat(parts), file, line);
  } finally {
    stream.destroy();
  }
}
