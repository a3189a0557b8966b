import { directAttribution, type Attribution } from "./attribution";
import { countWords, quoteContext, type QuoteContext, type QuoteInput } from "./context";
import { continuations } from "./continuation";
import { findIndirect, type IndirectSpan } from "./indirect";
import { findQuoteMarks } from "./marks";
import { quoteOptions, type QuoteOptions } from "./options";
import { NO_SPEAKER, SpeakerResolver, type ResolvedSpeaker } from "./resolve";
import { columns, type Row } from "./rows";
import type { SpeakerPhrase } from "./speaker";
import type { QuoteColumns, QuotePattern } from "./types";

/**
 * Quotes of one parsed article: direct quotes from the quote marks (see
 * `findQuoteMarks`), indirect speech (see `findIndirect`), each with its
 * speaker, reporting verb and stance, span and word count. Reads only the
 * parse's text, tokens, sentences and actor mentions.
 *
 * A direct quote takes its speaker, in this order, from: the attribution next
 * to it (`directAttribution`); the reported clause it sits in (`Kuleba said
 * they "agreed …"`, pattern `within`); a continuation — the previous direct
 * quote or reported clause of the same paragraph when only white space and
 * punctuation (besides that quote's own attribution clause) separate them
 * (`"…," Lavrov said. "More."`); for a quote that is a paragraph of its own
 * (ending on `.`/`!`/`?`, or unclosed), the direct quote ending the paragraph
 * before (`"…," Lavrov said.⏎"More."`, multi-paragraph quotes); or else the
 * next attributed quote when only white space and punctuation separate them
 * (`“A. “B,” he said`); otherwise it
 * is `unresolved`. Any other words in between — another sentence, another
 * actor — break the chain: no evidence, no speaker. A nested quote is reported
 * through the speaker of the quote around it, and its words are part of that
 * quote's. Pronouns and role nouns are resolved by `SpeakerResolver`.
 *
 * @example
 * const q = extractQuotes(parsed); // or quoteArticle(parsed).quotes
 * q.speaker[0]; // "Sergey Lavrov"
 */
export function extractQuotes(input: QuoteInput, options: QuoteOptions = {}): QuoteColumns {
  const o = quoteOptions(options);
  const text = input.text;
  const marks = findQuoteMarks(text);
  const ctx = quoteContext(input, marks, o);
  const atts: Attribution[] = [];
  const markAtt = marks.map((m) => {
    if (m.parent !== -1) return -1;
    const a = directAttribution(ctx, m);
    if (!a) return -1;
    atts.push(a);
    return atts.length - 1;
  });
  const indirect = findIndirect(ctx, atts);

  // Resolve every attribution in text order, so a pronoun can build on the speakers before it.
  const scope: [number, number][] = atts.map(() => [0, 0]);
  markAtt.forEach((a, i) => { if (a >= 0) scope[a] = [marks[i].start, marks[i].end]; });
  for (const s of indirect) { scope[s.att] = [s.start, s.end]; if (s.via >= 0) scope[s.via] = [s.start, s.end]; }
  const order = atts.map((_, i) => i).sort((a, b) => position(ctx, atts[a]) - position(ctx, atts[b]));
  const who: ResolvedSpeaker[] = atts.map(() => NO_SPEAKER);
  const resolver = new SpeakerResolver(ctx);
  for (const a of order) {
    const at = atts[a];
    if (at.inherit >= 0) { who[a] = who[at.inherit]; continue; }
    if (!at.speaker) continue;
    who[a] = resolver.resolve(at.speaker, scope[a]);
    resolver.note(at.speaker, who[a]);
  }
  const viaText = (v: number) => (v < 0 ? "" : who[v].resolved || who[v].resolution === "explicit" ? who[v].speaker : atts[v].speaker?.text ?? "");

  // Direct quotes.
  const rows: Row[] = marks.map((m, i) => ({
    kind: "direct", start: m.start, end: m.end, words: countWords(text, m.start, m.end), who: NO_SPEAKER, att: null, verb: "", stance: "none",
    pattern: "none", via: "", unclosed: m.unclosed, depth: m.depth, parentMark: m.parent, mark: i,
  }));
  const take = (r: Row, w: ResolvedSpeaker, att: Attribution | null, pattern: QuotePattern, via = "") => {
    Object.assign(r, { who: w, att, verb: att?.verb ?? "", stance: att?.stance ?? "none", pattern, via });
  };
  const containing = (i: number): IndirectSpan | undefined => indirect.find((s) => marks[i].open >= s.start && marks[i].close <= s.end);
  rows.forEach((r, i) => {
    if (r.parentMark !== -1) return;
    if (markAtt[i] >= 0) take(r, who[markAtt[i]], atts[markAtt[i]], atts[markAtt[i]].pattern);
    else {
      const s = containing(i);
      if (s) take(r, who[s.att], atts[s.att], "within", viaText(s.via));
    }
  });
  continuations(ctx, rows, marks, indirect, atts, who, take);
  rows.forEach((r) => {
    if (r.parentMark === -1) return;
    const p = rows[r.parentMark];
    take(r, p.who, p.att, "nested", p.via);
    r.verb = p.verb; r.stance = p.stance;
  });
  const voiced = new Set<QuotePattern>(["after", "before", "colon", "continuation"]);
  for (const r of rows) if (r.words < o.minQuoteWords && !voiced.has(r.pattern)) r.kind = "scare";

  // Indirect quotes: words outside the direct quotes of their clause.
  const holes = rows.filter((r) => r.parentMark === -1 && r.kind === "direct").map((r) => [marks[r.mark].open, marks[r.mark].close + 1] as const);
  for (const s of indirect) {
    const words = countWords(text, s.start, s.end, holes.filter(([a, b]) => a < s.end && b > s.start));
    if (words === 0) continue;
    const a = atts[s.att];
    rows.push({ kind: "indirect", start: s.start, end: s.end, words, who: who[s.att], att: a, verb: a.verb, stance: a.stance, pattern: a.pattern, via: viaText(s.via), unclosed: false, depth: 0, parentMark: -1, mark: -1 });
  }
  const phraseOf = (a: Attribution | null): SpeakerPhrase | null => (!a ? null : a.speaker ?? (a.inherit >= 0 ? phraseOf(atts[a.inherit]) : null));
  return columns(ctx.input, rows, phraseOf);
}

/** Position of an attribution for resolution order: its speaker phrase, else its verb. */
function position(ctx: QuoteContext, a: Attribution): number {
  if (a.speaker) return a.speaker.start;
  return a.verbToken >= 0 ? ctx.input.tokens.start[a.verbToken] : 0;
}

