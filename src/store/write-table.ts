import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { duck, sqlString } from "./duckdb";

/** A column's type in the Parquet file: BIGINT, DOUBLE, BOOLEAN or VARCHAR. */
export type TableColumnType = "integer" | "number" | "boolean" | "text";

/** A table to write: the shape of the tables stage's `FlatTable` (the store does not import tables). */
export interface PlainTable {
  readonly columns: readonly string[];
  /** Any iterable, read once: a table too large to hold (the concordance) streams through. */
  readonly rows: Iterable<readonly (string | number | boolean | null)[]>;
}

const SQL: Record<TableColumnType, string> = { integer: "BIGINT", number: "DOUBLE", boolean: "BOOLEAN", text: "VARCHAR" };

/**
 * Writes a table as one Parquet file through embedded DuckDB: the rows as
 * NDJSON in a temporary file beside `path`, read back with `read_json` and
 * the given column types, then `COPY … TO` Parquet (zstd). null is null;
 * NaN and ±Infinity stay what they are in DOUBLE columns. A cell that does
 * not fit its column's type throws, naming the column and row. Same table,
 * same bytes (DuckDB keeps insertion order, and its writer gave identical
 * files with 1, 2 and 4 threads when this was written; the table tests check
 * it). Atomic: the file appears whole under its name or not at all.
 *
 * @example
 * await writeTableParquet("out/tables/divergence.parquet", table, ["text", "text", "number"]);
 */
export async function writeTableParquet(path: string, table: PlainTable, types: readonly TableColumnType[]): Promise<{ path: string; bytes: number }> {
  if (types.length !== table.columns.length) throw new Error(`writeTableParquet: ${types.length} types for ${table.columns.length} columns`);
  mkdirSync(dirname(path), { recursive: true });
  const stem = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}`);
  const jsonPath = `${stem}.ndjson`, tmpPath = `${stem}.parquet.tmp`;
  try {
    let longest = 0, count = 0;
    const fd = openSync(jsonPath, "w");
    try {
      let chunk = "";
      const keys = table.columns.map((c, i) => `${i ? "," : "{"}${JSON.stringify(c)}:`);
      for (const row of table.rows) {
        let line = "";
        for (let i = 0; i < keys.length; i++) line += keys[i] + JSON.stringify(json(row[i], types[i], table.columns[i], count));
        line += "}";
        longest = Math.max(longest, line.length);
        chunk += line + "\n";
        count++;
        if (chunk.length > 1 << 22) { writeSync(fd, chunk); chunk = ""; }
      }
      if (chunk) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    const source = count > 0
      ? `read_json(${sqlString(jsonPath)}, format = 'newline_delimited', records = true, maximum_object_size = ${Math.max(1 << 20, 4 * longest + 1024)}, columns = {${table.columns.map((c, i) => `${sqlString(c)}: ${sqlString(SQL[types[i]])}`).join(", ")}})`
      : `(SELECT ${table.columns.map((c, i) => `NULL::${SQL[types[i]]} AS ${identifier(c)}`).join(", ")} LIMIT 0)`;
    const c = await duck();
    await c.run(`COPY (SELECT * FROM ${source}) TO ${sqlString(tmpPath)} (FORMAT parquet, COMPRESSION zstd)`);
    renameSync(tmpPath, path);
    return { path, bytes: statSync(path).size };
  } finally {
    rmSync(jsonPath, { force: true });
    rmSync(tmpPath, { force: true });
  }
}

/** A cell as its JSON value for DuckDB: non-finite doubles as the strings DuckDB casts back ("NaN", "Infinity", "-Infinity"). */
function json(v: string | number | boolean | null, type: TableColumnType, column: string, row: number): string | number | boolean | null {
  if (v === null) return null;
  switch (type) {
    case "text": return typeof v === "string" ? v : typeof v === "number" && Object.is(v, -0) ? "0" : String(v);
    case "boolean": if (typeof v === "boolean") return v; break;
    case "integer": if (typeof v === "number" && Number.isSafeInteger(v)) return v; break;
    case "number": if (typeof v === "number") return Number.isFinite(v) ? v : String(v); break;
  }
  throw new Error(`writeTableParquet: column "${column}" of row ${row} holds ${typeof v === "string" ? JSON.stringify(v) : String(v)}, not a ${type}`);
}

function identifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
