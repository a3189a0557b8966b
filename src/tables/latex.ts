import { isFlatTable, type FlatTable } from "./flat-table";
import { flattenRows, type RowSource } from "./flatten";
import { latexColumns, type LatexColumn, type LatexColumnOptions } from "./latex-columns";
import { escapeLatex } from "./latex-escape";
import { pushAll } from "../util/push-all";

/** LaTeX written as is, not escaped: `{ latex: "$\\hat\\delta$" }`. */
export interface RawLatex {
  readonly latex: string;
}

/** Options of {@link toLatex}; see {@link LatexColumnOptions} for columns, intervals, precision and null cells. */
export interface LatexOptions extends LatexColumnOptions {
  /** Header of each column, by column name: text (escaped) or {@link RawLatex}. Defaults to *the column name*. */
  headers?: Readonly<Record<string, string | RawLatex>>;
  /** Caption: text (escaped) or {@link RawLatex}. Defaults to *none*. */
  caption?: string | RawLatex;
  /** `\label` key (letters, digits and `: . _ - / +`); needs a caption. Defaults to *none*. */
  label?: string;
  /** Caption above or below the tabular. Defaults to *"below"*; a longtable's caption is always above. */
  captionPosition?: "above" | "below";
  /** Float placement of the table environment. Defaults to *"tbp"*. */
  placement?: string;
  /**
   * A `longtable` (breaks across pages, header repeated; needs
   * `\usepackage{longtable}`) instead of a `table` float. Defaults to *false*.
   */
  longtable?: boolean;
  /**
   * Rows above which a float is unlikely to fit a page: the output then
   * starts with a `%` comment saying so and suggesting `longtable`.
   * Defaults to *40*.
   */
  maxRows?: number;
}

/**
 * A result (or flat table) as a LaTeX `booktabs` table: `\toprule`, header,
 * `\midrule`, rows, `\bottomrule`, in a `table` float with caption and label
 * (or a `longtable`). Numbers are right-aligned at `precision` digits
 * (default 3; columns of whole numbers stay whole) with a real minus sign;
 * intervals can be shown as "0.123 [0.045, 0.201]"; every text cell,
 * header and caption is escaped (see `escapeLatex`); null cells are `--`.
 * Non-ASCII text is left as UTF-8.
 *
 * Preamble: `\usepackage{booktabs}` (and `longtable` for that option); for
 * pdflatex also `\usepackage[utf8]{inputenc}` and `\usepackage[T1]{fontenc}`,
 * or compile with xelatex/lualatex for non-Latin scripts. Deterministic.
 *
 * @example
 * toLatex(sentimentByOutlet(parsed), { columns: ["outlet", "articles", "mean"], intervals: true,
 *   headers: { mean: "Mean sentiment [95% CI]" }, caption: "Sentence sentiment by outlet", label: "tab:sentiment" });
 */
export function toLatex(input: RowSource | FlatTable, options: LatexOptions = {}): string {
  const table = isFlatTable(input) ? input : flattenRows(input);
  const columns = latexColumns(table, options);
  const header = headerCells(columns, table, options);
  const spec = columns.map((c) => c.align).join(" ");
  const line = (cells: readonly string[]) => `${cells.join(" & ")} \\\\`;
  const body = table.rows.map((_, i) => line(columns.map((c) => c.cells[i])));
  const caption = options.caption === undefined ? undefined : `\\caption{${text(options.caption, "caption")}}`;
  const label = labelLine(options.label, caption !== undefined);
  const o = checkedOptions(options);
  const out: string[] = [];
  if (o.longtable) {
    out.push(`\\begin{longtable}{${spec}}`);
    if (caption) out.push(`${caption}${label ?? ""}\\\\`);
    out.push("\\toprule", line(header), "\\midrule", "\\endfirsthead", "\\toprule", line(header), "\\midrule", "\\endhead", "\\bottomrule", "\\endfoot");
    pushAll(out, body);
    out.push("\\end{longtable}");
    return out.join("\n") + "\n";
  }
  if (table.rows.length > o.maxRows) out.push(`% framediff: ${table.rows.length} rows may not fit on one page; pass {longtable: true} (needs \\usepackage{longtable}) or pick fewer rows.`);
  const placement = o.placement, where = o.captionPosition;
  const titled = [caption, label].filter((x): x is string => x !== undefined);
  out.push(placement ? `\\begin{table}[${placement}]` : "\\begin{table}", "\\centering");
  if (where === "above") pushAll(out, titled);
  out.push(`\\begin{tabular}{${spec}}`, "\\toprule", line(header), "\\midrule");
  pushAll(out, body);
  out.push("\\bottomrule", "\\end{tabular}");
  if (where === "below") pushAll(out, titled);
  out.push("\\end{table}");
  return out.join("\n") + "\n";
}

function checkedOptions(options: LatexOptions): Required<Pick<LatexOptions, "longtable" | "maxRows" | "placement" | "captionPosition">> {
  const { longtable = false, maxRows = 40, placement = "tbp", captionPosition = "below" } = options;
  if (typeof longtable !== "boolean") throw new Error(`invalid longtable: ${String(longtable)} (use true or false)`);
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new Error(`invalid maxRows: ${String(maxRows)} (use a whole number ≥ 1)`);
  if (typeof placement !== "string" || !/^[htbpH!]*$/.test(placement)) throw new Error(`invalid placement: ${String(placement)} (use letters of "htbp!", e.g. "tbp", or "" for none)`);
  if (captionPosition !== "above" && captionPosition !== "below") throw new Error(`invalid captionPosition: ${String(captionPosition)} (use "above" or "below")`);
  return { longtable, maxRows, placement, captionPosition };
}

function headerCells(columns: readonly LatexColumn[], table: FlatTable, options: LatexOptions): string[] {
  const headers = options.headers ?? {};
  for (const name of Object.keys(headers)) {
    const known = columns.some((c) => c.name === name) || table.columns.includes(name);
    if (!known) throw new Error(`invalid headers: no column "${name}" (columns shown: ${columns.map((c) => c.name).join(", ")})`);
  }
  return columns.map((c) => (Object.prototype.hasOwnProperty.call(headers, c.name) ? text(headers[c.name], `headers["${c.name}"]`) : escapeLatex(c.name)));
}

function text(x: string | RawLatex, name: string): string {
  if (typeof x === "string") return escapeLatex(x);
  if (typeof x === "object" && x !== null && typeof x.latex === "string") return x.latex;
  throw new Error(`invalid ${name}: ${JSON.stringify(x)} (use a string, or {latex: "..."} for LaTeX written as is)`);
}

function labelLine(label: string | undefined, captioned: boolean): string | undefined {
  if (label === undefined) return undefined;
  if (typeof label !== "string" || !/^[A-Za-z0-9:._\-/+]+$/.test(label)) throw new Error(`invalid label: ${JSON.stringify(label)} (use letters, digits and : . _ - / +, e.g. "tab:sentiment")`);
  if (!captioned) throw new Error(`invalid label: "${label}" needs a caption (a \\label takes the number of the caption before it)`);
  return `\\label{${label}}`;
}
