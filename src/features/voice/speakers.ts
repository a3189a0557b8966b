import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { quoteStrings } from "../../profile/voice";
import { quoteCounts } from "../../profile/voice-rules";
import { byOutlet, eventsOrAll } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { voiceOptions, voiceParams, type VoiceOptions, type VoiceParams } from "./options";
import { compareCodeUnits } from "../../util/compare";

/** One speaker's voice in one outlet (within one event, or pooled). */
export interface SpeakerVoiceRow {
  readonly event: string;
  readonly outlet: string;
  /** Canonical actor, raw source phrase, or `unresolved` (always its own row, never dropped). */
  readonly speaker: string;
  readonly speakerResolved: boolean;
  /** The outlet's articles in which this speaker has a counted quote (id order). */
  readonly articleIds: readonly string[];
  readonly quotes: number;
  readonly directQuotes: number;
  readonly indirectQuotes: number;
  readonly words: number;
  readonly directWords: number;
  readonly indirectWords: number;
  /** words / the outlet's counted quoted words. */
  readonly share: number;
  /** directWords / the outlet's direct words; null when the outlet has none. */
  readonly directShare: number | null;
  /** indirectWords / the outlet's indirect words; null when the outlet has none. */
  readonly indirectShare: number | null;
  /** quotes / the outlet's counted quotes. */
  readonly quoteShare: number;
  /** This speaker's quotes by the stance of their reporting verb (`none`: no verb, e.g. a continuation of a colon lead-in). */
  readonly neutral: number;
  readonly assertive: number;
  readonly distancing: number;
  readonly noVerb: number;
}

/**
 * Voice per speaker: for each outlet, each speaker's quotes and quoted words,
 * direct and indirect, with shares of the outlet's totals. Words pool over the
 * outlet's articles, so each quoted word weighs the same (a long article weighs
 * more than a short one). Direct and indirect words never overlap (see
 * `QuoteColumns.words`), so words = directWords + indirectWords. Scare and
 * nested quotes are left out (see `countsAsVoice`); `unresolved` is a speaker
 * row like any other, so shares over all speakers sum to 1.
 *
 * An outlet with no counted quote has no rows, and a warning says so.
 * Rows: events sorted, outlets sorted, speakers by words (descending), then name.
 *
 * @example
 * voiceBySpeaker(profiles).rows.filter((r) => r.outlet === "tass");
 * // [{speaker: "Sergey Lavrov", share: 0.64, …}, {speaker: "Dmytro Kuleba", …}, …]
 */
export function voiceBySpeaker(input: readonly Profiled<"voice">[], options: VoiceOptions = {}): FeatureResult<"voice-speakers", VoiceParams, SpeakerVoiceRow> {
  const profiles = inProfileOrder(input);
  const o = voiceOptions(options);
  const warnings: Warning[] = [];
  const params = voiceParams(profiles, o, warnings);
  const rows: SpeakerVoiceRow[] = [];
  const events = eventsOrAll(profiles, o.byEvent);
  for (const [event, inEvent] of events) {
    for (const [outlet, articles] of byOutlet(inEvent)) {
      type Acc = { resolved: boolean; ids: string[]; quotes: number; dq: number; iq: number; words: number; dw: number; iw: number; neutral: number; assertive: number; distancing: number; noVerb: number };
      const acc = new Map<string, Acc>();
      let quotes = 0, words = 0, dw = 0, iw = 0;
      for (const p of articles) {
        const q = p.voice.quotes;
        const t = quoteStrings(q);
        for (let i = 0; i < q.words.length; i++) {
          if (!quoteCounts(t.kind[i], q.parent[i], q.headline[i] === 1, o)) continue;
          let a = acc.get(t.speaker[i]);
          if (!a) { a = { resolved: q.speakerResolved[i] === 1, ids: [], quotes: 0, dq: 0, iq: 0, words: 0, dw: 0, iw: 0, neutral: 0, assertive: 0, distancing: 0, noVerb: 0 }; acc.set(t.speaker[i], a); }
          if (!a.ids.includes(p.id)) a.ids.push(p.id);
          const direct = t.kind[i] !== "indirect";
          a.quotes++; a.words += q.words[i];
          if (direct) { a.dq++; a.dw += q.words[i]; dw += q.words[i]; } else { a.iq++; a.iw += q.words[i]; iw += q.words[i]; }
          const st = t.stance[i];
          if (st === "none") a.noVerb++; else a[st]++;
          quotes++; words += q.words[i];
        }
      }
      if (quotes === 0) {
        warnings.push({ code: "no-quotes", message: `outlet "${outlet}"${o.byEvent ? ` (event "${event}")` : ""} has no quotes counted as voice; it has no speaker rows.` });
        continue;
      }
      const list = [...acc.entries()].sort(([a, x], [b, y]) => y.words - x.words || compareCodeUnits(a, b));
      for (const [speaker, a] of list) {
        rows.push({
          event, outlet, speaker, speakerResolved: a.resolved, articleIds: a.ids, quotes: a.quotes, directQuotes: a.dq, indirectQuotes: a.iq,
          words: a.words, directWords: a.dw, indirectWords: a.iw, share: words > 0 ? a.words / words : 0,
          directShare: dw > 0 ? a.dw / dw : null, indirectShare: iw > 0 ? a.iw / iw : null, quoteShare: a.quotes / quotes,
          neutral: a.neutral, assertive: a.assertive, distancing: a.distancing, noVerb: a.noVerb,
        });
      }
    }
  }
  return featureResult("voice-speakers", params, rows, warnings);
}
