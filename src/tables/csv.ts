import { columnTypes } from "./column-types";
import type { Cell, FlatTable } from "./flat-table";
import { flattenRows, type RowSource } from "./flatten";
import { guardFormula } from "./formula-guard";
import { formatNumber, formatPValue } from "./number-format";
import { isPValueColumn, precisionPlan, type PrecisionOptions } from "./precision";

export { FORMULA_STARTS, guardFormula } from "./formula-guard";

/** Options of {@link toCsv} and {@link resultToCsv}. */
export interface CsvOptions extends PrecisionOptions {
  /**
   * Whether text cells (and header names) that a spreadsheet would run as a
   * formula get a leading apostrophe (see `guardFormula`, `CSV_NOTES`);
   * defaults to *true*. Turn it off for pipelines that read the CSV
   * programmatically and want every text cell back exactly.
   */
  formulaGuard?: boolean;
}

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
 * "import as UTF-8" dialog for non-ASCII names. Text that a spreadsheet
 * would run as a formula (`=…`, `+…`, `-…`, `@…`, …) is written with a
 * leading apostrophe unless `formulaGuard: false`; numbers never are, so
 * -0.25 stays -0.25. Deterministic.
 *
 * @example
 * toCsv({ columns: ["outlet", "note"], rows: [["tass", 'says "hi", twice'], ["bbc", null]] });
 * // => 'outlet,note\ntass,"says ""hi"", twice"\nbbc,\n'
 */
export function toCsv(table: FlatTable, options: CsvOptions = {}): string {
  const digits = precisionPlan(table.columns, columnTypes(table), options);
  const guard = formulaGuardOf(options);
  const pValues = table.columns.map(isPValueColumn);
  const lines = [table.columns.map((c) => field(guard(c))).join(",")];
  for (const row of table.rows) lines.push(row.map((v, c) => field(text(v, digits[c], guard, pValues[c]))).join(","));
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

function formulaGuardOf(options: CsvOptions): (s: string) => string {
  const on = options.formulaGuard ?? true;
  if (typeof on !== "boolean") throw new Error(`invalid formulaGuard: ${String(on)} (use true or false)`);
  return on ? guardFormula : (s) => s;
}

// Only string cells are guarded: the cell's JS type, not its look, says it is text.
function text(v: Cell, digits: number | undefined, guard: (s: string) => string, pValue: boolean): string | null {
  if (v === null) return null;
  if (typeof v === "number") return pValue ? formatPValue(v, digits) : formatNumber(v, digits);
  return typeof v === "string" ? guard(v) : String(v);
}

function field(s: string | null): string {
  if (s === null) return "";
  if (s === "" || /[",\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}
