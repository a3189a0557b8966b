import { FramediffError } from "../errors";

/** An item that made a computation throw, with what it threw. */
export interface Fault<T> {
  readonly item: T;
  readonly error: unknown;
}

/** What {@link isolateFaults} returns: the result over the items that did not fault, and the ones that did. */
export interface Isolated<T, R> {
  readonly result: R;
  readonly faults: readonly Fault<T>[];
}

/**
 * Runs `run` over all `items`; when it throws, finds the items that make it
 * throw by bisection (each half is run on its own; a single item that throws
 * alone is a fault) and runs again without them. On a corpus without faults
 * this costs one run; each faulty item costs about log₂ n more. A
 * FramediffError (bad input or options, not a bad article) is not isolated
 * but thrown at once. When no single item can be blamed (the failure needs
 * several items together, or the whole set, e.g. its size), the original
 * error is thrown: we never drop articles that are not at fault.
 *
 * @example
 * isolateFaults([1, 2, 3], (xs) => xs.map((x) => { if (x === 2) throw new Error("two"); return x; }));
 * // => { result: [1, 3], faults: [{ item: 2, error: Error("two") }] }
 */
export function isolateFaults<T, R>(items: readonly T[], run: (items: readonly T[]) => R): Isolated<T, R> {
  let first: unknown;
  try {
    return { result: run(items), faults: [] };
  } catch (e) {
    if (e instanceof FramediffError) throw e;
    first = e;
  }
  const faults: Fault<T>[] = [];
  const NONE = Symbol("no error");
  const probe = (part: readonly T[]): unknown => {
    try {
      run(part);
      return NONE;
    } catch (e) {
      if (e instanceof FramediffError) throw e;
      return e;
    }
  };
  const bisect = (part: readonly T[], error: unknown): void => {
    if (part.length === 1) { faults.push({ item: part[0], error }); return; }
    const mid = part.length >> 1;
    for (const half of [part.slice(0, mid), part.slice(mid)]) {
      const e = probe(half);
      if (e !== NONE) bisect(half, e);
    }
  };
  bisect(items, first);
  if (faults.length === 0) throw first;
  const bad = new Set<T>(faults.map((f) => f.item));
  const rest = items.filter((x) => !bad.has(x));
  return { result: run(rest), faults };
}
