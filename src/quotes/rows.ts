import type { Attribution } from "./attribution";
import { sentenceIndexAt, type QuoteInput } from "./context";
import type { ResolvedSpeaker } from "./resolve";
import type { SpeakerPhrase } from "./speaker";
import type { QuoteColumns, QuoteKind, QuotePattern, QuoteStance } from "./types";

/** One quote while it is being built (`mark`: its quote-mark span, −1 for indirect; `parentMark`: the enclosing span's). */
export interface Row {
  kind: QuoteKind; start: number; end: number; words: number; who: ResolvedSpeaker; att: Attribution | null;
  verb: string; stance: QuoteStance; pattern: QuotePattern; via: string; unclosed: boolean; depth: number; parentMark: number; mark: number;
}

/** Rows as columns, sorted by start (a reported clause before the quotes inside it); parents renumbered to rows. */
export function columns(input: QuoteInput, rows: Row[], phraseOf: (a: Attribution | null) => SpeakerPhrase | null): QuoteColumns {
  const rank = (r: Row) => (r.kind === "indirect" ? 0 : 1);
  const order = rows.map((_, i) => i).sort((a, b) => rows[a].start - rows[b].start || rank(rows[a]) - rank(rows[b]) || a - b);
  const rowOfMark = new Map<number, number>();
  order.forEach((r, k) => { if (rows[r].mark >= 0) rowOfMark.set(rows[r].mark, k); });
  const sorted = order.map((i) => rows[i]);
  const starts = input.sentences.start;
  const phrase = (r: Row) => phraseOf(r.att);
  return {
    kind: sorted.map((r) => r.kind),
    start: sorted.map((r) => r.start),
    end: sorted.map((r) => r.end),
    sentenceStart: sorted.map((r) => sentenceIndexAt(starts, r.start)),
    sentenceEnd: sorted.map((r) => sentenceIndexAt(starts, Math.max(r.start, r.end - 1))),
    words: sorted.map((r) => r.words),
    speaker: sorted.map((r) => r.who.speaker),
    speakerResolved: sorted.map((r) => r.who.resolved),
    resolution: sorted.map((r) => r.who.resolution),
    phrase: sorted.map((r) => phrase(r)?.text ?? ""),
    phraseStart: sorted.map((r) => phrase(r)?.start ?? -1),
    phraseEnd: sorted.map((r) => phrase(r)?.end ?? -1),
    verb: sorted.map((r) => r.verb),
    stance: sorted.map((r) => r.stance),
    pattern: sorted.map((r) => r.pattern),
    via: sorted.map((r) => r.via),
    unclosed: sorted.map((r) => r.unclosed),
    depth: sorted.map((r) => r.depth),
    parent: sorted.map((r) => (r.parentMark >= 0 ? rowOfMark.get(r.parentMark) ?? -1 : -1)),
  };
}
