import type { ColumnType } from "./column-types";
import { checkPrecision } from "./number-format";

/** How many digits numbers get, shared by the CSV and LaTeX writers. */
export interface PrecisionOptions {
  /**
   * Digits after the decimal point for every column of non-whole numbers.
   * Columns of whole numbers only (counts) stay whole. The default is the
   * writer's: full precision for CSV, 3 for LaTeX.
   */
  precision?: number;
  /** Digits for named columns, overriding `precision` (and applying even to columns of whole numbers). Defaults to *none*. */
  columnPrecision?: Readonly<Record<string, number>>;
}

/**
 * The digits of each column (undefined = shortest round-trip form), after
 * checking the options: an unknown column in `columnPrecision` throws.
 *
 * @example
 * precisionPlan(["n", "x"], ["integer", "real"], { precision: 2 }); // => [undefined, 2]
 */
export function precisionPlan(columns: readonly string[], types: readonly ColumnType[], options: PrecisionOptions, fallback?: number): (number | undefined)[] {
  const precision = options.precision ?? fallback;
  if (precision !== undefined) checkPrecision(precision, "precision");
  const per = options.columnPrecision ?? {};
  for (const [column, p] of Object.entries(per)) {
    if (!columns.includes(column)) throw new Error(`invalid columnPrecision: no column "${column}" (columns: ${columns.join(", ") || "none"})`);
    checkPrecision(p, `columnPrecision["${column}"]`);
  }
  return columns.map((c, i) => (Object.prototype.hasOwnProperty.call(per, c) ? per[c] : types[i] === "integer" ? undefined : precision));
}

/**
 * Whether a column holds p-values, by name: "p", or "p" followed by a
 * capital, "_" or "." ("pHolm", "pBH", "p_value", "p.adjusted"); writers
 * print those with formatPValue ("< 1e-300" for an underflow, not 0).
 *
 * @example
 * isPValueColumn("pHolm"); // => true
 * isPValueColumn("permutations"); // => false
 */
export function isPValueColumn(name: string): boolean {
  return /^p($|[A-Z_.])/.test(name);
}
