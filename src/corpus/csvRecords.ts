import { CsvError, parse, type Parser } from "csv-parse";
import { FramediffError, type Problem } from "../errors";
import type { Delimiter } from "./csvDelimiter";
import { csvHeader } from "./csvHeader";
import { QuoteTracker } from "./csvQuotes";
import { readLines } from "./readLines";
import type { RawRecord } from "./toArticle";
import { replaceLoneSurrogates } from "./utf16";

/** A parsed row with csv-parse's running counts (its last line, blank lines so far). */
interface Parsed { readonly cells: string[]; readonly lines: number; readonly emptyLines: number }

/** The file's lines in ~64 KiB pieces, noting lines with invalid UTF-8 in `badLines`. */
async function* pieces(file: string, badLines: Map<number, Problem>, quotes: QuoteTracker): AsyncGenerator<string> {
  let batch: string[] = [];
  let size = 0;
  for await (const l of readLines(file)) {
    if (l.problem) badLines.set(l.line, l.problem);
    quotes.feed(l.text, l.line);
    batch.push(l.text, "\n");
    size += l.text.length + 1;
    if (size >= 65536) {
      yield batch.join("");
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch.join("");
}

const written = (parser: Parser, piece: string) => new Promise<Error | undefined>((done) => parser.write(piece, (e) => done(e ?? undefined)));
const ended = (parser: Parser) => new Promise<Error | undefined>((done) => {
  parser.once("error", done);
  parser.end(() => done(undefined));
});

function malformed(error: Error, file: string, rowStart: number, quotes: QuoteTracker): Error {
  if (!(error instanceof CsvError)) return error;
  // An unclosed quote is only noticed at the end of the file: point at the line where that cell opens.
  const open = error.code === "CSV_QUOTE_NOT_CLOSED" ? quotes.open : undefined;
  const unclosed = error.code === "CSV_QUOTE_NOT_CLOSED";
  const line = open?.line ?? (unclosed ? rowStart : (error as unknown as { lines?: number }).lines);
  const message = open ? `cannot parse the CSV: the quoted cell that opens here (character ${open.column} of the line) is never closed.`
    : unclosed ? "cannot parse the CSV: a quoted cell in the row starting here is never closed."
      // csv-parse quotes the offending UTF-16 unit, which may be half an emoji.
      : `cannot parse the CSV: ${replaceLoneSurrogates(error.message)}.`;
  return new FramediffError({
    code: "malformed-csv", file, ...(line ? { line } : {}),
    message,
    hint: `check the quoting near this line: a cell containing ${quotes.delimiter === "," ? "a comma" : "the delimiter"}, a quote or a line break is wrapped in double quotes, with inner quotes doubled.`,
  });
}

/** How csvRecords reads a file. */
export interface CsvReadOptions {
  /** The cell delimiter (see readCsvHead, which tells it from the header). Defaults to *a comma*. */
  readonly delimiter?: Delimiter;
  /** The fix to suggest when the header lacks a required column. */
  readonly missingHint?: string;
}

/**
 * Streams the records of a CSV file with a header row through csv-parse's
 * stream API, feeding it the file's lines (so invalid UTF-8 is reported with its
 * line). The header is checked for `required` columns before any row is
 * yielded. Empty cells are left out of `fields`; wholly blank rows are skipped.
 * A row whose cell count differs from the header's is yielded with a
 * `column-count` problem. Quoting errors throw a FramediffError with the line.
 */
export async function* csvRecords(file: string, required: readonly string[], options: CsvReadOptions = {}): AsyncGenerator<RawRecord> {
  const badLines = new Map<number, Problem>();
  const quotes = new QuoteTracker();
  const delimiter = options.delimiter ?? ",";
  quotes.delimiter = delimiter;
  const queue: Parsed[] = [];
  const parser = parse({
    delimiter, skip_empty_lines: true, relax_column_count: true, record_delimiter: "\n",
    // Rows are taken here, in order, as they are parsed, so none is lost when a later row fails.
    on_record: (cells: string[], context) => { queue.push({ cells, lines: context.lines, emptyLines: context.empty_lines }); return null; },
  });
  parser.on("error", () => undefined); // errors arrive through the write and end callbacks
  let header: string[] | undefined;
  let prevEnd = 0;
  let prevEmpty = 0;
  function* drain(): Generator<RawRecord> {
    for (let row = queue.shift(); row; row = queue.shift()) {
      const line = prevEnd + 1 + (row.emptyLines - prevEmpty);
      const problems: Problem[] = [];
      for (let l = line; l <= row.lines; l++) {
        const p = badLines.get(l);
        if (p) { problems.push(p); badLines.delete(l); }
      }
      prevEnd = row.lines;
      prevEmpty = row.emptyLines;
      if (header === undefined) {
        if (problems.length > 0) throw new FramediffError(problems);
        header = csvHeader(row.cells, file, line, required, options.missingHint);
        continue;
      }
      const cells = row.cells;
      if (cells.every((c) => c.trim() === "")) continue;
      if (cells.length !== header.length) {
        problems.push({
          code: "column-count", file, line,
          message: `row has ${cells.length} cells but the header has ${header.length} columns.`,
          hint: `quote any cell that contains ${delimiter === "," ? "a comma" : "the delimiter"}, a quote or a line break (inner quotes doubled), so each row has one cell per column.`,
        });
      }
      const names = header;
      const fields = Object.fromEntries(cells.flatMap((c, i) => (i < names.length && c !== "" ? [[names[i], c]] : [])));
      yield { fields, where: { file, line }, problems };
    }
  }
  try {
    for await (const piece of pieces(file, badLines, quotes)) {
      const error = await written(parser, piece);
      yield* drain();
      if (error) throw malformed(error, file, prevEnd + 1, quotes);
    }
    const error = await ended(parser);
    yield* drain();
    if (error) {
      const blank = (error as unknown as { empty_lines?: number }).empty_lines ?? prevEmpty;
      throw malformed(error, file, prevEnd + 1 + blank - prevEmpty, quotes);
    }
  } finally {
    parser.destroy();
  }
  if (header === undefined) {
    throw new FramediffError({
      code: "empty-file", file,
      message: "the file is empty: no header row.",
      hint: `give a header row naming at least the columns ${required.join(", ")}, then one row per article.`,
    });
  }
}
