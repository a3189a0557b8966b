import { escapeXml } from "./json";
import type { Cell, TableData } from "./types";

/** Options for `tableHtml`. */
export interface TableHtmlOptions {
  /** Decimal places for non-integer numbers; defaults to none (numbers as they are). */
  digits?: number;
  /** A caption above the table; defaults to none. */
  caption?: string;
}

/**
 * A table as an HTML `<table>`: text escaped, numbers right-aligned, `null` as an
 * empty cell.
 * @example
 * tableHtml({ columns: ["outlet", "n"], rows: [["TASS", 3]] });
 * // => '<table><thead><tr><th style="text-align:left">outlet</th>…'
 */
export function tableHtml(table: TableData, options: TableHtmlOptions = {}): string {
  const numeric = table.columns.map((_, j) => table.rows.some((r) => typeof r[j] === "number"));
  const align = (j: number) => `text-align:${numeric[j] ? "right" : "left"}`;
  const text = (v: Cell) => (v === null || v === undefined ? "" : typeof v === "number" ? formatNumber(v, options.digits) : v);
  const head = table.columns.map((c, j) => `<th style="${align(j)}">${escapeXml(c)}</th>`).join("");
  const body = table.rows
    .map((row) => `<tr>${row.map((v, j) => `<td style="${align(j)}">${escapeXml(text(v))}</td>`).join("")}</tr>`)
    .join("");
  const caption = options.caption === undefined ? "" : `<caption>${escapeXml(options.caption)}</caption>`;
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function formatNumber(x: number, digits: number | undefined): string {
  return digits === undefined || Number.isInteger(x) || !Number.isFinite(x) ? String(x) : x.toFixed(digits);
}
