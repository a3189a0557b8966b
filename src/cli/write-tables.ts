import { join } from "node:path";
import { CATALOGUE } from "../report/catalogue";
import type { ResultTable } from "../report/tables-of";
import { writeTableParquet } from "../store/write-table";
import { codebook } from "../tables/codebook";
import { toCsv } from "../tables/csv";
import { exportTable } from "../tables/export-table";

/** Options of {@link writeTables}. */
export interface WriteTablesOptions {
  /** Writes a text file at a path relative to the run folder and lists it. */
  readonly write: (rel: string, text: string) => void;
  /** The run's file list, to which each Parquet file is added. */
  readonly files: string[];
  readonly outletLabels: Readonly<Record<string, string>>;
  readonly csvGuard: boolean;
  /** Also write each table (and link table) as Parquet; defaults to *true*. */
  readonly parquet?: boolean;
  /** The folder of the tables, relative to the run folder; defaults to *tables* (the comparison by group writes to `tables/groups`). */
  readonly folder?: string;
}

/**
 * Writes each result's table as `tables/<name>.csv` and `.parquet`, and its
 * link table (article ids, see `exportTable`) as `tables/<name>.articles.csv`
 * and `.parquet`. In the order given, one at a time (one DuckDB connection).
 */
export async function writeTables(dir: string, tables: readonly Pick<ResultTable, "name" | "result">[], options: WriteTablesOptions): Promise<void> {
  const { write, files, outletLabels, csvGuard, parquet = true, folder = "tables" } = options;
  for (const { name, result } of tables) {
    const t = exportTable(result, { outletLabels });
    write(`${folder}/${name}.csv`, toCsv(t.table, { formulaGuard: csvGuard }));
    if (t.links) write(`${folder}/${name}.articles.csv`, toCsv(t.links, { formulaGuard: csvGuard }));
    if (!parquet) continue;
    await writeTableParquet(join(dir, folder, `${name}.parquet`), t.table, t.types);
    files.push(`${folder}/${name}.parquet`);
    if (t.links) {
      await writeTableParquet(join(dir, folder, `${name}.articles.parquet`), t.links, ["integer", "text", "text"]);
      files.push(`${folder}/${name}.articles.parquet`);
    }
  }
}

/**
 * The codebook of every table in the catalogue: what `analyze` writes as
 * `tables/CODEBOOK.md` and the package ships as `CODEBOOK.md` (regenerate
 * it with `npm run build && node scripts/codebook.js`).
 */
export function catalogueCodebook(): string {
  // the concordance is written beside the catalogue's tables (cli/kwic-analysis), not from a result
  return codebook([...CATALOGUE.map((e) => ({ table: e.table, kind: e.kind })), { table: "kwic", kind: "kwic" }]);
}
