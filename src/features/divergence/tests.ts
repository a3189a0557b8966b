/**
 * The names the divergence rows give their tests and intervals (the `test`
 * and `interval` columns), so a reader sees which method each number comes
 * from; DIVERGENCE_COLUMN_DOCS and the README explain each.
 */
export const DIVERGENCE_TESTS = Object.freeze({
  /** Outlet labels of the pair's articles shuffled within each event; the JSD families, one-sided (a larger distance is extreme). */
  articlesGreater: "within-event article permutation (one-sided)",
  /** The same, two-sided (|difference| at least as large): sentiment. */
  articlesTwoSided: "within-event article permutation (two-sided)",
  /** Coverage: which of an event's outlets carry each claim, permuted (coverage-test). */
  carriage: "within-event claim-carriage permutation (one-sided)",
  /** A test was wanted but cannot be made; the note says why. */
  notTestable: "not testable",
  /** Descriptive rows (one event, a mean over events, the combined ranking): the pooled row carries the test. */
  notTested: "not tested",
});

/** The names of the sentiment intervals (the `interval` column); JSD and coverage rows have none. */
export const DIVERGENCE_INTERVALS = Object.freeze({
  /** Sentiment, pooled, two or more events: whole events resampled, both outlets' articles of an event together (sentiment-interval). */
  pairedEvents: "percentile bootstrap of events, both outlets' articles of an event together",
  /** Sentiment, pooled, no events: each outlet's articles resampled. */
  articles: "percentile bootstrap of each outlet's articles",
  /** Sentiment, over events: the per-event differences resampled. */
  overEvents: "percentile bootstrap of the per-event differences",
});
