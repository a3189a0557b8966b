import type { Warning } from "../errors";

/**
 * Every feature returns one of these: a tagged table whose rows name the outlet
 * (and event) and the article ids behind each number, the parameters that made
 * it, and the warnings met on the way (never printed, never lost).
 */
export interface FeatureResult<K extends string, P, R> {
  readonly kind: K;
  readonly params: P;
  readonly rows: readonly R[];
  readonly warnings: readonly Warning[];
}

/** Provenance of the lexicon a result used. */
export interface LexiconRef {
  readonly name: string;
  readonly version: string;
  readonly hash: string;
}

/** Builds a frozen result. */
export function featureResult<K extends string, P, R>(kind: K, params: P, rows: R[], warnings: Warning[] = []): FeatureResult<K, P, R> {
  return Object.freeze({ kind, params: Object.freeze(params), rows: Object.freeze(rows), warnings: Object.freeze(warnings) });
}
