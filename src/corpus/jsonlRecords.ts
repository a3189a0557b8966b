import { FramediffError, type Problem } from "../errors";
import { findJsonSyntaxError } from "./jsonSyntax";
import { readLines } from "./readLines";
import { replaceLoneSurrogates } from "./utf16";
import type { RawRecord } from "./toArticle";

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : `a ${typeof value}`;
}

/**
 * Streams the records of a JSONL file: one JSON object per line, blank lines
 * allowed. A line that is not valid JSON, or not an object, throws a
 * FramediffError naming the file, the line and the parse error. A line with
 * invalid UTF-8 that still parses is yielded with that problem attached.
 *
 * @example
 * for await (const r of jsonlRecords("c.jsonl")) r.fields.id; // "a"
 */
export async function* jsonlRecords(file: string): AsyncGenerator<RawRecord> {
  for await (const { line, text, problem } of readLines(file)) {
    if (text.trim() === "") continue;
    const found: Problem[] = problem ? [problem] : [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const syntax = findJsonSyntaxError(text);
      // JSON.parse's own message may quote the line raw (NUL bytes, half an emoji) and, on Node 20, give no position.
      const what = syntax ? `${syntax.message} (column ${syntax.column})` : replaceLoneSurrogates((error as Error).message);
      throw new FramediffError([{
        code: "malformed-json", file, line,
        message: `line is not valid JSON: ${what}.`,
        hint: "write one complete JSON object per line; check the quotes, commas and braces on this line (a line break inside a string is written \\n).",
      }, ...found]);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new FramediffError([{
        code: "not-an-object", file, line,
        message: `expected a JSON object, found ${describe(value)}.`,
        hint: 'write one article per line as an object: {"id": "...", "outlet": "...", "text": "..."}.',
      }, ...found]);
    }
    yield { fields: value as Record<string, unknown>, where: { file, line }, problems: found };
  }
}
