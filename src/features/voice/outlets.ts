import type { Warning } from "../../errors";
import { quoteStrings, UNRESOLVED } from "../../profile/voice";
import type { Profiled } from "../../profile/types";
import { quoteCounts } from "../../profile/voice-rules";
import { byOutlet, eventsOrAll } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { voiceOptions, voiceParams, type VoiceOptions, type VoiceParams } from "./options";

/** One outlet's voice profile (within one event, or pooled). */
export interface OutletVoiceRow {
  readonly event: string;
  readonly outlet: string;
  readonly articleIds: readonly string[];
  readonly articles: number;
  /** Quotes counted as voice (see `countsAsVoice`), and their words. */
  readonly quotes: number;
  readonly directQuotes: number;
  readonly indirectQuotes: number;
  readonly words: number;
  readonly directWords: number;
  readonly indirectWords: number;
  /** directWords / words; null when words = 0. */
  readonly directShare: number | null;
  /** Words of quotes with no speaker / words; null when words = 0. */
  readonly unresolvedShare: number | null;
  /** Distinct speakers other than `unresolved`. */
  readonly speakers: number;
  /** Scare quotes (top-level, any position), counted apart from voice whatever `includeScare` says. */
  readonly scareQuotes: number;
  readonly scareWords: number;
  /** Quotes whose closing mark is missing (all kinds). */
  readonly unclosedQuotes: number;
  /** Counted quotes by reporting-verb stance, and as shares of `quotes` (null when quotes = 0); the four shares sum to 1. */
  readonly neutral: number;
  readonly assertive: number;
  readonly distancing: number;
  readonly noVerb: number;
  readonly neutralShare: number | null;
  readonly assertiveShare: number | null;
  readonly distancingShare: number | null;
  readonly noVerbShare: number | null;
}

/**
 * Voice per outlet: how much it quotes, directly or in reported speech, how
 * much of it has no identifiable speaker, how many scare quotes it uses, and
 * the stance of its reporting verbs (neutral "said", assertive "stressed",
 * distancing "claimed"; see `REPORTING_VERBS`). Words pool over the outlet's
 * articles. An outlet with no counted quote keeps its row (counts 0, shares
 * null) and gets a warning.
 *
 * @example
 * voiceByOutlet(profiles).rows.find((r) => r.outlet === "src001")!.distancing; // quotes reported with claimed / accused
 */
export function voiceByOutlet(input: readonly Profiled<"voice">[], options: VoiceOptions = {}): FeatureResult<"voice-outlets", VoiceParams, OutletVoiceRow> {
  const profiles = inProfileOrder(input);
  const o = voiceOptions(options);
  const warnings: Warning[] = [];
  const params = voiceParams(profiles, o, warnings);
  const rows: OutletVoiceRow[] = [];
  const events = eventsOrAll(profiles, o.byEvent);
  for (const [event, inEvent] of events) {
    for (const [outlet, articles] of byOutlet(inEvent)) {
      let quotes = 0, dq = 0, iq = 0, words = 0, dw = 0, iw = 0, unresolved = 0, scare = 0, scareWords = 0, unclosed = 0;
      const st = { neutral: 0, assertive: 0, distancing: 0, none: 0 };
      const speakers = new Set<string>();
      for (const p of articles) {
        const q = p.voice.quotes;
        const t = quoteStrings(q);
        for (let i = 0; i < q.words.length; i++) {
          if (q.unclosed[i]) unclosed++;
          if (t.kind[i] === "scare" && q.parent[i] === -1) { scare++; scareWords += q.words[i]; }
          if (!quoteCounts(t.kind[i], q.parent[i], q.headline[i] === 1, o)) continue;
          quotes++; words += q.words[i];
          if (t.kind[i] === "indirect") { iq++; iw += q.words[i]; } else { dq++; dw += q.words[i]; }
          if (t.speaker[i] === UNRESOLVED) unresolved += q.words[i]; else speakers.add(t.speaker[i]);
          st[t.stance[i]]++;
        }
      }
      if (quotes === 0) warnings.push({ code: "no-quotes", message: `outlet "${outlet}"${o.byEvent ? ` (event "${event}")` : ""} has no quotes counted as voice; its shares are null.` });
      const share = (x: number, of: number) => (of > 0 ? x / of : null);
      rows.push({
        event, outlet, articleIds: articles.map((p) => p.id), articles: articles.length, quotes, directQuotes: dq, indirectQuotes: iq,
        words, directWords: dw, indirectWords: iw, directShare: share(dw, words), unresolvedShare: share(unresolved, words), speakers: speakers.size,
        scareQuotes: scare, scareWords, unclosedQuotes: unclosed,
        neutral: st.neutral, assertive: st.assertive, distancing: st.distancing, noVerb: st.none,
        neutralShare: share(st.neutral, quotes), assertiveShare: share(st.assertive, quotes), distancingShare: share(st.distancing, quotes), noVerbShare: share(st.none, quotes),
      });
    }
  }
  return featureResult("voice-outlets", params, rows, warnings);
}
