import { foldWithMap, fold } from "./fold";
import type { Lexicon, LexiconSection } from "./types";
import { lexiconPatterns, type PatternRef } from "./validate";

/** One lexicon hit in a text, with character offsets into that text. */
export interface LexiconHit {
  readonly section: LexiconSection;
  readonly key: string;
  readonly label: string;
  /** The lexicon pattern that matched, as written in the lexicon. */
  readonly pattern: string;
  readonly start: number;
  readonly end: number;
}

interface SectionMatcher {
  readonly section: LexiconSection;
  readonly regex: RegExp;
  readonly refs: readonly PatternRef[];
}

/** A lexicon compiled for matching; build once, use for every article. */
export interface LexiconMatcher {
  readonly sections: readonly SectionMatcher[];
}

const WORD = "[\\p{L}\\p{N}]";

function patternSource(folded: string): string {
  const wildcard = folded.endsWith("*");
  const body = (wildcard ? folded.slice(0, -1) : folded)
    .split(" ")
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return body + (wildcard ? `${WORD}*` : "");
}

/**
 * Compiles the lexicon: per section, one alternation ordered longest pattern
 * first (exact before wildcard at equal length), so the longest match wins
 * within a section, while sections match independently of each other.
 */
export function compileLexicon(lexicon: Lexicon): LexiconMatcher {
  const bySection = new Map<LexiconSection, PatternRef[]>([["actors", []], ["concepts", []], ["frames", []]]);
  for (const ref of lexiconPatterns(lexicon)) bySection.get(ref.section)!.push(ref);
  const sections: SectionMatcher[] = [];
  for (const [section, refs] of bySection) {
    if (refs.length === 0) continue;
    const ordered = refs
      .map((ref, i) => ({ ref, folded: fold(ref.pattern), i }))
      .sort((a, b) => {
        const la = a.folded.replace(/\*$/, "").length, lb = b.folded.replace(/\*$/, "").length;
        if (la !== lb) return lb - la;
        const wa = a.folded.endsWith("*") ? 1 : 0, wb = b.folded.endsWith("*") ? 1 : 0;
        return wa - wb || a.i - b.i;
      });
    const source = ordered.map((o) => `(${patternSource(o.folded)})`).join("|");
    sections.push({
      section,
      regex: new RegExp(`(?<!${WORD})(?:${source})(?!${WORD})`, "gu"),
      refs: ordered.map((o) => o.ref),
    });
  }
  return { sections };
}

/**
 * Finds every lexicon hit in `text`: case- and diacritic-insensitive, on word
 * boundaries (so "Lavrov's" is a hit for "Lavrov"), across line breaks inside a
 * multi-word pattern. Sorted by start, then section order.
 */
export function findLexiconHits(text: string, matcher: LexiconMatcher): LexiconHit[] {
  const { folded, origin } = foldWithMap(text);
  const hits: LexiconHit[] = [];
  for (const { section, regex, refs } of matcher.sections) {
    regex.lastIndex = 0;
    for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
      let g = 1;
      while (m[g] === undefined) g++;
      const ref = refs[g - 1];
      const start = origin[m.index];
      const end = origin[m.index + m[0].length - 1] + 1;
      hits.push({ section, key: ref.key, label: ref.label, pattern: ref.pattern, start, end: adjustEnd(text, end) });
    }
  }
  const order: Record<LexiconSection, number> = { actors: 0, concepts: 1, frames: 2 };
  return hits.sort((a, b) => a.start - b.start || order[a.section] - order[b.section] || a.end - b.end);
}

/** Extends an end offset past a surrogate pair's second half. */
function adjustEnd(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end + 1 : end;
}
