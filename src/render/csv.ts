import { FramediffError } from "../errors";
import { toCsv, type CsvOptions } from "../tables/csv";
import type { Cell, TableData } from "./types";

/**
 * The data behind a figure as CSV text, written by the tables module's `toCsv`
 * (RFC 4180, "\n" line ends, `null` as an empty field, `""` for the empty
 * string, numbers in shortest round-trip form, NaN/Inf/-Inf, text that a
 * spreadsheet would run as a formula prefixed with `'` unless
 * `formulaGuard: false`), after checking that every row has one cell per
 * column: a row of the wrong length is an error naming the file, never padded.
 * @example
 * tableToCsv({ columns: ["outlet", "n"], rows: [["TASS, Moscow", 3], ["BBC", null]] });
 * // => 'outlet,n\n"TASS, Moscow",3\nBBC,\n'
 */
export function tableToCsv(table: TableData, source = "table", options: Pick<CsvOptions, "formulaGuard"> = {}): string {
  table.rows.forEach((row, i) => {
    if (row.length !== table.columns.length) {
      throw new FramediffError({
        code: "csv-row-length", file: source, line: i + 2,
        message: `row ${i + 1} has ${row.length} cells but there are ${table.columns.length} columns.`,
        hint: "give every row one cell per column (null for a missing value).",
      });
    }
  });
  return toCsv(table, { formulaGuard: options.formulaGuard });
}

/** One CSV field, as `tableToCsv` writes it (formula guard on). */
export function csvField(value: Cell): string {
  return toCsv({ columns: [], rows: [[value ?? null]] }).slice(1, -1);
}
