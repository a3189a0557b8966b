import { chartDistinctiveScatters } from "../charts/distinctive-scatter";
import { chartDistinctiveTerms } from "../charts/distinctive-terms";
import { chartDistinctivePaired } from "../charts/distinctive-paired";
import { chartLabelChoices } from "../charts/label-choice";
import { columnsOf } from "./catalogue-docs";
import { entry, type CatalogueEntry } from "./catalogue-types";

/** Label choice, label divergence, distinctive terms and spelling variants, in the comparison's order. */
export const TERMINOLOGY_ENTRIES: readonly CatalogueEntry[] = [
  entry({
    kind: "label-choice", table: "label-choice", columns: columnsOf("label-choice"), section: "terminology",
    get: (c) => c.labelChoice,
    charts: [{ name: "label-choice", draw: (r, { options }) => chartLabelChoices(r, options) }],
    skip: { noun: "label choice", absent: "no lexicon", withoutLexicon: "label choice" },
  }),
  entry({
    kind: "label-divergence", table: "label-divergence", columns: columnsOf("label-divergence"), section: "terminology",
    get: (c) => c.labelDivergence,
    charts: [],
    skip: { noun: "label divergence", absent: "no lexicon", withoutLexicon: "label divergence" },
  }),
  entry({
    kind: "distinctive-terms", table: "distinctive-terms", columns: columnsOf("distinctive-terms"), section: "terminology",
    get: (c) => c.distinctiveTerms,
    charts: [
      { name: "distinctive-terms", draw: (r, { options }) => chartDistinctiveTerms(r, options) },
      { name: "distinctive-scatter", draw: (r, { options }) => chartDistinctiveScatters(r, options) },
    ],
    skip: { noun: "distinctive-term" },
  }),
  entry({
    kind: "distinctive-terms-paired", table: "distinctive-terms-paired", columns: columnsOf("distinctive-terms-paired"), section: "terminology",
    get: (c) => c.distinctiveTermsPaired,
    charts: [{ name: "distinctive-terms-paired", draw: (r, { comparison, options }) => chartDistinctivePaired(r, comparison.distinctiveTerms, options) }],
    skip: { noun: "paired distinctive-term" },
  }),
  entry({
    kind: "transliteration-variants", table: "transliteration-variants", columns: columnsOf("transliteration-variants"), section: "terminology",
    get: (c) => c.transliterationVariants,
    charts: [],
    reportTable: (r) => ({ caption: "Spelling variants found without the lexicon (suggestions)", rows: r.rows, columns: [
      ["form A", (x) => x.formA], ["form B", (x) => x.formB], ["similarity", (x) => x.similarity],
      ["shared events", (x) => x.sharedEvents], ["shared context", (x) => x.sharedContext.join(", ")], ["score", (x) => x.score], ["lexicon line", (x) => x.yaml],
    ] }),
    skip: { noun: "spelling variant" },
  }),
];
