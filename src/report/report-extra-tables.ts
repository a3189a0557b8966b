import type { DistinctiveTermRow } from "../features/terminology/distinctive";
import type { LabelChoiceRow } from "../features/terminology/labels";
import type { SalienceRow } from "../features/emphasis/salience";
import type { AnyResult, ReportTable } from "./catalogue-types";

/**
 * Key tables the report shows beside the catalogue's own `reportTable`s, for
 * results whose cells are what a reader wants to see in context: terms
 * (distinctive terms), labels (label choice) and actors (actor salience).
 * Each term, label or actor cell opens the KWIC panel. By CSV name; the
 * rows are ranked by `rankRows` and cut to the top ones like every table.
 */
export const EXTRA_REPORT_TABLES: Readonly<Record<string, (r: AnyResult) => ReportTable<unknown>>> = {
  "distinctive-terms": (r) => ({
    caption: "Distinctive terms (outlet vs the rest), largest |z| first",
    rows: r.rows as readonly DistinctiveTermRow[],
    columns: [
      ["outlet", (x: DistinctiveTermRow) => x.target], ["reference", (x: DistinctiveTermRow) => x.reference], ["term", (x: DistinctiveTermRow) => x.term],
      ["count", (x: DistinctiveTermRow) => x.countTarget], ["count in reference", (x: DistinctiveTermRow) => x.countReference], ["z", (x: DistinctiveTermRow) => x.z],
    ],
  } as ReportTable<unknown>),
  "label-choice": (r) => ({
    caption: "Label choice (the outlet's uses of each label of a concept), most used first",
    rows: (r.rows as readonly LabelChoiceRow[]).filter((x) => x.count > 0),
    columns: [
      ["event", (x: LabelChoiceRow) => x.event], ["concept", (x: LabelChoiceRow) => x.concept], ["outlet", (x: LabelChoiceRow) => x.outlet],
      ["label", (x: LabelChoiceRow) => x.label], ["voice", (x: LabelChoiceRow) => x.voice], ["count", (x: LabelChoiceRow) => x.count], ["share", (x: LabelChoiceRow) => x.share],
    ],
  } as ReportTable<unknown>),
  "actor-salience": (r) => ({
    caption: "Actor salience (mentions per outlet), most mentioned first",
    rows: (r.rows as readonly SalienceRow[]).filter((x) => x.mentions > 0),
    columns: [
      ["outlet", (x: SalienceRow) => x.outlet], ["actor", (x: SalienceRow) => x.actor], ["mentions", (x: SalienceRow) => x.mentions],
      ["per 1,000 words", (x: SalienceRow) => x.per1000Words], ["sentence share", (x: SalienceRow) => x.sentenceShare], ["articles", (x: SalienceRow) => x.articlesMentioning],
    ],
  } as ReportTable<unknown>),
};
