import { compareCodeUnits } from "../util/compare";

/**
 * Rows in order of importance for a report table that shows only its top
 * rows. Stable: rows that tie keep their order in the result.
 */

/** Sorts by a number, largest first; null (and NaN) last. */
export function byDescending<R>(rows: readonly R[], key: (r: R) => number | null): R[] {
  const keyed = rows.map((r, i) => ({ r, i, k: key(r) }));
  keyed.sort((a, b) => {
    const x = a.k === null || Number.isNaN(a.k) ? null : a.k;
    const y = b.k === null || Number.isNaN(b.k) ? null : b.k;
    if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
    return y - x || a.i - b.i;
  });
  return keyed.map((x) => x.r);
}

/**
 * Pairwise rows of several families, interleaved so that the top rows hold
 * every family's largest: each family's rows by |value| (largest first,
 * null last), then the first of every family, the second of every family,
 * and so on, families in order of first appearance.
 * @example
 * interleaveByFamily([{f:"a",v:1},{f:"a",v:3},{f:"b",v:2}], (r) => r.f, (r) => r.v);
 * // => [{f:"a",v:3},{f:"b",v:2},{f:"a",v:1}]
 */
export function interleaveByFamily<R>(rows: readonly R[], family: (r: R) => string, value: (r: R) => number | null): R[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const f = family(r);
    let g = groups.get(f);
    if (!g) groups.set(f, (g = []));
    g.push(r);
  }
  const sorted = [...groups.values()].map((g) => byDescending(g, (r) => { const v = value(r); return v === null ? null : Math.abs(v); }));
  const out: R[] = [];
  for (let i = 0; out.length < rows.length; i++) for (const g of sorted) if (i < g.length) out.push(g[i]);
  return out;
}

/**
 * The order a key table of the report shows its rows in, by its CSV name:
 * pairwise divergence interleaved by family (largest first), outlets by
 * articles, speakers by quoted words, claims by the outlets carrying them,
 * distinctive terms by |z|, spelling variants by score; any other table in
 * its own order. `column(name)` reads a column of a row.
 */
export function rankRows<R>(table: string, rows: readonly R[], column: (r: R, name: string) => unknown): readonly R[] {
  const num = (name: string) => (r: R) => { const v = column(r, name); return typeof v === "number" ? v : null; };
  switch (table) {
    case "divergence": return interleaveByFamily(rows, (r) => String(column(r, "family")), num("value"));
    case "sentiment-outlets": return byDescending(rows, num("articles"));
    case "voice-speakers": return byDescending(rows, num("words"));
    case "coverage-claims": return byDescending(rows, num("n"));
    case "transliteration-variants": return byDescending(rows, num("score"));
    case "distinctive-terms": return byDescending(rows, (r) => { const z = num("z")(r); return z === null ? null : Math.abs(z); });
    case "actor-salience": return byDescending(rows, num("mentions"));
    case "label-choice": return byDescending(rows, num("count"));
    default: return rows;
  }
}

/** Event ids by their article count (most first), ties in code-unit order. */
export function eventsByArticles(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || compareCodeUnits(a, b));
}
