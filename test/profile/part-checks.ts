/**
 * Paths inside `value` that are not plain data a worker can send and a store
 * can keep: anything but null, strings, finite-or-NaN numbers, booleans,
 * plain arrays, plain objects and typed arrays (no Map, Set, Date, class
 * instance, function, undefined or DataView). Empty when the value is plain.
 */
export function notPlain(value: unknown, path = "$"): string[] {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return [];
  if (typeof value !== "object") return [`${path}: ${typeof value}`];
  if (ArrayBuffer.isView(value)) return value instanceof DataView ? [`${path}: DataView`] : [];
  if (Array.isArray(value)) return value.flatMap((x, i) => notPlain(x, `${path}[${i}]`));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return [`${path}: ${proto?.constructor?.name ?? "unknown"} instance`];
  return Object.entries(value).flatMap(([k, x]) => notPlain(x, `${path}.${k}`));
}

/** A seeded Fisher–Yates shuffle (LCG of Numerical Recipes), so a test's orders are reproducible. */
export function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
