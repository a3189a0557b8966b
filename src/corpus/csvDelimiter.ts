import { FramediffError } from "../errors";

/** The cell delimiters framediff reads: comma, semicolon (spreadsheets in many locales), tab and pipe. */
export const DELIMITERS = Object.freeze([",", ";", "\t", "|"] as const);
export type Delimiter = (typeof DELIMITERS)[number];

/** How a delimiter is written in messages and on the command line. */
export function delimiterName(d: Delimiter): string {
  return d === "\t" ? "tab" : `"${d}"`;
}

/**
 * How often each delimiter occurs in a header line outside quoted cells
 * (RFC 4180 quoting: a cell is quoted when it starts with `"`, `""` inside
 * is one quote). A quoted cell may hold any delimiter without counting.
 */
export function countDelimiters(line: string): Map<Delimiter, number> {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let atCellStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuotes) {
      if (c === '"') {
        if (line[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && atCellStart) { inQuotes = true; atCellStart = false; continue; }
    if (counts.has(c as Delimiter)) {
      counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
      atCellStart = true;
      continue;
    }
    atCellStart = false; // a quote inside an unquoted cell is content
  }
  return counts;
}

/**
 * A header line's cells split at `d` outside quotes, unquoted and trimmed: a
 * cheap look at the column names before the file is parsed (the parse itself
 * checks the header).
 */
export function splitHeader(line: string, d: Delimiter): string[] {
  const cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let atCellStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuotes) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') inQuotes = false; else cell += c;
      continue;
    }
    if (c === '"' && atCellStart) { inQuotes = true; atCellStart = false; continue; }
    if (c === d) { cells.push(cell.trim()); cell = ""; atCellStart = true; continue; }
    cell += c;
    atCellStart = false;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The delimiter of a CSV file, told from its header line: the one delimiter
 * (comma, semicolon, tab, pipe) that occurs outside quoted cells; when
 * several occur, the one whose split names the most `known` columns (id,
 * outlet, text, a mapped column...); a header with none is one column, read
 * as comma-separated. When several occur and no split names more known
 * columns than the others, it throws a FramediffError naming the file and
 * the candidates, asking for `--delimiter`.
 *
 * @example
 * detectDelimiter("id;outlet;text", ["id", "outlet", "text"], "c.csv"); // => ";"
 * detectDelimiter('id,outlet,"a;b",text', ["id", "outlet", "text"], "c.csv"); // => ","
 */
export function detectDelimiter(header: string, known: readonly string[], file: string, line = 1): Delimiter {
  const counts = countDelimiters(header);
  const found = DELIMITERS.filter((d) => counts.get(d)! > 0);
  if (found.length === 0) return ",";
  if (found.length === 1) return found[0];
  const names = new Set(known);
  const score = (d: Delimiter) => splitHeader(header, d).filter((c) => names.has(c.replace(/^\uFEFF/, ""))).length;
  const scored = found.map((d) => ({ d, score: score(d) })).sort((a, b) => b.score - a.score);
  if (scored[0].score > scored[1].score) return scored[0].d;
  const list = found.map((d) => `${delimiterName(d)} (${counts.get(d)} times)`).join(", ");
  throw new FramediffError({
    code: "ambiguous-delimiter", file, line,
    message: `cannot tell the CSV delimiter: the header line has ${list} outside quotes.`,
    hint: `pass --delimiter with the one that separates the cells (library: { delimiter: ";" }), e.g. --delimiter ${found[0] === "\t" ? "tab" : `"${found[0]}"`}.`,
  });
}
