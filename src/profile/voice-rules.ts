import type { QuotedArticle } from "../quotes/quote-article";
import type { QuoteKind } from "../quotes/types";

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

/**
 * Every default of the voice family (`DEFAULTS` of features/voice/options.ts).
 * It lives with the rules, not in features/voice/, because the map applies
 * them and profile may not import features.
 */
export const VOICE_DEFAULTS: ResolvedVoiceOptions = Object.freeze({
  /** Scare quotes are the outlet's framing of a term, not a voice. */
  includeScare: false,
  /** A headline quote is the most prominent voice an outlet gives. */
  includeHeadline: true,
  /** Tally over the whole corpus; rows carry the event "(all)". */
  byEvent: false,
  /** Characters of quoted text the map keeps per quote, shown as the quote table's excerpt. */
  excerptLength: 160,
});

/** Fills in defaults and checks values, with a message naming the option. */
export function voiceOptions(options: VoiceOptions = {}): ResolvedVoiceOptions {
  const o = { ...VOICE_DEFAULTS, ...options };
  for (const k of ["includeScare", "includeHeadline", "byEvent"] as const) {
    if (typeof o[k] !== "boolean") throw new Error(`invalid ${k}: ${String(o[k])} (use true or false)`);
  }
  if (!Number.isInteger(o.excerptLength) || o.excerptLength < 1) throw new Error(`invalid excerptLength: ${o.excerptLength} (use a whole number ≥ 1)`);
  return o;
}

/**
 * Whether quote i of an article counts as voice: a top-level quote (a nested
 * quote's words are in its parent's), not a scare quote (unless
 * `includeScare`), and not in the headline when `includeHeadline` is false.
 */
export function countsAsVoice(p: QuotedArticle, i: number, o: ResolvedVoiceOptions): boolean {
  const q = p.quotes;
  return quoteCounts(q.kind[i], q.parent[i], Boolean(p.sentences.headline[q.sentenceStart[i]]), o);
}

/** The rule of `countsAsVoice` on a quote's facts (its kind, its parent's row or -1, whether it starts in the headline), for the reduce, which holds profiles. */
export function quoteCounts(kind: QuoteKind, parent: number, headline: boolean, o: ResolvedVoiceOptions): boolean {
  if (parent !== -1) return false;
  if (kind === "scare" && !o.includeScare) return false;
  if (!o.includeHeadline && headline) return false;
  return true;
}
