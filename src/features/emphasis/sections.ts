import type { ParsedArticle } from "../../parse/types";

export type Section = "headline" | "lead" | "body";

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

export const SECTION_DEFAULTS: Readonly<Required<SectionOptions>> = Object.freeze({ leadSentences: 3, minWords: 3 });

export function sectionOptions(options: SectionOptions = {}): Required<SectionOptions> {
  const o = { ...SECTION_DEFAULTS, ...options };
  if (!Number.isInteger(o.leadSentences) || o.leadSentences < 0) throw new Error(`invalid leadSentences: ${o.leadSentences} (use a whole number ≥ 0)`);
  if (!Number.isInteger(o.minWords) || o.minWords < 0) throw new Error(`invalid minWords: ${o.minWords} (use a whole number ≥ 0)`);
  return o;
}

/** Word tokens (not punctuation, numbers or URLs) per sentence. */
export function wordsPerSentence(p: ParsedArticle): number[] {
  const n = new Array<number>(p.sentences.text.length).fill(0);
  p.tokens.type.forEach((t, i) => { if (t === "word") n[p.tokens.sentence[i]]++; });
  return n;
}

/**
 * The section of every sentence: `headline` for sentences overlapping the
 * title, then `lead` for the first content sentences, `body` for the rest;
 * null for page furniture (fewer than `minWords` words, outside the headline).
 * `position` is the relative place of each content body/lead sentence among
 * them, 0 = first, 1 = last (null for headline and furniture).
 */
export function sentenceSections(p: ParsedArticle, options: SectionOptions = {}): { section: (Section | null)[]; position: (number | null)[]; words: number[] } {
  const o = sectionOptions(options);
  const words = wordsPerSentence(p);
  const section: (Section | null)[] = [];
  const content: number[] = [];
  p.sentences.headline.forEach((h, i) => {
    if (h) { section.push("headline"); return; }
    if (words[i] < o.minWords) { section.push(null); return; }
    section.push(content.length < o.leadSentences ? "lead" : "body");
    content.push(i);
  });
  const position: (number | null)[] = section.map(() => null);
  content.forEach((s, k) => { position[s] = content.length <= 1 ? 0 : k / (content.length - 1); });
  return { section, position, words };
}
