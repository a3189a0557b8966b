/** Terminology features: label choice per concept, distinctive terms, spelling variants. Re-exports only. */
export * from "./terminology-labels";
export * from "./terminology-label-divergence";
export * from "./terminology-distinctive-options";
export * from "./terminology-distinctive";
export * from "./terminology-similarity";
export * from "./terminology-variants-options";
export * from "./terminology-variants";
