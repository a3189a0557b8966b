import type { TableData } from "../render/types";

/** Picks columns of a result's rows into a small table, numbers kept as numbers. */
export function pick<R>(rows: readonly R[], columns: readonly [string, (r: R) => string | number | null][]): TableData {
  return { columns: columns.map(([c]) => c), rows: rows.map((r) => columns.map(([, f]) => f(r))) };
}
