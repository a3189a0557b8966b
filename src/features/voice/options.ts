import type { Warning } from "../../errors";
import type { ResolvedQuoteOptions } from "../../quotes/options";
import type { QuotedArticle } from "../../quotes/quote-article";
import type { LexiconRef } from "../result";
import type { ResolvedVoiceOptions } from "../../profile/voice-rules";

// Moved to the profile stage (the map applies them; profile may not import features); re-exported here for the old importers.
export { VOICE_DEFAULTS, voiceOptions, type ResolvedVoiceOptions, type VoiceOptions } from "../../profile/voice-rules";

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
