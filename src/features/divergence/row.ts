import type { DivergenceRow } from "./types";

/** What a row says beyond its pair: value, interval, test. One builder, so every row has its fields in one order (the table's columns). */
export interface RowParts { value: number | null; lower?: number | null; upper?: number | null; interval?: string | null; p?: number | null; test: string; permutations?: number | null; note: string | null }
/** The pair and scope a row is about, and the articles behind it. */
export type RowBase = Pick<DivergenceRow, "family" | "scope" | "event" | "outletA" | "outletB" | "articlesA" | "articlesB" | "nA" | "nB" | "events">;
/** A divergence row with its fields in table order; pHolm and pBH are filled later, over the whole family (adjusted). */
export function divergenceRow(base: RowBase, r: RowParts): DivergenceRow {
  return {
    family: base.family, scope: base.scope, event: base.event, outletA: base.outletA, outletB: base.outletB,
    articlesA: base.articlesA, articlesB: base.articlesB, nA: base.nA, nB: base.nB, events: base.events,
    value: r.value, lower: r.lower ?? null, upper: r.upper ?? null, interval: r.interval ?? null,
    p: r.p ?? null, pHolm: null, pBH: null, test: r.test, permutations: r.permutations ?? null, note: r.note,
  };
}

