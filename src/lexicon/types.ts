/**
 * A lexicon names what framediff looks for in a text. YAML shape:
 *
 * ```yaml
 * name: antalya-2022-03-10
 * version: 1
 * actors:                 # canonical name -> surface variants
 *   Sergey Lavrov: [Sergey Lavrov, Sergei Lavrov, Lavrov]
 * concepts:               # one referent -> the competing labels outlets use
 *   conflict:
 *     description: What outlets call Russia's military action in Ukraine
 *     labels:
 *       invasion: [invasion, invade*]
 *       special military operation: [special military operation]
 * frames:                 # frame -> cue terms
 *   humanitarian: [humanitarian, civilian*, corridor*]
 * ```
 *
 * Patterns are matched on token boundaries, case- and diacritic-insensitively,
 * over several tokens where the pattern has several words; a possessive
 * ("Lavrov's") matches its stem. A trailing `*` on the last word matches any
 * word that starts with it (`invad*` → invade, invaded, invading).
 */
export type LexiconSection = "actors" | "concepts" | "frames";

export interface ActorEntry {
  /** Canonical name, e.g. `Sergey Lavrov`. */
  readonly name: string;
  readonly variants: readonly string[];
  /** Line in the lexicon file, where read from one. */
  readonly line?: number;
}

export interface ConceptEntry {
  /** Concept id, e.g. `conflict`. */
  readonly id: string;
  readonly description?: string;
  /** Label name -> its surface patterns, in file order. */
  readonly labels: readonly { readonly label: string; readonly variants: readonly string[]; readonly line?: number }[];
  readonly line?: number;
}

export interface FrameEntry {
  readonly id: string;
  readonly description?: string;
  readonly cues: readonly string[];
  readonly line?: number;
}

export interface Lexicon {
  readonly name: string;
  readonly version: string;
  /** File it was read from, when it was. */
  readonly file?: string;
  /** sha256 of the file's bytes (or of the canonical JSON when built in code). */
  readonly hash: string;
  readonly actors: readonly ActorEntry[];
  readonly concepts: readonly ConceptEntry[];
  readonly frames: readonly FrameEntry[];
}
