import type { Warning } from "../../errors";
import type { QuoteKind, QuotePattern, QuoteResolution, QuoteStance } from "../../quotes/types";
import type { QuotedArticle } from "../../quotes/quote-article";
import { eventOf } from "../groups";
import { featureResult, type FeatureResult } from "../result";
import { countsAsVoice, voiceOptions, type VoiceOptions } from "../../profile/voice-rules";
import { voiceParams, type VoiceParams } from "./options";
import { excerpt } from "../../truncate";

export { countsAsVoice } from "../../profile/voice-rules";

/** One quote, for export. */
export interface QuoteRow {
  readonly outlet: string;
  readonly event: string;
  readonly articleId: string;
  /** Row of the quote in the article's `quotes` columns. */
  readonly quoteIndex: number;
  readonly kind: QuoteKind;
  readonly speaker: string;
  readonly speakerResolved: boolean;
  readonly resolution: QuoteResolution;
  /** The attribution's words as written ("he", "the top Ukrainian diplomat"). */
  readonly phrase: string;
  readonly verb: string;
  readonly stance: QuoteStance;
  readonly pattern: QuotePattern;
  readonly via: string;
  readonly words: number;
  readonly unclosed: boolean;
  readonly depth: number;
  readonly headline: boolean;
  /** Counted in the voice tallies under these options (see `countsAsVoice`). */
  readonly counted: boolean;
  readonly start: number;
  readonly end: number;
  /** The quoted text (white space collapsed), cut at `excerptLength` characters with "…". */
  readonly excerpt: string;
}

/**
 * Every quote of every article, one row each (scare and nested quotes
 * included, flagged by `kind`, `depth` and `counted`), in input order then text
 * order: the table to export, read and check by hand. Warns once per article
 * with unclosed quote marks.
 *
 * @example
 * quoteTable(parsed).rows.filter((r) => r.outlet === "tass" && r.counted);
 */
export function quoteTable(parsed: readonly QuotedArticle[], options: VoiceOptions = {}): FeatureResult<"quote-table", VoiceParams, QuoteRow> {
  const o = voiceOptions(options);
  const warnings: Warning[] = [];
  const params = voiceParams(parsed, o, warnings);
  const rows: QuoteRow[] = [];
  for (const p of parsed) {
    const q = p.quotes;
    let unclosed = 0;
    for (let i = 0; i < q.kind.length; i++) {
      if (q.unclosed[i]) unclosed++;
      const text = p.text.slice(q.start[i], q.end[i]).replace(/\s+/gu, " ").trim();
      rows.push({
        outlet: p.outlet, event: eventOf(p), articleId: p.id, quoteIndex: i, kind: q.kind[i], speaker: q.speaker[i], speakerResolved: q.speakerResolved[i],
        resolution: q.resolution[i], phrase: q.phrase[i], verb: q.verb[i], stance: q.stance[i], pattern: q.pattern[i], via: q.via[i], words: q.words[i],
        unclosed: q.unclosed[i], depth: q.depth[i], headline: Boolean(p.sentences.headline[q.sentenceStart[i]]), counted: countsAsVoice(p, i, o),
        start: q.start[i], end: q.end[i], excerpt: excerpt(text, o.excerptLength),
      });
    }
    if (unclosed > 0) warnings.push({ code: "unclosed-quote", articleId: p.id, message: `article "${p.id}" has ${unclosed} quote mark${unclosed > 1 ? "s" : ""} never closed; each such quote stops at the end of its paragraph.`, hint: "check the source text for a missing closing mark." });
  }
  return featureResult("quote-table", params, rows, warnings);
}
