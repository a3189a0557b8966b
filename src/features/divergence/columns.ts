import { idsDoc, type ColumnDocs } from "../column-docs-types";

/** Columns of the divergence result (features/divergence/). */
export const DIVERGENCE_COLUMN_DOCS: Readonly<Record<string, ColumnDocs>> = {
  divergence: {
    family: '"terms", "labels", "sentiment", "emphasis", "voice", "coverage" or "combined"',
    scope: '"pooled" (all articles of each outlet), "event" (one event) or "over-events" (mean of the per-event values)',
    event: "the event of an event row; null otherwise",
    outletA: "first outlet of the pair (outletA < outletB)",
    outletB: "second outlet of the pair",
    articlesA: idsDoc("outletA's articles compared"),
    articlesB: idsDoc("outletB's articles compared"),
    events: "events both outlets cover (over-events rows); null otherwise",
    value: "JSD in [0, 1] (bits) for terms, labels and emphasis; mean(A) - mean(B) sentence score for sentiment; for combined, the mean over families of each family's distance over its largest; null when undefined (see note)",
    lower: "lower bound of the bootstrap interval of value; null when none is given (see note)",
    upper: "upper bound of the bootstrap interval of value; null when none is given (see note)",
    p: "permutation p-value (outlet labels shuffled across articles, within events); null when not available (see note)",
    permutations: "random relabellings the p-value used: at most the permutations option, fewer when the sequential test stopped early after sequentialH relabellings at least as extreme (Besag & Clifford 1991); null when there is no p-value",
    note: "why a value, interval or p-value is missing; null when nothing is",
  },
};
