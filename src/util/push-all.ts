/**
 * Appends every item to `target` in order and returns `target`: what
 * `target.push(...items)` does, without passing each item as a call argument,
 * which throws `RangeError: Maximum call stack size exceeded` past ~100k items
 * (issue 8). Mutates `target` only; `items` may be any iterable.
 *
 * @example
 * const rows = [1];
 * pushAll(rows, [2, 3]); // rows is now [1, 2, 3]
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}
