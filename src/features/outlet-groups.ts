import type { Corpus, Outlet } from "../corpus/types";
import type { Warning } from "../errors";
import type { ArticleHead } from "../profile/types";
import { compareCodeUnits } from "../util/compare";
import { inProfileOrder } from "./profile-order";

/** The group of outlets the corpus gives no group: they are compared as one more group, never dropped. */
export const UNGROUPED = "(ungrouped)";

/** One group of outlets. */
export interface OutletGroup {
  /** The group's name, as the corpus gives it (`Outlet.group`), or {@link UNGROUPED}. */
  readonly group: string;
  /** Its outlets' ids, in code-unit order. */
  readonly outlets: readonly string[];
}

/** Which outlet belongs to which group, from a corpus's outlet list. */
export interface OutletGrouping {
  /** Outlet id → group name, for every outlet of the list. */
  readonly groupOf: ReadonlyMap<string, string>;
  /** The groups, in code-unit order of their names. */
  readonly groups: readonly OutletGroup[];
  /** Outlets without a group (put in {@link UNGROUPED}), and a comparison of one group only. */
  readonly warnings: readonly Warning[];
}

/** The group an outlet gives, trimmed; undefined when it gives none (absent or blank). */
function groupName(o: Outlet): string | undefined {
  const g = o.group?.trim();
  return g ? g : undefined;
}

/** Whether any outlet of the list has a group: only then is there a comparison by group. */
export function hasGroups(outlets: readonly Outlet[]): boolean {
  return outlets.some((o) => groupName(o) !== undefined);
}

/** Outlets listed in one warning before "… and N more". */
const LISTED = 10;

/**
 * The outlet → group map of a corpus's outlets (`Corpus.outlets`). Outlets
 * without a group (no `group`, or a blank one) go to the group
 * {@link UNGROUPED}, with one warning naming them: every article stays in
 * the comparison by group, so a group's counts add up to the corpus's. A
 * comparison of one group only is warned about (there is nothing to compare
 * it with). Pure; a repeated outlet id keeps its first group.
 *
 * @example
 * outletGroups([{ id: "a", label: "A", group: "left", meta: {} }, { id: "b", label: "B", meta: {} }]).groups;
 * // => [{ group: "(ungrouped)", outlets: ["b"] }, { group: "left", outlets: ["a"] }]
 */
export function outletGroups(outlets: readonly Outlet[]): OutletGrouping {
  const groupOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const ungrouped: string[] = [];
  for (const o of outlets) {
    if (groupOf.has(o.id)) continue;
    const named = groupName(o);
    const g = named ?? UNGROUPED;
    if (named === undefined) ungrouped.push(o.id);
    groupOf.set(o.id, g);
    const list = members.get(g);
    if (list) list.push(o.id); else members.set(g, [o.id]);
  }
  const groups = [...members.entries()].sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([group, ids]): OutletGroup => ({ group, outlets: ids.sort(compareCodeUnits) }));
  const warnings: Warning[] = [];
  if (ungrouped.length > 0 && ungrouped.length < groupOf.size) {
    ungrouped.sort(compareCodeUnits);
    const list = ungrouped.length > LISTED ? `${ungrouped.slice(0, LISTED).join(", ")} and ${ungrouped.length - LISTED} more` : ungrouped.join(", ");
    warnings.push({
      code: "outlet-ungrouped",
      message: `${ungrouped.length} of ${groupOf.size} outlets have no group (${list}); they are compared by group as the group "${UNGROUPED}".`,
      hint: "give every outlet a group (a `group` field, the manifest's outlet entries, or --group-by FIELD).",
    });
  }
  if (groups.length === 1 && ungrouped.length < groupOf.size) {
    warnings.push({ code: "one-group", message: `every outlet is in the group "${groups[0].group}": the comparison by group has one group and nothing to compare it with.`, hint: "give the outlets at least two groups." });
  }
  return { groupOf, groups, warnings };
}

/**
 * Profiles relabelled so that `outlet` is the outlet's group: every
 * reduction then compares groups with the same code, statistics and tests
 * as outlets (a group is the union of its outlets' articles; a divergence
 * permutation moves articles between groups). Shallow copies — the parts
 * are shared, not copied; ids, events and dates kept — in the stable
 * profile order (`inProfileOrder`), which the new outlet can change when ids
 * repeat. An outlet missing from `groupOf` is in {@link UNGROUPED}. Pure.
 *
 * @example
 * byGroup([{ id: "1", outlet: "a" }], new Map([["a", "left"]])); // => [{ id: "1", outlet: "left" }]
 */
export function byGroup<T extends ArticleHead>(profiles: readonly T[], groupOf: ReadonlyMap<string, string>): readonly T[] {
  const out: T[] = new Array(profiles.length);
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i];
    out[i] = { ...p, outlet: groupOf.get(p.outlet) ?? UNGROUPED };
  }
  return inProfileOrder(out);
}

/**
 * The groups as the outlets of a comparison by group: id and label are the
 * group's name, `meta.outlets` its outlets' ids.
 */
export function groupsAsOutlets(groups: readonly OutletGroup[]): Outlet[] {
  return groups.map((g) => ({ id: g.group, label: g.group, meta: { outlets: g.outlets } }));
}

/**
 * A corpus whose outlets are its groups (articles relabelled as by
 * {@link byGroup}, the grouping's warnings added), for `compare` in a
 * script: `compare(corpusByGroup(corpus), lexicon)` compares groups as
 * `compare(corpus, lexicon)` compares outlets. Pure.
 */
export function corpusByGroup(corpus: Corpus): Corpus {
  const g = outletGroups(corpus.outlets);
  return { ...corpus, articles: byGroup(corpus.articles, g.groupOf), outlets: groupsAsOutlets(g.groups), warnings: [...corpus.warnings, ...g.warnings] };
}

/** What a run compares: outlets, groups of outlets, or both. */
export type CompareUnits = "outlets" | "groups" | "both";

/** The values of {@link CompareUnits}, for checking an option at run time. */
export const COMPARE_UNITS: readonly CompareUnits[] = ["outlets", "groups", "both"];
