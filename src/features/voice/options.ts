import type { Warning } from "../../errors";
import type { LexiconRef } from "../result";
import type { Profiled } from "../../profile/types";
import type { VoiceProfile } from "../../profile/voice";
import { VOICE_DEFAULTS, voiceOptions, type ResolvedVoiceOptions, type VoiceOptions } from "../../profile/voice-rules";

/** The quote stage's resolved options, as the voice part records them (`VoiceProfile.quoteOptions`). */
interface ResolvedQuoteOptions { readonly minQuoteWords: number; readonly personActors: readonly string[] | null; readonly reportingVerbs: Readonly<Record<string, string>> }

// The options live in the profile stage (the map applies them; profile may not import features); re-exported here for the family's importers.
export { VOICE_DEFAULTS, voiceOptions, type ResolvedVoiceOptions, type VoiceOptions } from "../../profile/voice-rules";

/** Every default of the voice family, documented field by field at `VOICE_DEFAULTS` (src/profile/voice-rules.ts), where the map reads them. */
export const DEFAULTS = VOICE_DEFAULTS;

/** What a voice result was made with: its options, the lexicon and the quote extractor's settings (`QuotedArticle.options.quotes`). */
export interface VoiceParams extends ResolvedVoiceOptions {
  /** The lexicon the articles were parsed with; null without one. */
  readonly lexicon: LexiconRef | null;
  /** `minQuoteWords` and `personActors` of the quotes stage, and the reporting verbs by stance; null for no articles. */
  readonly extraction: { readonly minQuoteWords: number; readonly personActors: readonly string[] | null; readonly reportingVerbs: Readonly<Record<string, string>> } | null;
}

/** Params of a voice result; warns when the articles were parsed with different lexicons or quote settings. */
export function voiceParams(profiles: readonly Profiled<"voice">[], o: ResolvedVoiceOptions, warnings: Warning[]): VoiceParams {
  const first = profiles[0]?.voice;
  const lex = (v: VoiceProfile) => (v.lexicon ? `${v.lexicon.name}@${v.lexicon.version}#${v.lexicon.hash}` : "");
  if (profiles.some((p) => lex(p.voice) !== lex(first))) {
    warnings.push({ code: "mixed-lexicons", message: "the articles were parsed with different lexicons, so their speakers may not be named alike.", hint: "parse every article with the same lexicon." });
  }
  if (profiles.some((p) => p.voice.quoteOptions !== first.quoteOptions)) {
    warnings.push({ code: "mixed-quote-options", message: "the articles were parsed with different quote options; params.extraction shows the first article's.", hint: "parse every article with the same quotes options." });
  }
  const e = first ? (JSON.parse(first.quoteOptions) as ResolvedQuoteOptions) : null;
  return {
    ...o,
    lexicon: first?.lexicon ? { name: first.lexicon.name, version: first.lexicon.version, hash: first.lexicon.hash } : null,
    extraction: e ? { minQuoteWords: e.minQuoteWords, personActors: e.personActors, reportingVerbs: e.reportingVerbs } : null,
  };
}

/**
 * Options of `quoteTable`: as `voiceOptions`, except that `excerptLength`
 * must be the one the profiles cut their excerpts at (they keep no other
 * text), and defaults to it. Throws when the profiles disagree or the option
 * asks for another length.
 */
export function quoteTableOptions(profiles: readonly Profiled<"voice">[], options: VoiceOptions = {}): ResolvedVoiceOptions {
  const kept = profiles.length > 0 ? profiles[0].voice.excerptLength : undefined;
  const other = profiles.find((p) => p.voice.excerptLength !== kept);
  if (other) throw new Error(`article "${other.id}" was profiled with voice.excerptLength ${other.voice.excerptLength}, article "${profiles[0].id}" with ${String(kept)}; profile every article with the same voice.excerptLength`);
  const o = voiceOptions(options.excerptLength === undefined && kept !== undefined ? { ...options, excerptLength: kept } : options);
  if (kept !== undefined && o.excerptLength !== kept) throw new Error(`invalid excerptLength: ${o.excerptLength} (the profiles keep excerpts of ${kept} characters; profile with options.voice.excerptLength = ${o.excerptLength}, or leave excerptLength out)`);
  return o;
}
