import type { MarkSpan } from "./marks";
import type { ResolvedQuoteOptions } from "./options";
import type { ReportingStance } from "./types";
import type { MentionColumns, SentenceColumns, TokenColumns } from "../parse/types";

/** The parts of a `ParsedArticle` quote extraction reads (never a new wink read). */
export interface QuoteInput {
  readonly text: string;
  readonly sentences: SentenceColumns;
  readonly tokens: TokenColumns;
  readonly mentions: MentionColumns;
}

/** Shared look-ups over one article's tokens, mentions and quote marks. */
export interface QuoteContext {
  readonly input: QuoteInput;
  readonly options: ResolvedQuoteOptions;
  readonly marks: readonly MarkSpan[];
  /** Token count. */
  readonly n: number;
  /** First token starting at or after `offset` (`n` if none). */
  tokenFrom(offset: number): number;
  /** True inside a top-level quote, marks included. */
  quoted(offset: number): boolean;
  quotedToken(i: number): boolean;
  /** Actor mention ending / starting exactly at an offset (mention index). */
  actorEndingAt(offset: number): number | undefined;
  actorStartingAt(offset: number): number | undefined;
  /** Actor mentions lying wholly inside `[start, end)` (mention indices, in text order). */
  actorsIn(start: number, end: number): number[];
  /** Reporting verb at token i (a wink VERB whose lemma is in the list; "according" before "to"), or null. */
  verbAt(i: number): { lemma: string; stance: ReportingStance; length: number } | null;
  /** `.`, `!`, `?` or `…` as a token of its own. */
  terminal(i: number): boolean;
  /** Token i ends a sentence: a terminal mark outside quotes, or a closing quote mark right after one (`… years."`). */
  endsSentence(i: number): boolean;
  /** Token i is a closing quote mark right after a comma (`…countries," according to …`). */
  commaClose(i: number): boolean;
  /** A line break lies between two offsets. */
  breakBetween(a: number, b: number): boolean;
  /** Tokens used by an attribution already, so they are not read twice. */
  readonly consumed: Uint8Array;
}

export function quoteContext(input: QuoteInput, marks: readonly MarkSpan[], options: ResolvedQuoteOptions): QuoteContext {
  const { tokens, mentions, text } = input;
  const n = tokens.value.length;
  const top = marks.filter((m) => m.parent === -1).map((m) => [m.open, m.unclosed ? m.close : m.close + 1] as const);
  const ending = new Map<number, number>(), starting = new Map<number, number>();
  mentions.kind.forEach((k, i) => {
    if (k !== "actor") return;
    if (!ending.has(mentions.end[i])) ending.set(mentions.end[i], i);
    if (!starting.has(mentions.start[i])) starting.set(mentions.start[i], i);
  });
  const actors = mentions.kind.map((k, i) => i).filter((i) => mentions.kind[i] === "actor").sort((a, b) => mentions.start[a] - mentions.start[b]);
  const verbs = new Map(Object.entries(options.reportingVerbs));
  const tokenFrom = (offset: number): number => {
    let lo = 0, hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens.start[mid] < offset) lo = mid + 1; else hi = mid; }
    return lo;
  };
  // top-level spans are disjoint and sorted: binary search
  const quoted = (offset: number): boolean => {
    let lo = 0, hi = top.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < top[mid][0]) hi = mid - 1; else if (offset >= top[mid][1]) lo = mid + 1; else return true;
    }
    return false;
  };
  const terminal = (i: number) => i >= 0 && i < n && tokens.punct[i] && /^[.!?…]+$/u.test(tokens.value[i]);
  const commaClose = new Set(marks.filter((m) => m.parent === -1 && !m.unclosed && /,$/u.test(text.slice(m.start, m.end))).map((m) => m.close));
  const stopClose = new Set(marks.filter((m) => m.parent === -1 && !m.unclosed && /[.!?…]$/u.test(text.slice(m.start, m.end))).map((m) => m.close));
  return {
    input, options, marks, n, tokenFrom, quoted,
    quotedToken: (i) => quoted(tokens.start[i]),
    actorEndingAt: (o) => ending.get(o),
    actorStartingAt: (o) => starting.get(o),
    actorsIn: (start, end) => {
      let lo = 0, hi = actors.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions.start[actors[mid]] < start) lo = mid + 1; else hi = mid; }
      const out: number[] = [];
      for (let k = lo; k < actors.length && mentions.start[actors[k]] < end; k++) if (mentions.end[actors[k]] <= end) out.push(actors[k]);
      return out;
    },
    verbAt: (i) => {
      if (i < 0 || i >= n) return null;
      if (tokens.normal[i] === "according" && tokens.normal[i + 1] === "to") {
        const s = verbs.get("according to");
        return s ? { lemma: "according to", stance: s, length: 2 } : null;
      }
      if (tokens.pos[i] !== "VERB") return null;
      const lemma = tokens.lemma[i].toLowerCase();
      const s = verbs.get(lemma);
      return s ? { lemma, stance: s, length: 1 } : null;
    },
    terminal,
    commaClose: (i) => i >= 0 && i < n && commaClose.has(tokens.start[i]),
    endsSentence: (i) => i >= 0 && i < n && ((terminal(i) && !quoted(tokens.start[i])) || stopClose.has(tokens.start[i])),
    breakBetween: (a, b) => a < b && text.slice(a, b).includes("\n"),
    consumed: new Uint8Array(n),
  };
}

/** Whitespace-separated pieces holding a letter or digit, in `[start, end)` minus the `holes`. */
export function countWords(text: string, start: number, end: number, holes: readonly (readonly [number, number])[] = []): number {
  let s = text.slice(start, end);
  for (const [a, b] of holes) {
    const from = Math.max(a, start) - start, to = Math.min(b, end) - start;
    if (to > from) s = s.slice(0, from) + " ".repeat(to - from) + s.slice(to);
  }
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Index of the last sentence starting at or before `offset` (0 if none). */
export function sentenceIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}
