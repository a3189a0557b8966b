import type { TableData } from "../render/types";

/** Picks columns of a result's rows into a small table, numbers kept as numbers. */
export function pick<R>(rows: readonly R[], columns: readonly (readonly [string, (r: R) => string | number | null])[]): TableData {
  return { columns: columns.map(([c]) => c), rows: rows.map((r) => columns.map(([, f]) => f(r))) };
}

/** Most rows a table in report.html shows; the CSV in tables/ keeps every row. */
export const REPORT_MAX_ROWS = 200;

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * {@link pick} of at most `max` rows (the first ones) for report.html, whose
 * caption says, when rows were cut, how many there are and which CSV holds
 * them all, so that a corpus of 1,000 outlets (half a million pairs) does not
 * make a page no browser opens.
 *
 * @example
 * pickCapped("Pairs", "divergence", rows, cols, 200).caption; // => "Pairs (first 200 of 2,000 rows; every row is in tables/divergence.csv)"
 */
export function pickCapped<R>(caption: string, csv: string, rows: readonly R[], columns: readonly (readonly [string, (r: R) => string | number | null])[], max = REPORT_MAX_ROWS): { caption: string; table: TableData } {
  if (!Number.isInteger(max) || max < 1) throw new Error(`invalid max: ${max} (use a whole number ≥ 1)`);
  if (rows.length <= max) return { caption, table: pick(rows, columns) };
  return { caption: `${caption} (first ${max} of ${thousands(rows.length)} rows; every row is in tables/${csv}.csv)`, table: pick(rows.slice(0, max), columns) };
}
