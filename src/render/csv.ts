import { FramediffError } from "../errors";
import type { Cell, TableData } from "./types";

/**
 * A table as CSV text (RFC 4180): a header row, then one record per row, each ended
 * by `"\n"`. A field is quoted when it holds `,` `"` CR or LF or starts or ends with a
 * space, and quotes inside are doubled. `null` is an empty field. Numbers use
 * JavaScript's shortest round-trip form (`0.1`, `1e-7`, `-0` as `0`), so the same number
 * always gives the same text; NaN and ±Infinity are written `NaN`, `Inf`, `-Inf`
 * (what R's `read.csv` reads back; pandas reads `NaN` and `inf` case-insensitively).
 * A row of the wrong length is an error, never padded.
 * @example
 * tableToCsv({ columns: ["outlet", "n"], rows: [["TASS, Moscow", 3], ["BBC", null]] });
 * // => 'outlet,n\n"TASS, Moscow",3\nBBC,\n'
 */
export function tableToCsv(table: TableData, source = "table"): string {
  const lines = [table.columns.map(csvField).join(",")];
  table.rows.forEach((row, i) => {
    if (row.length !== table.columns.length) {
      throw new FramediffError({
        code: "csv-row-length", file: source, line: i + 2,
        message: `row ${i + 1} has ${row.length} cells but there are ${table.columns.length} columns.`,
        hint: "give every row one cell per column (null for a missing value).",
      });
    }
    lines.push(row.map(csvField).join(","));
  });
  return lines.join("\n") + "\n";
}

/** One CSV field (see `tableToCsv`). */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return csvNumber(value);
  const text = String(value);
  return text === "" || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvNumber(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Inf";
  if (x === -Infinity) return "-Inf";
  return Object.is(x, -0) ? "0" : String(x);
}
