/** Every default of the emphasis family, in one place. */
export const DEFAULTS = Object.freeze({
  /** Content sentences after the headline that make up the lead. */
  leadSentences: 3,
  /** Word tokens a sentence needs to be content; shorter ones outside the headline are page furniture. */
  minWords: 3,
});

export interface SectionOptions {
  /** The lead is the first `leadSentences` content sentences after the headline. Defaults to *3*. */
  leadSentences?: number;
  /**
   * A content sentence has at least this many word tokens; shorter ones (a
   * dateline "20220310", a URL, "All news", "/TASS/.") are page furniture and
   * belong to no section. Defaults to *3*.
   */
  minWords?: number;
}

/** The section defaults (every emphasis default is a section option). */
export const SECTION_DEFAULTS: Readonly<Required<SectionOptions>> = DEFAULTS;

/** Fills in defaults and checks values, with a message naming the option. */
export function sectionOptions(options: SectionOptions = {}): Required<SectionOptions> {
  const o = { ...SECTION_DEFAULTS, ...options };
  if (!Number.isInteger(o.leadSentences) || o.leadSentences < 0) throw new Error(`invalid leadSentences: ${o.leadSentences} (use a whole number ≥ 0)`);
  if (!Number.isInteger(o.minWords) || o.minWords < 0) throw new Error(`invalid minWords: ${o.minWords} (use a whole number ≥ 0)`);
  return o;
}
