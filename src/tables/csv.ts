import { columnTypes } from "./column-types";
import type { Cell, FlatTable } from "./flat-table";
import { flattenRows, type RowSource } from "./flatten";
import { formatNumber } from "./number-format";
import { precisionPlan, type PrecisionOptions } from "./precision";

/** Options of {@link toCsv} and {@link resultToCsv}. */
export type CsvOptions = PrecisionOptions;

/**
 * Writes a flat table as CSV text (RFC 4180): a header row, then one line
 * per row, each line ending in "\n" (the last too). A field is quoted when
 * it holds `,`, `"`, CR or LF, with inner quotes doubled; the empty string
 * is written `""` so that it differs from null, which is written as nothing.
 * Booleans are `true`/`false`. Numbers: full precision by default, in the
 * shortest form that reads back as the same double; with `precision`, fixed
 * digits for columns of non-whole numbers (see `formatNumber`: −0 → 0,
 * NaN → `NaN`, ±Infinity → `Inf`/`-Inf`). The text has no BOM: write it as
 * UTF-8 (`writeFileSync(path, csv, "utf8")`); Excel may then need its
 * "import as UTF-8" dialog for non-ASCII names. Deterministic.
 *
 * @example
 * toCsv({ columns: ["outlet", "note"], rows: [["tass", 'says "hi", twice'], ["bbc", null]] });
 * // => 'outlet,note\ntass,"says ""hi"", twice"\nbbc,\n'
 */
export function toCsv(table: FlatTable, options: CsvOptions = {}): string {
  const digits = precisionPlan(table.columns, columnTypes(table), options);
  const lines = [table.columns.map(field).join(",")];
  for (const row of table.rows) lines.push(row.map((v, c) => field(text(v, digits[c]))).join(","));
  return lines.join("\n") + "\n";
}

/**
 * A feature result as CSV: {@link flattenRows} (nested objects as dotted
 * columns, id lists joined by `;`), then {@link toCsv}.
 *
 * @example
 * resultToCsv(sentimentByOutlet(parsed), { precision: 4 });
 */
export function resultToCsv(result: RowSource, options: CsvOptions = {}): string {
  return toCsv(flattenRows(result), options);
}

function text(v: Cell, digits: number | undefined): string | null {
  if (v === null) return null;
  if (typeof v === "number") return formatNumber(v, digits);
  return String(v);
}

function field(s: string | null): string {
  if (s === null) return "";
  if (s === "" || /[",\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}
