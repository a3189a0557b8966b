import type { Corpus, Outlet } from "../corpus/types";
import type { Warning } from "../errors";
import type { ArticleHead } from "../profile/types";
import { compareCodeUnits } from "../util/compare";
import { inProfileOrder } from "./profile-order";

/** One group of outlets. */
export interface OutletGroup {
  /** The group's name, as the corpus gives it (`Outlet.group`, trimmed). */
  readonly group: string;
  /** Its outlets' ids, in code-unit order. */
  readonly outlets: readonly string[];
}

/** Which outlet belongs to which group, from a corpus's outlet list. */
export interface OutletGrouping {
  /** Outlet id → group name, for every outlet that has a group. */
  readonly groupOf: ReadonlyMap<string, string>;
  /** The groups, in code-unit order of their names. */
  readonly groups: readonly OutletGroup[];
  /** Outlets without a group, in code-unit order: left out of the comparison by group. */
  readonly ungrouped: readonly string[];
  /** A comparison of one group only. (Outlets without a group are warned about by the corpus, `outlet-without-group`.) */
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

/**
 * The outlet → group map of a corpus's outlets (`Corpus.outlets`). Outlets
 * without a group (no `group`, or a blank one) are in no group: the
 * comparison by group leaves their articles out, as the corpus's
 * `outlet-without-group` warning says, and lists them in `ungrouped` so the
 * run can say how many articles that is. A comparison of one group only is
 * warned about (there is nothing to compare it with). Pure; a repeated
 * outlet id keeps its first group.
 *
 * @example
 * outletGroups([{ id: "a", label: "A", group: "left", meta: {} }, { id: "b", label: "B", meta: {} }]);
 * // => { groups: [{ group: "left", outlets: ["a"] }], ungrouped: ["b"], … }
 */
export function outletGroups(outlets: readonly Outlet[]): OutletGrouping {
  const groupOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const seen = new Set<string>();
  const ungrouped: string[] = [];
  for (const o of outlets) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    const g = groupName(o);
    if (g === undefined) { ungrouped.push(o.id); continue; }
    groupOf.set(o.id, g);
    const list = members.get(g);
    if (list) list.push(o.id); else members.set(g, [o.id]);
  }
  const groups = [...members.entries()].sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([group, ids]): OutletGroup => ({ group, outlets: ids.sort(compareCodeUnits) }));
  const warnings: Warning[] = [];
  if (groups.length === 1) {
    warnings.push({ code: "one-group", message: `every outlet with a group is in the group "${groups[0].group}": the comparison by group has one group and nothing to compare it with.`, hint: "give the outlets at least two groups." });
  }
  return { groupOf, groups, ungrouped: ungrouped.sort(compareCodeUnits), warnings };
}

/**
 * Profiles relabelled so that `outlet` is the outlet's group: every
 * reduction then compares groups with the same code, statistics and tests
 * as outlets (a group is the union of its outlets' articles; a divergence
 * permutation moves articles between groups). Shallow copies — the parts
 * are shared, not copied; ids, events and dates kept — in the stable
 * profile order (`inProfileOrder`), which the new outlet can change when ids
 * repeat. Articles of an outlet missing from `groupOf` (one without a
 * group) are left out. Pure.
 *
 * @example
 * byGroup([{ id: "1", outlet: "a" }, { id: "2", outlet: "b" }], new Map([["a", "left"]])); // => [{ id: "1", outlet: "left" }]
 */
export function byGroup<T extends ArticleHead>(profiles: readonly T[], groupOf: ReadonlyMap<string, string>): readonly T[] {
  const out: T[] = [];
  for (const p of profiles) {
    const g = groupOf.get(p.outlet);
    if (g !== undefined) out.push({ ...p, outlet: g });
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
 * {@link byGroup}, those of outlets without a group left out, the grouping's
 * warnings added), for `compare` in a script: `compare(corpusByGroup(corpus),
 * lexicon)` compares groups as `compare(corpus, lexicon)` compares outlets. Pure.
 */
export function corpusByGroup(corpus: Corpus): Corpus {
  const g = outletGroups(corpus.outlets);
  const articles = byGroup(corpus.articles, g.groupOf);
  const left = leftOutWarning(g.ungrouped, corpus.articles.length - articles.length);
  return { ...corpus, articles, outlets: groupsAsOutlets(g.groups), warnings: [...corpus.warnings, ...g.warnings, ...(left ? [left] : [])] };
}

/** Outlets listed in one warning before "… and N more". */
const LISTED = 10;

/** The warning that `articles` articles of the outlets `ungrouped` are left out of a comparison by group; undefined when none are. */
export function leftOutWarning(ungrouped: readonly string[], articles: number): Warning | undefined {
  if (ungrouped.length === 0) return undefined;
  const list = ungrouped.length > LISTED ? `${ungrouped.slice(0, LISTED).join(", ")} and ${ungrouped.length - LISTED} more` : ungrouped.join(", ");
  return {
    code: "group-left-out",
    message: `the comparison by group leaves out ${articles} article${articles === 1 ? "" : "s"} of ${ungrouped.length} outlet${ungrouped.length === 1 ? "" : "s"} without a group (${list}); the comparison by outlet keeps them.`,
    hint: "give every outlet a group (a `group` field, the manifest's outlet entries, or --group-by FIELD).",
  };
}

/** What a run compares: outlets, groups of outlets, or both. */
export type CompareUnits = "outlets" | "groups" | "both";

/** The values of {@link CompareUnits}, for checking an option at run time. */
export const COMPARE_UNITS: readonly CompareUnits[] = ["outlets", "groups", "both"];
