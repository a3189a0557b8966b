import type { ArticleHead } from "../profile/types";
import { compareCodeUnits } from "../util/compare";

/** Articles grouped by outlet, outlets sorted by id, articles in input order. */
export function byOutlet<T extends ArticleHead>(parsed: readonly T[]): Map<string, T[]> {
  return groupSorted(parsed, (p) => p.outlet);
}

/** The event an article belongs to; articles without one form the event `(all)`. */
export const NO_EVENT = "(all)";
export function eventOf(p: ArticleHead): string {
  return p.event ?? NO_EVENT;
}

/** Articles grouped by event, events sorted, articles in input order. */
export function byEvent<T extends ArticleHead>(parsed: readonly T[]): Map<string, T[]> {
  return groupSorted(parsed, eventOf);
}

/** Articles by event when `perEvent`, else all of them as the one event `(all)`: the pooled-or-paired switch of every feature with a `byEvent` option. */
export function eventsOrAll<T extends ArticleHead>(parsed: readonly T[], perEvent: boolean): Map<string, T[]> {
  return perEvent ? byEvent(parsed) : new Map([[NO_EVENT, [...parsed]]]);
}

function groupSorted<T extends ArticleHead>(parsed: readonly T[], key: (p: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const p of parsed) {
    const k = key(p);
    const list = groups.get(k);
    if (list) list.push(p); else groups.set(k, [p]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** Seeds derived from one seed and a label, so a row's random stream does not depend on which other rows exist (FNV-1a hash). */
export function subSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
