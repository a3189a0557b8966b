import { detectDelimiter, splitHeader, type Delimiter } from "./csvDelimiter";
import { readLines } from "./readLines";

/** What the first non-blank line of a CSV file says before it is parsed. */
export interface CsvHead {
  readonly delimiter: Delimiter;
  /** The header's column names as split at `delimiter` (NFC, trimmed); empty for an empty file. */
  readonly names: readonly string[];
}

/**
 * Reads only the header line of a CSV file (the first non-blank line) and
 * tells its delimiter — `given`, else detected from that line (see
 * detectDelimiter, which may throw on an ambiguous header) — and a first look
 * at its column names. Problems with the file's bytes are left for the full
 * read (csvRecords), which reports them with their lines.
 *
 * @example
 * await readCsvHead("c.csv", undefined, ["id", "outlet", "text"]); // => { delimiter: ";", names: ["id", "outlet", "text"] }
 */
export async function readCsvHead(file: string, given: Delimiter | undefined, known: readonly string[]): Promise<CsvHead> {
  for await (const { line, text } of readLines(file)) {
    if (text.trim() === "") continue;
    const delimiter = given ?? detectDelimiter(text, known, file, line);
    return { delimiter, names: splitHeader(text, delimiter).map((n) => n.normalize("NFC").trim()) };
  }
  return { delimiter: given ?? ",", names: [] };
}
