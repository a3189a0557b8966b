import { compareCodeUnits } from "../util/compare";
/**
 * Internal argument checks shared by the stats modules (not re-exported).
 * Every message names the function, what was found and what is needed, in the
 * form `fn: <what was found>; <what is needed>`.
 */

/** Throws unless every value is a finite number; names the first bad index. */
export function assertFiniteArray(fn: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new Error(`${fn}: ${name}[${i}] is ${String(v)}; every value must be a finite number`);
    }
  }
}

/** Throws unless `value` is an integer in [min, max]. */
export function assertInteger(fn: string, name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer in [${min}, ${max}]`;
    throw new Error(`${fn}: ${name} is ${String(value)}; it must be ${range}`);
  }
}

/** Throws unless `value` is one of `allowed` (run-time check of a literal union). */
export function assertOneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new Error(`${fn}: invalid ${name}: ${String(value)}; use one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  }
}

/** Throws unless every value of a count map is a finite number ≥ 0. */
export function assertCountMap(fn: string, name: string, counts: ReadonlyMap<string, number>): void {
  for (const [term, v] of counts) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new Error(`${fn}: ${name} has count ${String(v)} for term "${term}"; counts must be finite numbers ≥ 0`);
    }
  }
}

/** Sorted union of the keys of several maps (deterministic row order). */
export function unionKeys(...maps: ReadonlyMap<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const m of maps) for (const k of m.keys()) keys.add(k);
  return [...keys].sort(compareCodeUnits);
}
