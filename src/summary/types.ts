import type { Corpus } from "../corpus/types";

/** Mention counts by kind. */
export interface HitCounts { actor: number; concept: number; frame: number }

/**
 * Counts per lexicon entry, keyed `actor:<name>`, `concept:<id>/<label>` or
 * `frame:<id>`.
 */
export type HitsByKey = Record<string, number>;

export interface ArticleSummary {
  readonly id: string;
  readonly outlet: string;
  readonly outletLabel: string;
  readonly event?: string;
  readonly title?: string;
  readonly sentences: number;
  /** Every non-whitespace token, punctuation included. */
  readonly tokens: number;
  /** Tokens that are not punctuation. */
  readonly words: number;
  readonly hits: HitCounts;
  readonly byKey: HitsByKey;
}

export interface OutletSummary {
  readonly outlet: string;
  readonly label: string;
  readonly articles: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly words: number;
  readonly hits: HitCounts;
  readonly byKey: HitsByKey;
}

export interface EventSummary {
  readonly event: string;
  readonly articles: number;
  /** Outlet ids with at least one article on the event, sorted. */
  readonly outlets: readonly string[];
}

export interface CorpusSummary {
  readonly path: string;
  readonly format: Corpus["format"];
  readonly articleCount: number;
  readonly articles: readonly ArticleSummary[];
  /** Sorted by outlet id. */
  readonly outlets: readonly OutletSummary[];
  /** Sorted by event id; articles without `event` count as event `(none)`. */
  readonly events: readonly EventSummary[];
  /** Every lexicon key, in lexicon order, so absent entries show as 0. */
  readonly lexiconKeys: readonly string[];
  readonly lexicon?: { readonly name: string; readonly version: string; readonly file?: string; readonly hash: string };
}
