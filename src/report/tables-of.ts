import type { Warning } from "../errors";
import type { Comparison } from "../features/compare";
import { CATALOGUE, skipReason, type AnyResult, type CatalogueEntry } from "./catalogue";

/** A result's table: its file stem (`tables/<name>.csv`), the result and its catalogue entry. */
export interface ResultTable {
  readonly name: string;
  readonly result: AnyResult;
  readonly entry: CatalogueEntry;
}

/** A table not written, and why (its result was not computed). */
export interface SkippedTable {
  readonly name: string;
  readonly reason: string;
}

/**
 * The table of every result a comparison holds, in catalogue order; a result
 * that was not computed (label choice without a lexicon) has none and is
 * listed with the reason. A result with no rows keeps its table (a header).
 *
 * @example
 * tablesOf(compare(corpus)).skipped; // => [{ name: "label-choice", reason: "no label choice (no lexicon)" }, …]
 */
export function tablesOf(c: Comparison): { tables: ResultTable[]; skipped: SkippedTable[] } {
  const tables: ResultTable[] = [];
  const skipped: SkippedTable[] = [];
  for (const e of CATALOGUE) {
    const result = e.get(c);
    if (result === null) skipped.push({ name: e.table, reason: skipReason(e, null)! });
    else tables.push({ name: e.table, result, entry: e });
  }
  return { tables, skipped };
}

/** The warnings of every result of a comparison, in catalogue order (the comparison's own `warnings` are not included). */
export function resultWarnings(c: Comparison): Warning[] {
  const out: Warning[] = [];
  for (const { result } of tablesOf(c).tables) for (const w of result.warnings) out.push(w);
  return out;
}
