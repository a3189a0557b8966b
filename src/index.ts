/**
 * framediff core API: corpus → parsed articles → (later) feature results.
 * Charts and rendering have their own entry points and are never imported here.
 */
export * from "./errors";
export * from "./corpus";
export * from "./lexicon";
export * from "./parse";
export * from "./summary";
