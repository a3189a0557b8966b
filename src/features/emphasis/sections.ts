import type { EmphasisProfile } from "../../profile/emphasis";
import type { MentionKind } from "../../profile/mention-targets";
import { sectionOptions, type SectionOptions } from "./options";

export type Section = "headline" | "lead" | "body";

/** Sections and positions of one article's sentences, from its emphasis part. */
export interface SentenceSections {
  readonly section: (Section | null)[];
  readonly position: (number | null)[];
  /** Word tokens per sentence (the part's own counts). */
  readonly words: ArrayLike<number>;
}

/**
 * The section of every sentence: `headline` for sentences overlapping the
 * title, then `lead` for the first content sentences, `body` for the rest;
 * null for page furniture (fewer than `minWords` words, outside the headline).
 * `position` is the relative place of each content body/lead sentence among
 * them, 0 = first, 1 = last (null for headline and furniture).
 */
export function sentenceSections(part: Pick<EmphasisProfile, "words" | "headline">, options: SectionOptions = {}): SentenceSections {
  const o = sectionOptions(options);
  const { words, headline } = part;
  const section: (Section | null)[] = [];
  const content: number[] = [];
  for (let i = 0; i < headline.length; i++) {
    if (headline[i]) { section.push("headline"); continue; }
    if (words[i] < o.minWords) { section.push(null); continue; }
    section.push(content.length < o.leadSentences ? "lead" : "body");
    content.push(i);
  }
  const position: (number | null)[] = section.map(() => null);
  content.forEach((s, k) => { position[s] = content.length <= 1 ? 0 : k / (content.length - 1); });
  return { section, position, words };
}

/** The targets of a part in target order (actors, concepts, frames): entry t is what `mentionTarget` value t names. */
export function targetsOf(part: Pick<EmphasisProfile, "actors" | "concepts" | "frames">): { kind: MentionKind; key: string }[] {
  const out: { kind: MentionKind; key: string }[] = [];
  for (const key of part.actors) out.push({ kind: "actor", key });
  for (const key of part.concepts) out.push({ kind: "concept", key });
  for (const key of part.frames) out.push({ kind: "frame", key });
  return out;
}
