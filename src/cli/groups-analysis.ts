import type { Outlet, SkippedArticle } from "../corpus/types";
import { FramediffError, type Warning } from "../errors";
import { compareMapped, type CompareOptions, type Comparison } from "../features/compare";
import { byGroup, groupsAsOutlets, hasGroups, leftOutWarning, outletGroups, type CompareUnits, type OutletGrouping } from "../features/outlet-groups";
import { articlesPerOutlet } from "../charts/outlet-limit";
import { outletLabelsOf } from "../charts/outlets";
import { analysisSections, type AnalysisSection } from "../report/analysis-sections";
import { resultWarnings, tablesOf } from "../report/tables-of";
import type { StreamedCorpus } from "../corpus/stream-corpus";
import type { Lexicon } from "../lexicon/types";
import type { ArticleProfile } from "../profile/types";
import type { AnalyzeOptions } from "./run-options";
import { writeTables, type WriteTablesOptions } from "./write-tables";

/**
 * What a run compares: `option` (`--compare`) when given, else both outlets
 * and groups when some outlet has a group, outlets otherwise. Asking for
 * groups of a corpus without any is bad input, named with the corpus.
 */
export function comparedUnits(outlets: readonly Outlet[], option: CompareUnits | undefined, file: string): CompareUnits {
  const grouped = hasGroups(outlets);
  if (option === undefined) return grouped ? "both" : "outlets";
  if (option !== "outlets" && !grouped) {
    throw new FramediffError({
      code: "no-groups", file,
      message: `--compare ${option} needs groups of outlets, and no outlet of the corpus has a group`,
      hint: "give the outlets a group (a `group` field of the articles, the manifest's outlet entries, or --group-by FIELD), or leave --compare out.",
    });
  }
  return option;
}

/** The comparison by group of a run, and how the outlets were grouped. */
export interface GroupsRun {
  readonly grouping: OutletGrouping;
  readonly comparison: Comparison;
  /** Only groups are compared (`--compare groups`): the run writes no outlet tables or charts. */
  readonly only: boolean;
  /** Articles of outlets without a group, left out of the comparison by group. */
  readonly leftOut: number;
}

/** What the reduce of a run starts from (the part of write-analysis's `AnalysisInput` read here). */
export interface GroupsInput {
  readonly corpus: StreamedCorpus;
  readonly mapped: { readonly profiles: readonly ArticleProfile[]; readonly skipped: readonly SkippedArticle[] };
  readonly lexicon: Lexicon | undefined;
  readonly compareOptions: CompareOptions;
  readonly options: Pick<AnalyzeOptions, "compare">;
  /** Run timings; the group comparison's goes to "measure by group". */
  readonly timings: Record<string, number>;
}

/** A run's comparisons: `outlets` is the comparison by outlet, or the one by group when only groups are compared. */
export interface MeasuredUnits {
  readonly compared: CompareUnits;
  readonly outlets: Comparison;
  readonly groups: GroupsRun | null;
}

/**
 * The reduce by outlet and, when groups are compared, by group: the
 * profiles relabelled with their outlet's group (`byGroup`, shallow copies,
 * parts shared) through the same `compareMapped`, so every feature and
 * divergence compares groups with the code and statistics it compares
 * outlets with. With both, the group run leaves out the corpus's own
 * warnings and skipped articles, which the outlet run already lists. Its
 * time goes to `timings["measure by group"]`.
 */
export function measureUnits(input: GroupsInput): MeasuredUnits {
  const { corpus, mapped, lexicon, compareOptions } = input;
  const compared = comparedUnits(corpus.outlets, input.options.compare, corpus.path);
  const byOutlet = compared === "groups" ? null : compareMapped(corpus, mapped, lexicon, compareOptions);
  if (compared === "outlets") return { compared, outlets: byOutlet!, groups: null };
  const t0 = Date.now();
  const grouping = outletGroups(corpus.outlets);
  const only = compared === "groups";
  const groupCorpus = { ...corpus, outlets: groupsAsOutlets(grouping.groups), ...(only ? {} : { warnings: [], skipped: [] }) };
  const profiles = byGroup(mapped.profiles, grouping.groupOf);
  const comparison = compareMapped(groupCorpus, { profiles, skipped: only ? mapped.skipped : [] }, lexicon, compareOptions);
  input.timings["measure by group"] = (Date.now() - t0) / 1000;
  return { compared, outlets: byOutlet ?? comparison, groups: { grouping, comparison, only, leftOut: mapped.profiles.length - profiles.length } };
}

