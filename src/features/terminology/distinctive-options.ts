// The options moved to options.ts (one DEFAULTS for the family); re-exported for the modules that import them from here.
export { distinctiveOptions, type DistinctiveOptions, type ResolvedDistinctiveOptions } from "./options";
