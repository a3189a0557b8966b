import { COVERAGE_ENTRIES } from "./catalogue-coverage";
import { DIVERGENCE_ENTRIES } from "./catalogue-divergence";
import { EMPHASIS_ENTRIES } from "./catalogue-emphasis";
import { SENTIMENT_ENTRIES } from "./catalogue-sentiment";
import { TERMINOLOGY_ENTRIES } from "./catalogue-terminology";
import { TIME_ENTRIES } from "./catalogue-time";
import type { CatalogueEntry, SectionId } from "./catalogue-types";
import { VOICE_ENTRIES } from "./catalogue-voice";

export type { AnyResult, CatalogueContext, CatalogueEntry, ChartEntry, ReportTable, SectionId, SkipRule } from "./catalogue-types";
export { skipReason } from "./catalogue-types";

/**
 * Every result kind framediff writes, one entry each, in the order of the
 * comparison (the order of the tables and of their warnings): terminology,
 * sentiment, emphasis, voice, coverage, divergence, time. Tables (`tablesOf`),
 * charts (`chartComparison`) and report sections (`analysisSections`) are
 * all derived from it; a new result kind is a new entry in its family's
 * `catalogue-<family>.ts`.
 *
 * @example
 * CATALOGUE.map((e) => e.table).includes("sentiment-outlets"); // => true
 */
export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze([
  ...TERMINOLOGY_ENTRIES,
  ...SENTIMENT_ENTRIES,
  ...EMPHASIS_ENTRIES,
  ...VOICE_ENTRIES,
  ...COVERAGE_ENTRIES,
  ...DIVERGENCE_ENTRIES,
  ...TIME_ENTRIES,
]);

/** A report section: the question it answers and how to read it. Its charts and tables come from the entries that name it. */
export interface SectionInfo {
  readonly id: SectionId;
  readonly title: string;
  /** Plain text: what the measure is and how to read it. */
  readonly intro: string;
}

/** The report's sections, in reading order. */
export const SECTIONS: readonly SectionInfo[] = Object.freeze([
  {
    id: "sentiment", title: "Sentiment",
    intro: "Mean wink-nlp sentence sentiment per outlet with 95% bootstrap intervals (articles resampled; sentences within them too below 30 articles), the tone of the sentences naming each actor, and how tone moves from the lead to the end of the article.",
  },
  {
    id: "terminology", title: "Terminology",
    intro: "What each outlet calls the same thing (shares of the lexicon's competing labels per concept), and the terms that set each outlet apart from the rest: Monroe, Colaresi & Quinn (2008) log-odds with an informative Dirichlet prior, as z-scores.",
  },
  {
    id: "emphasis", title: "Emphasis",
    intro: "Which frames each outlet's sentences carry (lexicon cue terms), where the most-named actor first appears (headline, lead or body), and how prominent each actor is.",
  },
  {
    id: "time", title: "Attention over time",
    intro: "How often each outlet's articles mention the most-mentioned actors, concepts, frames and labels, period by period: mentions per article by day, ISO week (Monday to Sunday) or month, whichever suits the span of the dates. A gap in a line is a period in which the outlet published nothing; undated articles are left out (the warnings say how many).",
  },
  {
    id: "voice", title: "Voice",
    intro: "Who is quoted, and how much: shares of quoted words by speaker (direct quotes and reported speech), and the stance of the reporting verbs.",
  },
  {
    id: "coverage", title: "Coverage",
    intro: "Which claims each outlet reports: sentences aligned across outlets by BM25 similarity into claims, and the claims most other outlets carry that an outlet omits.",
  },
  {
    id: "divergence", title: "Divergence",
    intro: "How far apart each pair of outlets is on each family, with permutation p-values where every outlet has enough articles, and a 2-D map (classical MDS) of the combined divergence.",
  },
].map((s) => Object.freeze(s as SectionInfo)));

/**
 * What a run without a lexicon skips, one phrase per entry that needs one,
 * in catalogue order (analyze's "No lexicon: skipped …").
 *
 * @example
 * skippedWithoutLexicon()[0]; // => "label choice"
 */
export function skippedWithoutLexicon(): string[] {
  const out: string[] = [];
  for (const e of CATALOGUE) if (e.skip.withoutLexicon !== undefined) out.push(e.skip.withoutLexicon);
  return out;
}