/** The folder of the group tables, under the run's folder. */
export const GROUP_TABLES = "tables/groups";

/**
 * Writes every table of the comparison by group as the outlet tables are
 * written (`writeTables`: CSV, link table, Parquet), in `tables/groups/`:
 * the outlet tables' schemas, the group in the outlet columns.
 */
export async function writeGroupTables(dir: string, groups: GroupsRun | null, options: Omit<WriteTablesOptions, "folder" | "outletLabels">): Promise<void> {
  if (!groups) return;
  const c = groups.comparison;
  await writeTables(dir, tablesOf(c).tables, { ...options, outletLabels: outletLabelsOf(c.corpus.outlets), folder: GROUP_TABLES });
}

/**
 * The report's "Groups" part: every section of the comparison by group,
 * its ids and figure names prefixed `groups-` (so figure files and report
 * anchors do not meet the outlet ones), each intro saying which outlets
 * make up which group.
 */
export function groupSections(groups: GroupsRun | null, maxOutlets: number): AnalysisSection[] {
  if (!groups) return [];
  const c = groups.comparison;
  const ids = c.corpus.outlets.map((o) => o.id);
  const sections = analysisSections(c, { outlets: ids, outletLabels: outletLabelsOf(c.corpus.outlets), maxOutlets, outletArticles: articlesPerOutlet(c.articles) }, { tableDir: GROUP_TABLES });
  const members = groupList(groups.grouping);
  return sections.map((s) => ({
    ...s,
    id: `groups-${s.id}`,
    title: `Groups: ${s.title}`,
    intro: `By group of outlets (${members}): each group is the union of its outlets' articles, compared as one outlet; the outlets' own results are in the sections above. ${s.intro}`,
    figures: s.figures.map((f) => ({ ...f, name: `groups-${f.name}` })),
  }));
}

/** Groups listed with their outlets, at most a few outlets each. */
function groupList(grouping: OutletGrouping, perGroup = 5): string {
  return grouping.groups.map((g) => {
    const shown = g.outlets.slice(0, perGroup).join(", ");
    return `${g.group}: ${g.outlets.length > perGroup ? `${shown} and ${g.outlets.length - perGroup} more` : shown}`;
  }).join("; ");
}

/**
 * Warnings of the comparison by group: one group only, articles left out
 * for want of a group (the corpus warns of those outlets, not of their
 * articles), and, when
 * outlets are compared too, the group results' own warnings marked "by
 * group" (with groups only, the run's warnings are the group run's already).
 */
export function groupWarnings(groups: GroupsRun | null): Warning[] {
  if (!groups) return [];
  const out: Warning[] = groups.grouping.warnings.slice();
  const left = leftOutWarning(groups.grouping.ungrouped, groups.leftOut);
  if (left) out.push(left);
  if (!groups.only) for (const w of resultWarnings(groups.comparison)) out.push({ ...w, message: `by group: ${w.message}` });
  return out;
}

/** run.json's record of what was compared: the units, and each group's outlets and measured articles. */
export function groupsRecord(units: MeasuredUnits): Record<string, unknown> {
  if (!units.groups) return { compared: units.compared };
  const articles = articlesPerOutlet(units.groups.comparison.articles);
  return {
    compared: units.compared,
    groups: units.groups.grouping.groups.map((g) => ({ group: g.group, outlets: g.outlets, articles: articles[g.group] ?? 0 })),
    ...(units.groups.grouping.ungrouped.length ? { ungrouped: { outlets: units.groups.grouping.ungrouped, articles: units.groups.leftOut } } : {}),
  };
}
