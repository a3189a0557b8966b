/** Terminology features: label choice per concept, distinctive terms, spelling variants. Re-exports only. */
export * from "./labels";
export * from "./label-divergence";
export * from "./options";
export * from "./distinctive";
export * from "./similarity";
export * from "./variants-rows";
export * from "./variants-declared";
export * from "./variants";
export * from "./paired-combine";
export * from "./paired-options";
export * from "./paired-terms";
