/**
 * Orders two strings by UTF-16 code units, the order of `<` on strings and of
 * `Array.prototype.sort()` without a comparator. Unlike `localeCompare` it is the
 * same on every machine and locale, so sorted output is byte-identical everywhere.
 *
 * @example
 * ["b", "B", "a"].sort(compareCodeUnits); // => ["B", "a", "b"]
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
