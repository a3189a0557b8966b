/**
 * framediff statistics: small, dependency-free numerical building blocks,
 * each cited and tested against an independent reference. This file only
 * re-exports.
 */
export * from "./rng";
export * from "./sum";
export * from "./mean";
export * from "./variance";
export * from "./quantile";
export * from "./jsd";
export * from "./logodds";
export * from "./erfc";
export * from "./chisq";
export * from "./g2";
export * from "./keyness";
export * from "./bootstrap";
export { plainMean, proportion } from "./bootstrap-statistics";
export * from "./permutation";
export * from "./canPermute";
export * from "./stratified-permutation";
export * from "./mds";
