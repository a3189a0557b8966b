import type { DataFrame } from "danfojs-node";
import { columnTypes, type ColumnType } from "./column-types";
import { isFlatTable, type Cell, type FlatTable } from "./flat-table";
import { flattenRows, type RowSource } from "./flatten";
import { formatNumber } from "./number-format";
import { optionalPeer } from "../util/optional-peer";

/**
 * A result (or flat table) as a danfojs-node DataFrame: the columns of
 * {@link flattenRows} (dotted names for nested values, `df.column("mean.estimate")`;
 * id lists as one `;`-joined string), one row per result row, index 0…n−1.
 *
 * Dtypes are set from the cells, not left to danfojs (which types a boolean
 * column with a null as float32): whole numbers `int32` (`float32` past
 * ±2³¹), other numbers `float32`, `boolean`, `string`; a column mixing kinds
 * is `string` with numbers and booleans written as text; an all-null column
 * is `float32`. The dtype is a label: values stay JavaScript doubles at full
 * precision (only `df.tensor` and similar casts narrow them). null stays
 * null and counts as missing (`df.isNa()`); so do NaN cells. A result with no
 * rows gives an empty frame with the documented columns of its kind.
 *
 * danfojs-node (with TensorFlow.js) is loaded on the first call, not on
 * import, so CSV and LaTeX exports do not pay for it.
 *
 * @example
 * const df = toDataFrame(sentimentByOutlet(parsed));
 * df.shape; // => [5, 16]
 * df.column("mean.estimate").values; // => [0.08, …]
 */
export function toDataFrame(input: RowSource | FlatTable): DataFrame {
  const table = isFlatTable(input) ? input : flattenRows(input);
  const types = columnTypes(table);
  const dtypes = table.columns.map((_, c) => dtype(types[c], table, c));
  const rows = table.rows.map((r) => r.map((v, c) => (types[c] === "mixed" ? asText(v) : v)));
  const dfd = optionalPeer("danfojs-node", "toDataFrame") as typeof import("danfojs-node");
  return new dfd.DataFrame(rows, { columns: [...table.columns], dtypes });
}

function dtype(t: ColumnType, table: FlatTable, c: number): string {
  switch (t) {
    case "integer": return table.rows.every((r) => r[c] === null || Math.abs(r[c] as number) <= 2147483647) ? "int32" : "float32";
    case "real": case "empty": return "float32";
    case "boolean": return "boolean";
    case "string": case "mixed": return "string";
  }
}

function asText(v: Cell): string | null {
  return v === null ? null : typeof v === "number" ? formatNumber(v) : String(v);
}
