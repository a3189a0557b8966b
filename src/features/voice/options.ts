import type { Warning } from "../../errors";
import type { ResolvedQuoteOptions } from "../../quotes/options";
import type { QuotedArticle } from "../../quotes/quote-article";
import type { LexiconRef } from "../result";

/** Options of the voice features. */
export interface VoiceOptions {
  /**
   * Count scare quotes as voice. Defaults to *false*: a short quoted label
   * ("special military operation", "Azov") is the outlet's framing of a term,
   * not someone given a say; scare quotes are counted apart (`scareQuotes`).
   */
  includeScare?: boolean;
  /** Count quotes in headline sentences. Defaults to *true* (a headline quote is the most prominent voice an outlet gives). */
  includeHeadline?: boolean;
  /**
   * Tally within each event (rows carry the article's `event`) instead of over
   * the whole corpus. Defaults to *false*: rows carry the event `"(all)"`.
   */
  byEvent?: boolean;
  /** Characters of quoted text kept in the per-quote table's `excerpt`. Defaults to *160*. */
  excerptLength?: number;
}

export type ResolvedVoiceOptions = Required<VoiceOptions>;

export const VOICE_DEFAULTS: ResolvedVoiceOptions = Object.freeze({ includeScare: false, includeHeadline: true, byEvent: false, excerptLength: 160 });

/** Fills in defaults and checks values, with a message naming the option. */
export function voiceOptions(options: VoiceOptions = {}): ResolvedVoiceOptions {
  const o = { ...VOICE_DEFAULTS, ...options };
  for (const k of ["includeScare", "includeHeadline", "byEvent"] as const) {
    if (typeof o[k] !== "boolean") throw new Error(`invalid ${k}: ${String(o[k])} (use true or false)`);
  }
  if (!Number.isInteger(o.excerptLength) || o.excerptLength < 1) throw new Error(`invalid excerptLength: ${o.excerptLength} (use a whole number ≥ 1)`);
  return o;
}

/** What a voice result was made with: its options, the lexicon and the quote extractor's settings (`QuotedArticle.options.quotes`). */
export interface VoiceParams extends ResolvedVoiceOptions {
  /** The lexicon the articles were parsed with; null without one. */
  readonly lexicon: LexiconRef | null;
  /** `minQuoteWords` and `personActors` of the quotes stage, and the reporting verbs by stance; null for no articles. */
  readonly extraction: { readonly minQuoteWords: number; readonly personActors: readonly string[] | null; readonly reportingVerbs: Readonly<Record<string, string>> } | null;
}

/** Params of a voice result; warns when the articles were parsed with different lexicons or quote settings. */
export function voiceParams(parsed: readonly QuotedArticle[], o: ResolvedVoiceOptions, warnings: Warning[]): VoiceParams {
  const first = parsed[0];
  const lex = (p: QuotedArticle) => (p.lexicon ? `${p.lexicon.name}@${p.lexicon.version}#${p.lexicon.hash}` : "");
  const ext = (p: QuotedArticle): ResolvedQuoteOptions => p.options.quotes;
  if (parsed.some((p) => lex(p) !== lex(first))) {
    warnings.push({ code: "mixed-lexicons", message: "the articles were parsed with different lexicons, so their speakers may not be named alike.", hint: "parse every article with the same lexicon." });
  }
  if (parsed.some((p) => JSON.stringify(ext(p)) !== JSON.stringify(ext(first)))) {
    warnings.push({ code: "mixed-quote-options", message: "the articles were parsed with different quote options; params.extraction shows the first article's.", hint: "parse every article with the same quotes options." });
  }
  const e = first ? ext(first) : null;
  return {
    ...o,
    lexicon: first?.lexicon ? { name: first.lexicon.name, version: first.lexicon.version, hash: first.lexicon.hash } : null,
    extraction: e ? { minQuoteWords: e.minQuoteWords, personActors: e.personActors, reportingVerbs: e.reportingVerbs } : null,
  };
}
