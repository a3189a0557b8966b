/** Items grouped by key: groups in order of first appearance, items in input order; O(items). */
export function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x); else out.set(k, [x]);
  }
  return out;
}
