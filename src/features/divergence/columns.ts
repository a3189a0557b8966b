import { idsDoc, type ColumnDocs } from "../column-docs-types";

/** Columns of the divergence result (features/divergence/). */
export const DIVERGENCE_COLUMN_DOCS: Readonly<Record<string, ColumnDocs>> = {
  divergence: {
    family: '"terms", "labels", "sentiment", "emphasis", "voice", "coverage" or "combined"',
    scope: '"pooled" (all articles of each outlet), "event" (one event) or "over-events" (mean of the per-event values)',
    event: "the event of an event row; null otherwise",
    outletA: "first outlet of the pair (outletA < outletB)",
    outletB: "second outlet of the pair",
    articlesA: idsDoc("outletA's articles compared, for event rows (pooled and over-events rows compare every article of the outlet: not listed, nA counts them)"),
    articlesB: idsDoc("outletB's articles compared, for event rows (as articlesA)"),
    nA: "articles of outletA behind the value (every article of the outlet for pooled and over-events rows; the event's for event rows)",
    nB: "articles of outletB behind the value",
    events: "events both outlets cover (over-events rows); null otherwise",
    value: "JSD in [0, 1] (bits) for terms, labels, emphasis and voice; mean(A) - mean(B) sentence score for sentiment; 1 - Jaccard of the claim sets for coverage; for combined, the mean over families of each family's distance over its largest; null when undefined (see note)",
    lower: "lower bound of the interval named in interval; null when none is given (see note)",
    upper: "upper bound of the interval named in interval; null when none is given (see note)",
    interval: 'how lower and upper were made (sentiment only). Pooled: "percentile bootstrap of events, both outlets\' articles of an event together" (cluster bootstrap of the paired design, Davison & Hinkley 1997 §3.8: a tone swing shared by an event\'s articles cancels, as it does in the within-event test, so interval and p speak of the same comparison), or "percentile bootstrap of each outlet\'s articles" without events; over-events: "percentile bootstrap of the per-event differences". JSD families and coverage get no interval at any scope (a JSD or 1 - Jaccard of resampled articles is biased upward; note says so); null when none',
    p: 'Monte-Carlo p-value of the test named in test (Besag & Clifford 1991 sequential): "within-event article permutation" shuffles outlet labels across the pair\'s articles within each event (one-sided for JSD, two-sided for sentiment); "within-event claim-carriage permutation" (coverage) gives each claim of an event both outlets cover to a random set of as many of the event\'s outlets as carry it (Gotelli 2000 fixed-equiprobable null), because shuffling articles cannot change 1 - Jaccard. Smallest possible 1/(permutations + 1). Null, never 1, when not tested or not testable (see test and note)',
    pHolm: "Holm (1979) adjusted p, the family being this divergence family's pooled rows with a p-value (every outlet pair on this measure); null where p is",
    pBH: "Benjamini-Hochberg (1995) adjusted p (false discovery rate) over the same family as pHolm; null where p is",
    test: '"within-event article permutation (one-sided|two-sided)" or "within-event claim-carriage permutation (one-sided)" when p is given; "not testable" when a test was wanted but cannot be made (the statistic undefined, an outlet with too few articles, no shared event, fewer than minRelabellings distinct relabellings, no third outlet to take a claim, or every relabelling drawn gave the observed value; note says which); "not tested" for event, over-events and combined rows (descriptive; the pooled row tests the pair)',
    permutations: "random relabellings the p-value used: at most the permutations option, fewer when the sequential test stopped early after sequentialH relabellings at least as extreme (Besag & Clifford 1991); null when there is no p-value",
    note: "why a value, interval or p-value is missing (\"no p-value: <reason>\" for not testable rows); null when nothing is",
  },
};
