/**
 * Shared strings for the report's figure data. Chart hover texts repeat the
 * same long pieces in every cell (a 30×30 heatmap carries its note 900
 * times), so each piece (a string, or a part of it between `<br>`s) of at
 * least `MIN_SHARED` characters that occurs twice or more is stored once in
 * a string table, and the value becomes `{"fd$": [parts…]}`: a part is a
 * string or the index of a shared one, and the client joins them with
 * `<br>` (report-client's `unshare`). Deterministic: the table is in order
 * of first occurrence in a depth-first walk.
 */

/** Shortest piece worth sharing (an index and the wrapper cost ~10 characters). */
export const MIN_SHARED = 24;

const BR = "<br>";

/** Values with shared pieces encoded, and the table of shared pieces. */
export interface SharedStrings {
  readonly values: unknown[];
  readonly strings: string[];
}

function walk(v: unknown, onString: (s: string) => void): void {
  if (typeof v === "string") onString(v);
  else if (Array.isArray(v)) for (const x of v) walk(x, onString);
  else if (v !== null && typeof v === "object") for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], onString);
}

function map(v: unknown, f: (s: string) => unknown): unknown {
  if (typeof v === "string") return f(v);
  if (Array.isArray(v)) return v.map((x) => map(x, f));
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = map((v as Record<string, unknown>)[k], f);
    return out;
  }
  return v;
}

/**
 * Encodes every value (figures) against one shared table.
 * @example
 * shareStrings([["a long repeated note, over 24 chars", "a long repeated note, over 24 chars"]]);
 * // => { values: [[{ fd$: [0] }, { fd$: [0] }]], strings: ["a long repeated note, over 24 chars"] }
 */
export function shareStrings(values: readonly unknown[]): SharedStrings {
  const counts = new Map<string, number>();
  const count = (s: string) => {
    if (s.length < MIN_SHARED) return;
    for (const p of s.split(BR)) if (p.length >= MIN_SHARED) counts.set(p, (counts.get(p) ?? 0) + 1);
  };
  for (const v of values) walk(v, count);
  const index = new Map<string, number>();
  const strings: string[] = [];
  const encode = (s: string): unknown => {
    if (s.length < MIN_SHARED) return s;
    const parts = s.split(BR);
    if (!parts.some((p) => (counts.get(p) ?? 0) > 1)) return s;
    return {
      fd$: parts.map((p) => {
        if ((counts.get(p) ?? 0) < 2) return p;
        let i = index.get(p);
        if (i === undefined) { i = strings.length; strings.push(p); index.set(p, i); }
        return i;
      }),
    };
  };
  return { values: values.map((v) => map(v, encode)), strings };
}

/** The inverse of {@link shareStrings} (what the page's script does), for tests. */
export function unshareStrings(value: unknown, strings: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((x) => unshareStrings(x, strings));
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    const o = value as Record<string, unknown>;
    if (keys.length === 1 && keys[0] === "fd$") return (o.fd$ as (string | number)[]).map((p) => (typeof p === "number" ? strings[p] : p)).join(BR);
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = unshareStrings(o[k], strings);
    return out;
  }
  return value;
}
