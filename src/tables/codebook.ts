import { CSV_NOTES } from "./column-docs-csv";
import type { ColumnKind } from "./column-schema";
import { rowMeaning, writtenColumns, type WrittenColumn } from "./written-columns";

/** A table framediff writes: its file stem and the result kind it holds. */
export interface CodebookTable {
  readonly table: string;
  readonly kind: string;
}

const TYPE_TEXT: Record<ColumnKind, string> = {
  text: "text (VARCHAR)",
  outlet: "outlet id, text (VARCHAR)",
  integer: "integer (BIGINT)",
  number: "number (DOUBLE)",
  boolean: "boolean (BOOLEAN)",
  articles: "article ids (link table)",
  list: 'text list, items joined by ";" (VARCHAR)',
  json: "JSON list or \":\"/\";\"-joined items (VARCHAR)",
};

/**
 * The codebook of the tables framediff writes (`tables/CODEBOOK.md`, and
 * `CODEBOOK.md` in the package), generated from the column docs and the
 * column schema: how the files are laid out and joined, how CSV cells are
 * written, then per table what a row is and, per column, its type and
 * meaning (units and ranges are stated in the meaning). Markdown;
 * deterministic; the same for every run, since it depends on no data.
 *
 * @example
 * codebook([{ table: "divergence", kind: "divergence" }]).startsWith("# framediff codebook"); // => true
 */
export function codebook(tables: readonly CodebookTable[]): string {
  const out: string[] = [
    "# framediff codebook",
    "",
    "What every table `framediff analyze` (and `framediff reduce`) writes into `OUT/tables/` holds. Generated from the column docs in the",
    "source (`src/features/<family>/columns.ts`, `src/tables/column-schema.ts`); every run writes this same text beside its tables.",
    "",
    "## Files",
    "",
    "- `<table>.csv` and `<table>.parquet`: the same rows and columns. Parquet columns are typed (BIGINT, DOUBLE, BOOLEAN, VARCHAR; null is null) and hold",
    "  every number at full precision, p values included (the CSV writes p < 1e-300 as text, see below).",
    "- `<table>.articles.csv` and `<table>.articles.parquet` (only for tables with article-id lists): the link table, one line per",
    "  (row, list, article id). Such a table's first column is `row` (1, 2, …) and the link table's `row` names it; join on it:",
    "  - pandas: `links.merge(table, on=\"row\")`, or per row `links.groupby(\"row\").articleId.apply(list)`",
    "  - R: `merge(links, table, by = \"row\")`",
    "  - DuckDB: `SELECT * FROM 'tables/<table>.articles.parquet' JOIN 'tables/<table>.parquet' USING (row)`",
    "  Filter `column` to the list you want (e.g. `articleIdsA`).",
    "- Every outlet column (`outlet`, `outletA`, …) has the outlet's label beside it (`outletLabel`, `outletALabel`, …).",
    "",
    "## CSV",
    "",
  ];
  for (const note of Object.values(CSV_NOTES)) out.push(`- ${note}`);
  for (const { table, kind } of tables) {
    const cols = writtenColumns(kind);
    out.push("", `## ${table}`, "", `A row: ${rowMeaning(kind) ?? "(not described)"}.`, "");
    if (!cols) { out.push("(no column docs for this table)"); continue; }
    out.push(`Files: \`${table}.csv\`, \`${table}.parquet\`${cols.links.length ? `; link table \`${table}.articles.csv\`, \`${table}.articles.parquet\`` : ""}.`, "");
    pushColumns(out, cols.table);
    if (cols.links.length) { out.push("", `Link table \`${table}.articles.csv\`:`, ""); pushColumns(out, cols.links); }
  }
  return out.join("\n") + "\n";
}

function pushColumns(out: string[], columns: readonly WrittenColumn[]): void {
  out.push("| column | type | meaning |", "|---|---|---|");
  for (const c of columns) out.push(`| \`${c.name}\` | ${c.kind ? TYPE_TEXT[c.kind] : "by its values"} | ${cell(c.meaning)} |`);
}

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
