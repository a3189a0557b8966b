import type { Warning } from "../errors";
import { compareCodeUnits } from "../util/compare";
import { describeLocation, fieldAt, type RecordLocation } from "./fields";
import { normaliseLabel } from "./normaliseText";
import type { Outlet } from "./types";

/** The streaming reducer of outlet groups (see createGroupCheck). */
export interface GroupCheck {
  /** Notes the group one valid article gives its outlet; returns a warning when it conflicts with the outlet's group. */
  add(outlet: string, group: string | undefined, where: RecordLocation, articleId: string): Warning[];
  /** The outlet's group, once every article has been added. */
  groupOf(outlet: string): string | undefined;
  /** Warnings about the used outlets (sorted ids) as a whole: some without a group, or a `groupBy` field nobody gives. */
  finish(used: readonly string[]): Warning[];
}

/** A declared outlet's group: its `group`, or with `groupBy` its own entry of that name. */
function declaredGroup(o: Outlet, groupBy: string | undefined): string | undefined {
  if (groupBy === undefined || groupBy === "group") return o.group;
  const v = o.meta[groupBy];
  if (typeof v === "number") return String(v);
  return typeof v === "string" && v.trim() !== "" ? normaliseLabel(v) : undefined;
}

const EXAMPLES = 5;

/**
 * Reconciles outlet groups (Outlet.group) as articles stream past, as outlet
 * labels are: a group declared in a manifest's outlets list wins, else the
 * first an article gives (its `group` field, or the `groupBy` field); each
 * other group an outlet is given is warned about once. At the end, when some
 * outlets have a group and others none, one warning names those without (a
 * comparison of groups would leave them out); with `groupBy`, a field no
 * article gives is warned about too. Holds one entry per outlet.
 *
 * @example
 * const g = createGroupCheck("c.csv", [], undefined);
 * g.add("tass", "state", where, "a1");
 * g.groupOf("tass"); // => "state"
 */
export function createGroupCheck(path: string, declared: readonly Outlet[], groupBy: string | undefined, declaredIn = path): GroupCheck {
  const groups = new Map<string, { group: string; from: string }>();
  for (const o of declared) {
    const g = declaredGroup(o, groupBy);
    if (g !== undefined) groups.set(o.id, { group: g, from: `the outlets list of ${declaredIn}` });
  }
  const warned = new Set<string>();
  const field = groupBy ?? "group";
  return {
    add(outlet, group, where, articleId) {
      if (group === undefined) return [];
      const known = groups.get(outlet);
      if (!known) {
        groups.set(outlet, { group, from: describeLocation(where) });
        return [];
      }
      const key = `${outlet}\u0000${group}`;
      if (known.group === group || warned.has(key)) return [];
      warned.add(key);
      return [{
        code: "outlet-group-conflict", ...fieldAt(where, field, articleId),
        message: `outlet "${outlet}" is in group "${group}" here but "${known.group}" at ${known.from}; keeping "${known.group}".`,
        hint: `give each outlet one group (${field}), the same on all its articles.`,
      }];
    },
    groupOf(outlet) {
      return groups.get(outlet)?.group;
    },
    finish(used) {
      const without = used.filter((o) => !groups.has(o));
      if (without.length === 0) return [];
      if (without.length === used.length) {
        if (groupBy === undefined) return [];
        return [{
          code: "group-by-unused", file: path, field: groupBy,
          message: `no article${declared.length > 0 ? " or declared outlet" : ""} gives a value in "${groupBy}", so outlets have no groups.`,
          hint: "name the field or column that holds each outlet's group (--group-by FIELD; names are case-sensitive).",
        }];
      }
      const sorted = without.slice().sort(compareCodeUnits);
      const shown = sorted.slice(0, EXAMPLES).map((o) => `"${o}"`).join(", ") + (sorted.length > EXAMPLES ? ", …" : "");
      return [{
        code: "outlet-without-group", file: path, field: field,
        message: `${without.length} of ${used.length} outlets have no group (${shown}); comparisons of groups leave them out.`,
        hint: `give every outlet a group (${field}) on its articles${declared.length > 0 ? " or in the outlets list" : ""}.`,
      }];
    },
  };
}
