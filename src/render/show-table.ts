import { type HtmlDisplay, tslabDisplay } from "./display";
import { tableHtml, type TableHtmlOptions } from "./html-table";
import type { Cell, TableData } from "./types";

/** Something with columns and row values, such as a danfojs DataFrame (`df.columns`, `df.values`). */
export interface FrameLike {
  columns: readonly string[];
  values: unknown;
}

/** Options for `showTable`. */
export interface ShowTableOptions extends TableHtmlOptions {
  /** Where the HTML goes; defaults to tslab's display. */
  display?: HtmlDisplay;
}

/**
 * Shows a table in a tslab notebook: ready-made HTML, `{columns, rows}`, or a
 * danfojs DataFrame (read through `columns` and `values`, without importing danfojs).
 * @example
 * showTable(df, { digits: 3 });
 */
export function showTable(table: string | TableData | FrameLike, options: ShowTableOptions = {}): void {
  const display = options.display ?? tslabDisplay();
  display.html(typeof table === "string" ? table : tableHtml(toTableData(table), options));
}

function toTableData(table: TableData | FrameLike): TableData {
  if ("rows" in table) return table;
  const values = table.values as unknown[];
  const rows = values.map((row) => (Array.isArray(row) ? row : [row]).map(toCell));
  return { columns: [...table.columns], rows };
}

function toCell(v: unknown): Cell {
  return v === null || v === undefined ? null : typeof v === "number" || typeof v === "string" ? v : String(v);
}
