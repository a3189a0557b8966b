/**
 * The statistical defaults every feature family shares: one place for the
 * seed, the bootstrap replicates, the interval level and the permutations,
 * so a change here changes every table, the CLI's help and run.json alike.
 * Each family's own defaults are in its `options.ts` (`DEFAULTS`).
 */
export const STATISTICS_DEFAULTS = Object.freeze({
  /** Seed of every random stream. */
  seed: 1,
  /** Bootstrap replicates per interval: 2,000 keeps the Monte-Carlo error of a 95% percentile bound small (Efron & Tibshirani 1993, §19.3). */
  iterations: 2000,
  /** Interval coverage. */
  level: 0.95,
  /** Random relabellings per permutation p-value (at most; sequential tests stop early, see stats/sequential-p). */
  permutations: 999,
});
