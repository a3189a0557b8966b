/** One cell of a flat table: what CSV, LaTeX and a DataFrame can hold. */
export type Cell = string | number | boolean | null;

/**
 * A result's rows flattened: one column per leaf of the row objects (nested
 * objects as dotted names, `mean.estimate`), lists joined into one string.
 * Every row has one cell per column, in column order.
 */
export interface FlatTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Separator of the items of a list cell (article ids): `a1;a2;a3`. */
export const LIST_SEPARATOR = ";";

/** Separator of the fields of an object inside a list (`{outlet, count}` items): `tass:3;yahoo:1`. */
export const ITEM_FIELD_SEPARATOR = ":";

/** True for a value shaped like a {@link FlatTable} (a `columns` array and a `rows` array). */
export function isFlatTable(x: unknown): x is FlatTable {
  return typeof x === "object" && x !== null && Array.isArray((x as FlatTable).columns) && Array.isArray((x as FlatTable).rows);
}

/** Builds a frozen table after checking every row has one cell per column. */
export function flatTable(columns: readonly string[], rows: readonly (readonly Cell[])[]): FlatTable {
  if (new Set(columns).size !== columns.length) {
    const dup = columns.find((c, i) => columns.indexOf(c) !== i);
    throw new Error(`flatTable: column "${dup}" appears twice; give each column a distinct name`);
  }
  rows.forEach((r, i) => {
    if (r.length !== columns.length) throw new Error(`flatTable: row ${i} has ${r.length} cells but the table has ${columns.length} columns`);
  });
  return Object.freeze({ columns: Object.freeze([...columns]), rows: Object.freeze(rows.map((r) => Object.freeze([...r]))) });
}
