import { voicedLabels } from "../../profile/terminology-label-voice";
import type { Profiled } from "../../profile/types";

/** What a time row follows: an actor, a concept (all its labels), a frame, or one label of a concept. */
export type AttentionKind = "actor" | "concept" | "frame" | "label";

/** One thing an article mentions, and how often. */
export interface ArticleMention {
  readonly kind: AttentionKind;
  /** Actor name, concept id, frame id, or the label as the lexicon writes it. */
  readonly key: string;
  /** The concept of a label; null for the other kinds. */
  readonly concept: string | null;
  readonly count: number;
}

/**
 * The actors, concepts, frames and concept labels one article mentions, with
 * counts: actors, concepts and frame cues from the emphasis part, labels from
 * the terminology part's concept-label counts in every voice (the outlet's
 * own words, direct quotes and scare quotes together: attention, not word
 * choice). Entries with a count of 0 are left out.
 */
export function articleMentions(p: Profiled<"emphasis" | "terminology">): ArticleMention[] {
  const part = p.emphasis;
  const nActors = part.actors.length, nConcepts = part.concepts.length;
  const counts = new Array<number>(nActors + nConcepts + part.frames.length).fill(0);
  for (let m = 0; m < part.mentionTarget.length; m++) counts[part.mentionTarget[m]]++;
  const out: ArticleMention[] = [];
  counts.forEach((count, t) => {
    if (count === 0) return;
    if (t < nActors) out.push({ kind: "actor", key: part.actors[t], concept: null, count });
    else if (t < nActors + nConcepts) out.push({ kind: "concept", key: part.concepts[t - nActors], concept: null, count });
    else out.push({ kind: "frame", key: part.frames[t - nActors - nConcepts], concept: null, count });
  });
  for (const l of voicedLabels(p.terminology)) {
    const count = l.counts[0] + l.counts[1] + l.counts[2];
    if (count > 0) out.push({ kind: "label", key: l.label, concept: l.concept, count });
  }
  return out;
}
