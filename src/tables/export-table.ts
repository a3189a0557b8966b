import { columnTypes } from "./column-types";
import { articleListColumns, columnKind, type ColumnKind } from "./column-schema";
import { flatTable, type Cell, type FlatTable } from "./flat-table";
import { flattenRows, type RowSource } from "./flatten";

/** The column that numbers a table's rows (1, 2, …) when it has a link table; the link table's rows name it. */
export const ROW_COLUMN = "row";

/** The link table's columns: the main table's row, the list column the id came from, the id. */
export const LINK_COLUMNS: readonly string[] = Object.freeze([ROW_COLUMN, "column", "articleId"]);

/** What a written column holds, for typed exports (Parquet): a label column and the row number included. */
export type StorageType = "integer" | "number" | "boolean" | "text";

/** Options of {@link exportTable}. */
export interface ExportOptions {
  /** Outlet id → label (the corpus's outlets). An outlet column gets a `<column>Label` column beside it; an id not in it (`"(rest)"`) is its own label. Defaults to *no labels known* (every label is the id). */
  readonly outletLabels?: Readonly<Record<string, string>>;
}

/** A result as written: the main table, its link table (null when the kind has no article-list column), and each column's storage type. */
export interface ExportedTable {
  readonly table: FlatTable;
  readonly types: readonly StorageType[];
  readonly links: FlatTable | null;
}

/**
 * A feature result as framediff writes it (`tables/<name>.csv`, `.parquet`):
 * {@link flattenRows}, then
 * - every article-list column (see `articleListColumns`) moves out of the
 *   table into a long link table with columns `row, column, articleId`: one
 *   line per id of each list, in table-row order, then column order, then the
 *   list's own order; the main table gains `row` (1, 2, …) as its first
 *   column, so `links.merge(table, on="row")` (pandas), `merge(links, table,
 *   by = "row")` (R) or `JOIN … USING (row)` (DuckDB) joins them back. Ids
 *   are whole cells, so any character is safe in them;
 * - every outlet column (`outlet`, `outletA`, `target` of distinctive terms …)
 *   gets `<column>Label` right after it.
 * A kind without article lists has no `row` column and no link table. Pure
 * and deterministic; the result is not changed.
 *
 * @example
 * exportTable({ kind: "sentiment-outlets", rows: [{ outlet: "tass", articleIds: ["a1", "a2"], articles: 2 }] }, { outletLabels: { tass: "TASS" } });
 * // => table: {columns: ["row", "outlet", "outletLabel", "articles"], rows: [[1, "tass", "TASS", 2]]},
 * //    links: {columns: ["row", "column", "articleId"], rows: [[1, "articleIds", "a1"], [1, "articleIds", "a2"]]}
 */
export function exportTable(result: RowSource, options: ExportOptions = {}): ExportedTable {
  const kind = result.kind ?? "";
  const lists = result.kind === undefined ? [] : articleListColumns(kind);
  const listSet = new Set(lists);
  const stripped = lists.length ? result.rows.map((r) => withoutKeys(r, listSet)) : result.rows;
  const flat = flattenRows({ kind: result.kind, rows: stripped });
  const keep = flat.columns.map((c) => !listSet.has(c));
  const labels = options.outletLabels ?? {};
  const outletAt = flat.columns.map((c, i) => keep[i] && columnKind(kind, c) === "outlet");
  const inferred = columnTypes(flat);

  const columns: string[] = lists.length ? [ROW_COLUMN] : [];
  const types: StorageType[] = lists.length ? ["integer"] : [];
  flat.columns.forEach((c, i) => {
    if (!keep[i]) return;
    columns.push(c);
    types.push(storageOf(columnKind(kind, c), inferred[i]));
    if (outletAt[i]) { columns.push(`${c}Label`); types.push("text"); }
  });
  const rows = flat.rows.map((r, n) => {
    const out: Cell[] = lists.length ? [n + 1] : [];
    r.forEach((v, i) => {
      if (!keep[i]) return;
      out.push(v);
      if (outletAt[i]) out.push(typeof v === "string" && Object.prototype.hasOwnProperty.call(labels, v) ? labels[v] : v);
    });
    return out;
  });
  return Object.freeze({ table: flatTable(columns, rows), types: Object.freeze(types), links: lists.length ? linkTable(result.rows, lists) : null });
}

function linkTable(rows: readonly unknown[], lists: readonly string[]): FlatTable {
  const out: Cell[][] = [];
  rows.forEach((row, n) => {
    for (const c of lists) {
      const ids = (row as Record<string, unknown>)[c];
      if (ids === null || ids === undefined) continue;
      if (!Array.isArray(ids)) throw new Error(`exportTable: column "${c}" of row ${n} holds ${typeof ids}, not a list of article ids`);
      for (const id of ids) {
        if (typeof id !== "string" && typeof id !== "number") throw new Error(`exportTable: column "${c}" of row ${n} holds ${id === null ? "null" : typeof id} among its article ids`);
        out.push([n + 1, c, String(id)]);
      }
    }
  });
  return flatTable(LINK_COLUMNS, out);
}

function withoutKeys(row: unknown, keys: ReadonlySet<string>): unknown {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return row; // flattenRows names the bad row
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!keys.has(k)) out[k] = v;
  return out;
}

/** The declared kind wins; an undeclared column goes by its cells (a column of whole numbers is an integer column). */
function storageOf(declared: ColumnKind | undefined, inferred: string): StorageType {
  switch (declared) {
    case "integer": case "number": case "boolean": return declared;
    case undefined: return inferred === "integer" ? "integer" : inferred === "real" ? "number" : inferred === "boolean" ? "boolean" : "text";
    default: return "text";
  }
}
