import type { FlatTable } from "./flat-table";

/**
 * What a column holds, from its non-null cells: `integer` (whole, finite
 * numbers only), `real` (numbers, at least one not whole, NaN or infinite),
 * `boolean`, `string`, `mixed` (more than one of these), or `empty` (only
 * nulls, or no rows).
 */
export type ColumnType = "integer" | "real" | "boolean" | "string" | "mixed" | "empty";

/**
 * The type of every column, in column order. Writers use it to keep counts
 * as whole numbers when other columns get a fixed precision, to right-align
 * numbers, and to choose DataFrame dtypes.
 *
 * @example
 * columnTypes({ columns: ["n", "x", "s"], rows: [[1, 0.5, "a"], [2, null, null]] });
 * // => ["integer", "real", "string"]
 */
export function columnTypes(table: FlatTable): ColumnType[] {
  return table.columns.map((_, c) => {
    let type: ColumnType = "empty";
    for (const row of table.rows) {
      const v = row[c];
      if (v === null) continue;
      const t: ColumnType = typeof v === "number" ? (Number.isInteger(v) ? "integer" : "real") : typeof v === "boolean" ? "boolean" : "string";
      type = merge(type, t);
    }
    return type;
  });
}

function merge(a: ColumnType, b: ColumnType): ColumnType {
  if (a === "empty" || a === b) return b;
  if ((a === "integer" && b === "real") || (a === "real" && b === "integer")) return "real";
  return "mixed";
}

/** True for the column types whose cells are all numbers. */
export function isNumeric(t: ColumnType): boolean {
  return t === "integer" || t === "real";
}
