import type { Warning } from "../../errors";
import type { QuoteKind, QuotePattern, QuoteResolution, QuoteStance } from "../../profile/voice";
import { quoteStrings } from "../../profile/voice";
import { eventOf } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import type { Profiled } from "../../profile/types";
import { unpackText } from "../../profile/coverage-pack";
import { quoteCounts, type VoiceOptions } from "../../profile/voice-rules";
import { quoteTableOptions, voiceParams, type VoiceParams } from "./options";


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
 * included, flagged by `kind`, `depth` and `counted`), in id order then text
 * order: the table to export, read and check by hand. Warns once per article
 * with unclosed quote marks.
 *
 * @example
 * quoteTable(profiles).rows.filter((r) => r.outlet === "tass" && r.counted);
 */
export function quoteTable(input: readonly Profiled<"voice">[], options: VoiceOptions = {}): FeatureResult<"quote-table", VoiceParams, QuoteRow> {
  const profiles = inProfileOrder(input);
  const o = quoteTableOptions(profiles, options);
  const warnings: Warning[] = [];
  const params = voiceParams(profiles, o, warnings);
  const rows: QuoteRow[] = [];
  for (const p of profiles) {
    const q = p.voice.quotes;
    const t = quoteStrings(q);
    const excerpts = unpackText(q.excerpts);
    let unclosed = 0;
    for (let i = 0; i < q.kind.length; i++) {
      if (q.unclosed[i]) unclosed++;
      const headline = q.headline[i] === 1;
      rows.push({
        outlet: p.outlet, event: eventOf(p), articleId: p.id, quoteIndex: i, kind: t.kind[i], speaker: t.speaker[i], speakerResolved: q.speakerResolved[i] === 1,
        resolution: t.resolution[i], phrase: t.phrase[i], verb: t.verb[i], stance: t.stance[i], pattern: t.pattern[i], via: t.via[i], words: q.words[i],
        unclosed: q.unclosed[i] === 1, depth: q.depth[i], headline, counted: quoteCounts(t.kind[i], q.parent[i], headline, o),
        start: q.start[i], end: q.end[i], excerpt: excerpts.slice(i > 0 ? q.excerptEnd[i - 1] : 0, q.excerptEnd[i]),
      });
    }
    if (unclosed > 0) warnings.push({ code: "unclosed-quote", articleId: p.id, message: `article "${p.id}" has ${unclosed} quote mark${unclosed > 1 ? "s" : ""} never closed; each such quote stops at the end of its paragraph.`, hint: "check the source text for a missing closing mark." });
  }
  return featureResult("quote-table", params, rows, warnings);
}
