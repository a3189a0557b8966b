/**
 * framediff core API: corpus → parse → quotes → profiles (the map) → feature results (the reduce).
 * Charts and rendering have their own entry points and are never imported here.
 */
export * from "./errors";
export * from "./corpus/index";
export * from "./lexicon/index";
export * from "./parse/index";
export * from "./quotes/index";
export * from "./profile/index";
export * from "./summary/index";
export * from "./features/index";
/** Statistical building blocks (RNG, JSD, log-odds, G², bootstrap, permutation), as a namespace. */
export * as stats from "./stats/index";
