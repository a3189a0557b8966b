import { columnTypes, isNumeric } from "./column-types";
import type { Cell, FlatTable } from "./flat-table";
import { escapeLatex } from "./latex-escape";
import { formatNumber, formatPValue } from "./number-format";
import { isPValueColumn, precisionPlan, type PrecisionOptions } from "./precision";

/** Which columns to show and how, as {@link toLatex} takes them. */
export interface LatexColumnOptions extends PrecisionOptions {
  /** Columns to show, in this order (an interval by its merged name). Defaults to *every column, in table order*. */
  columns?: readonly string[];
  /**
   * Show intervals as one column, "0.123 [0.045, 0.201]". `true` merges every
   * `X.estimate`, `X.lower`, `X.upper` triple into a column `X`; a record
   * names the triples, `{ value: ["value", "lower", "upper"] }` (the
   * divergence table's). A row with no bounds shows the estimate alone.
   * Defaults to *false* (three columns).
   */
  intervals?: boolean | Readonly<Record<string, readonly [string, string, string]>>;
  /** Text of a null cell, as raw LaTeX. Defaults to *"--"* (an en dash). */
  missing?: string;
  /**
   * Widths of columns whose text should wrap, by column name, as a LaTeX
   * length (`"6cm"`, `"0.4\\linewidth"`): such a column is a `p{width}`
   * (left-aligned, wrapped) column. Defaults to *none* (no wrapping).
   */
  widths?: Readonly<Record<string, string>>;
}

/** One column of the printed table: header name, alignment and LaTeX-ready cells. */
export interface LatexColumn {
  readonly name: string;
  /** The column's tabular spec: `l`, `r` or `p{width}`. */
  readonly align: string;
  readonly cells: readonly string[];
}

interface Source { name: string; indices: number[] } // 1 index: plain; 3: estimate, lower, upper

/**
 * The columns of a flat table as the LaTeX writer prints them: intervals
 * merged, columns picked, numbers at their precision (3 digits unless
 * given; whole-number columns stay whole) with a real minus sign (`$-$`),
 * ±Infinity as `$\infty$`, text escaped, booleans as true/false. Numbers
 * and intervals are right-aligned, the rest left-aligned, and columns given
 * a width wrap.
 *
 * @example
 * latexColumns({ columns: ["x"], rows: [[-0.5]] })[0].cells; // => ["$-$0.500"]
 */
export function latexColumns(table: FlatTable, options: LatexColumnOptions = {}): LatexColumn[] {
  const sources = mergeIntervals(table, options.intervals ?? false);
  const picked = pick(sources, options.columns);
  const types = columnTypes(table);
  const names = sources.map((s) => s.name);
  const digits = precisionPlan(names, sources.map((s) => (s.indices.length === 3 ? "real" : types[s.indices[0]])), options, 3);
  const missing = options.missing ?? "--";
  if (typeof missing !== "string") throw new Error(`invalid missing: ${String(missing)} (use a string of LaTeX, e.g. "--")`);
  const widths = checkWidths(options.widths ?? {}, names);
  return picked.map((s) => {
    const p = digits[names.indexOf(s.name)];
    const wrap = Object.prototype.hasOwnProperty.call(widths, s.name) ? `p{${widths[s.name]}}` : undefined;
    const pValue = isPValueColumn(s.name);
    const show = (v: Cell) => (v === null ? missing : latexCell(v, p, pValue));
    if (s.indices.length === 1) {
      const i = s.indices[0];
      return { name: s.name, align: wrap ?? (isNumeric(types[i]) ? "r" : "l"), cells: table.rows.map((r) => show(r[i])) };
    }
    const [e, lo, hi] = s.indices;
    const cells = table.rows.map((r) => (r[e] === null ? missing : r[lo] === null || r[hi] === null ? show(r[e]) : `${show(r[e])} [${show(r[lo])}, ${show(r[hi])}]`));
    return { name: s.name, align: wrap ?? "r", cells };
  });
}

function checkWidths(widths: Readonly<Record<string, string>>, names: readonly string[]): Readonly<Record<string, string>> {
  for (const [name, w] of Object.entries(widths)) {
    if (!names.includes(name)) throw new Error(`invalid widths: no column "${name}" (columns: ${names.join(", ")})`);
    if (typeof w !== "string" || !/^(\d+(\.\d+)?|\.\d+)(cm|mm|in|pt|em|ex|\\linewidth|\\textwidth|\\columnwidth)$/.test(w)) {
      throw new Error(`invalid widths["${name}"]: ${JSON.stringify(w)} (use a LaTeX length such as "6cm" or "0.4\\linewidth")`);
    }
  }
  return widths;
}

/** One cell as LaTeX: a number at `digits` with a real minus sign, a boolean as text, a string escaped. */
export function latexCell(v: Exclude<Cell, null>, digits?: number, pValue = false): string {
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return escapeLatex(v);
  const s = pValue ? formatPValue(v, digits).replace("<", "$<$") : formatNumber(v, digits);
  if (s === "Inf") return "$\\infty$";
  if (s === "-Inf") return "$-\\infty$";
  return s.startsWith("-") ? `$-$${s.slice(1)}` : s;
}

function mergeIntervals(table: FlatTable, intervals: NonNullable<LatexColumnOptions["intervals"]>): Source[] {
  const cols = table.columns;
  const groups = new Map<number, Source>(); // estimate index → merged source
  const merged = new Set<number>();
  const add = (name: string, triple: readonly string[]) => {
    const idx = triple.map((c) => cols.indexOf(c));
    const bad = triple.find((_, k) => idx[k] < 0);
    if (bad !== undefined) throw new Error(`invalid intervals: "${name}" names column "${bad}", which the table does not have (columns: ${cols.join(", ")})`);
    if (idx.some((i) => merged.has(i))) throw new Error(`invalid intervals: "${name}" reuses a column of another interval`);
    idx.forEach((i) => merged.add(i));
    groups.set(idx[0], { name, indices: idx });
  };
  if (intervals === true) {
    for (const c of cols) {
      const x = c.endsWith(".estimate") ? c.slice(0, -".estimate".length) : null;
      if (x !== null && cols.includes(`${x}.lower`) && cols.includes(`${x}.upper`)) add(x, [c, `${x}.lower`, `${x}.upper`]);
    }
  } else if (intervals !== false) {
    if (typeof intervals !== "object" || intervals === null) throw new Error(`invalid intervals: ${String(intervals)} (use true, false, or {name: [estimate, lower, upper]})`);
    for (const [name, triple] of Object.entries(intervals)) {
      if (!Array.isArray(triple) || triple.length !== 3) throw new Error(`invalid intervals: "${name}" must name three columns [estimate, lower, upper]`);
      add(name, triple);
    }
  }
  const out: Source[] = [];
  cols.forEach((c, i) => {
    const g = groups.get(i);
    if (g) out.push(g);
    else if (!merged.has(i)) out.push({ name: c, indices: [i] });
  });
  const names = out.map((s) => s.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new Error(`invalid intervals: the merged column "${dup}" has the name of another column; name it differently`);
  return out;
}

function pick(sources: Source[], columns: readonly string[] | undefined): Source[] {
  if (columns === undefined) return sources;
  if (!Array.isArray(columns) || columns.length === 0) throw new Error(`invalid columns: ${JSON.stringify(columns)} (name at least one column)`);
  return columns.map((c) => {
    const s = sources.find((x) => x.name === c);
    if (!s) throw new Error(`invalid columns: no column "${c}" (columns: ${sources.map((x) => x.name).join(", ")})`);
    return s;
  });
}
