import { vocabularyOf, type TerminologyProfile } from "./terminology";

/**
 * The voices a concept label is counted in, in the order of
 * `LabelTable.voice`: the outlet's own words, inside a direct quote (the
 * speaker's words), inside scare quotes (words the outlet distances itself
 * from). See `labelUses` for how a use is assigned.
 */
export const LABEL_VOICES = Object.freeze(["own", "direct", "scare"] as const);

/** One of {@link LABEL_VOICES}. */
export type LabelVoice = (typeof LABEL_VOICES)[number];

/** One (concept, label) of an article with its count in each voice (`counts[k]` is the count in `LABEL_VOICES[k]`). */
export interface VoicedLabel {
  readonly concept: string;
  readonly label: string;
  readonly counts: readonly [own: number, direct: number, scare: number];
}

/**
 * An article's concept-label uses decoded from its terminology part, one
 * entry per (concept, label) the article uses, in the part's order (concept,
 * then label, code units).
 *
 * @example
 * voicedLabels(profile.terminology)[0]; // => { concept: "conflict", label: "war", counts: [2, 0, 1] }
 */
export function voicedLabels(t: Pick<TerminologyProfile, "words" | "wide" | "wordLength" | "labels">): VoicedLabel[] {
  const m = t.labels;
  if (m.concept.length === 0) return [];
  const words = vocabularyOf(t);
  return Array.from(m.concept, (c, i) => ({ concept: words[c], label: words[m.label[i]], counts: [m.voice[3 * i], m.voice[3 * i + 1], m.voice[3 * i + 2]] as const }));
}

/** Checks a voice option at run time: the voice, or a one-line error naming the option and the allowed values. */
export function labelVoiceOption(name: string, value: unknown): LabelVoice {
  if (typeof value === "string" && (LABEL_VOICES as readonly string[]).includes(value)) return value as LabelVoice;
  throw new Error(`invalid ${name}: ${String(value)} (use ${LABEL_VOICES.map((v) => `"${v}"`).join(", ")})`);
}

