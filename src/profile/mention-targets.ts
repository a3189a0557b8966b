import type { MentionKind, ParsedArticle } from "../parse/types";
import { compareCodeUnits } from "../util/compare";

/**
 * The lexicon entries one article names, each kind's keys sorted by code
 * units. Concatenated in kind order (actors, concepts, frames) they are in the
 * order of `${kind}\u0000${key}` sorted, the order every emphasis and
 * sentiment row lists targets in; a mention refers to a target by its index
 * in that concatenation (see `targetIndex`).
 */
export interface MentionTargets {
  readonly actors: readonly string[];
  readonly concepts: readonly string[];
  readonly frames: readonly string[];
}

/** The kinds in target-index order. */
export const TARGET_KINDS: readonly MentionKind[] = ["actor", "concept", "frame"];

/** The sorted keys of each kind an article's mentions name, optionally leaving some kinds out. */
export function mentionTargets(p: ParsedArticle, kinds: readonly MentionKind[] = TARGET_KINDS): MentionTargets {
  const seen: Record<MentionKind, Set<string>> = { actor: new Set(), concept: new Set(), frame: new Set() };
  const m = p.mentions;
  for (let i = 0; i < m.kind.length; i++) if (kinds.includes(m.kind[i])) seen[m.kind[i]].add(m.key[i]);
  const sorted = (s: Set<string>) => [...s].sort(compareCodeUnits);
  return { actors: sorted(seen.actor), concepts: sorted(seen.concept), frames: sorted(seen.frame) };
}

/** `${kind}\u0000${key}` → index of the target in the actors-concepts-frames concatenation. */
export function targetIndex(t: MentionTargets): Map<string, number> {
  const index = new Map<string, number>();
  let k = 0;
  for (const key of t.actors) index.set(`actor\u0000${key}`, k++);
  for (const key of t.concepts) index.set(`concept\u0000${key}`, k++);
  for (const key of t.frames) index.set(`frame\u0000${key}`, k++);
  return index;
}

export type { MentionKind } from "../parse/types";
