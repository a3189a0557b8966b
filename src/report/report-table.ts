import type { KwicKind } from "../kwic/types";
import type { Cell, TableData } from "../render/types";

/** A table as the report takes it: the rows to embed, and where the whole table is. */
export interface ReportTableInput {
  readonly caption: string;
  readonly table: TableData;
  /** Decimal places of non-integer numbers; defaults to 3. */
  readonly digits?: number;
  /** The whole table beside the report (`tables/divergence.csv`); linked when the run wrote it. */
  readonly csv?: string;
  /** Rows of the whole table; defaults to the rows given. */
  readonly total?: number;
}

/** What the page's script renders a table from (one JSON blob per table). */
export interface TableBlob {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly numeric: readonly boolean[];
  readonly digits: number;
  readonly rows: readonly (readonly Cell[])[];
  readonly total: number;
  readonly links: readonly { readonly href: string; readonly text: string }[];
  /** Columns whose cells open the KWIC panel, by index, with the kind of key they hold. */
  readonly kwic: Readonly<Record<number, KwicKind>>;
  readonly note?: string;
}

/** A whole number with thousands separators: `thousands(8233)` → "8,233". */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Longest text a cell of the page shows; longer text ends in "…" (the CSV keeps it whole). */
export const MAX_CELL_CHARS = 1000;

/**
 * Which KWIC key a column holds, from its name: terms (`term`, `form A`),
 * labels (`label`) or actors (`actor`, `speaker`); null for others.
 * @example
 * kwicKindOf("speaker"); // => "actor"
 */
export function kwicKindOf(column: string): KwicKind | null {
  const c = column.toLowerCase();
  if (c === "term" || c === "form a" || c === "form b") return "term";
  if (c === "label") return "label";
  if (c === "actor" || c === "speaker") return "actor";
  return null;
}

/** The links to a whole table: its CSV, and the Parquet beside it when `files` holds one. */
export function tableLinks(csv: string | undefined, files: ReadonlySet<string> | null): { href: string; text: string }[] {
  if (csv === undefined || (files !== null && !files.has(csv))) return [];
  const links = [{ href: csv, text: csv }];
  const parquet = csv.replace(/\.csv$/, ".parquet");
  if (parquet !== csv && files?.has(parquet)) links.push({ href: parquet, text: parquet.slice(parquet.lastIndexOf("/") + 1) });
  return links;
}

function clip(v: Cell): Cell {
  return typeof v === "string" && v.length > MAX_CELL_CHARS ? `${v.slice(0, MAX_CELL_CHARS - 1)}…` : v;
}

/**
 * A table's blob: the rows given (already the top ones) with long cells
 * clipped, then as many as fit in `maxBytes` of JSON, so no table can take
 * the page past its bound. The caption's "showing N of M rows" comes from
 * `rows.length` and `total`.
 */
export function tableBlob(t: ReportTableInput, files: ReadonlySet<string> | null, maxBytes: number): TableBlob {
  const { columns } = t.table;
  const rows: Cell[][] = [];
  let bytes = 0;
  for (const r of t.table.rows) {
    const row = r.map(clip);
    bytes += JSON.stringify(row).length + 1;
    if (bytes > maxBytes) break;
    rows.push(row);
  }
  const numeric = columns.map((_, j) => t.table.rows.some((r) => typeof r[j] === "number"));
  const kwic: Record<number, KwicKind> = {};
  columns.forEach((c, j) => { const k = kwicKindOf(c); if (k) kwic[j] = k; });
  const cut = rows.length < t.table.rows.length;
  return {
    caption: t.caption, columns, numeric, digits: t.digits ?? 3, rows, total: Math.max(t.total ?? 0, t.table.rows.length), links: tableLinks(t.csv, files), kwic,
    ...(cut ? { note: `${t.table.rows.length - rows.length} more top rows left out to keep the page under its size bound` } : {}),
  };
}
