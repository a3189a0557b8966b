import type { Attribution } from "./attribution";
import type { QuoteContext } from "./context";
import type { IndirectSpan } from "./indirect";
import type { MarkSpan } from "./marks";
import { NO_SPEAKER, type ResolvedSpeaker } from "./resolve";
import type { Row } from "./rows";
import type { QuotePattern } from "./types";

const ONLY_PUNCT = /^[\s\p{P}]*$/u;

/** The quote is a sentence of its own: a capital first letter and `.`, `!`, `?` or `…` last, inside the marks. */
function wholeSentence(text: string, q: MarkSpan): boolean {
  return /^\p{Lu}/u.test(text.slice(q.start, q.end)) && /[.!?…]$/u.test(text.slice(q.start, q.end));
}

/**
 * The quote is its paragraph: it opens the paragraph and nothing but white
 * space and punctuation follows it there (or it is unclosed, running on to a
 * later paragraph). Such a paragraph, right after a paragraph that ends on an
 * attributed quote, continues that speaker's words (the wire convention for
 * multi-paragraph quotes: each paragraph re-opens the mark; only the last
 * closes it; none repeats the attribution).
 */
function paragraphQuote(text: string, q: MarkSpan): boolean {
  const ps = text.lastIndexOf("\n", q.open - 1) + 1;
  let pe = text.indexOf("\n", q.close);
  if (pe < 0) pe = text.length;
  if (!/^\s*$/u.test(text.slice(ps, q.open))) return false;
  if (q.unclosed) return true;
  // a body paragraph ends on terminal punctuation; a quoted headline or subheading does not
  return ONLY_PUNCT.test(text.slice(q.close + 1, pe)) && /[.!?…]/u.test(text.slice(q.end - 1, pe));
}

/**
 * Gives top-level direct quotes still without a speaker the speaker of the
 * quote or reported clause they continue (see `extractQuotes`): backward to the
 * latest attributed item of the paragraph when only white space, punctuation
 * and that item's own attribution clause lie between; else forward to the
 * next quote with its own attribution when only white space and punctuation
 * lie between. Mutates `rows` through `take`.
 */
export function continuations(
  ctx: QuoteContext, rows: Row[], marks: readonly MarkSpan[], indirect: readonly IndirectSpan[],
  atts: readonly Attribution[], who: readonly ResolvedSpeaker[],
  take: (r: Row, w: ResolvedSpeaker, att: Attribution | null, pattern: QuotePattern, via?: string) => void,
): void {
  const text = ctx.input.text;
  const gapOk = (a: number, b: number) => a <= b && ONLY_PUNCT.test(text.slice(a, b)) && !text.slice(a, b).includes("\n");
  const open = (i: number) => rows[i].parentMark === -1 && rows[i].pattern === "none";
  // The item ending at `gap` is a direct quote (or its attribution), not a reported clause:
  // wire copy runs a speaker's quote on into the next paragraph, reported speech does not.
  const lastDirect = (i: number, gap: number) => rows.some((p, j) => j < i && p.parentMark === -1 && p.kind === "direct" && marks[j].open < gap && Math.max(marks[j].close + 1, p.att?.tailEnd ?? 0) >= gap);
  // Backward: the latest attributed item before the quote.
  rows.forEach((r, i) => {
    if (!open(i)) return;
    const q = marks[i];
    // A short quote after another quote's attribution clause ("…," he added, pushing Moscow's
    // claim of a "special military operation") is the outlet's scare quote, not more of the
    // speaker's words: only a quote that directly follows may continue across the clause.
    // …unless it is a whole sentence of its own (`"…," the senator said. "Nobody."`): a label is not.
    const short = r.words < ctx.options.minQuoteWords && !wholeSentence(text, q);
    let best = -1, bestWho: ResolvedSpeaker = NO_SPEAKER, bestAtt: Attribution | null = null, bestVia = "";
    rows.forEach((p, j) => {
      if (j >= i || p.parentMark !== -1) return;
      const m = marks[j];
      const gapStart = p.pattern === "after" && p.att && !short ? Math.min(Math.max(m.close + 1, p.att.tailEnd), q.open) : m.close + 1;
      if (gapStart <= q.open && gapStart > best) { best = gapStart; bestWho = p.who; bestAtt = p.att; bestVia = p.via; }
    });
    for (const s of indirect) {
      const gapStart = Math.min(s.clauseEnd, q.open);
      if (s.end <= q.open && gapStart > best) { best = gapStart; bestWho = who[s.att]; bestAtt = atts[s.att]; bestVia = ""; }
    }
    if (best < 0 || bestWho.speaker === NO_SPEAKER.speaker) return;
    if (gapOk(best, q.open) || (lastDirect(i, best) && paragraphQuote(text, q) && ONLY_PUNCT.test(text.slice(best, q.open)))) {
      take(r, { ...bestWho, resolution: "continuation" }, bestAtt, "continuation", bestVia);
    }
  });
  // Forward: quotes running straight into the next attributed quote.
  for (let i = rows.length - 1; i >= 0; i--) {
    if (!open(i)) continue;
    const q = marks[i];
    const j = rows.findIndex((p, k) => k > i && p.parentMark === -1 && marks[k].open >= q.close);
    if (j < 0 || !gapOk(Math.min(q.close + 1, marks[j].open), marks[j].open)) continue; // a re-opened quote shares its mark
    const n = rows[j];
    if ((n.pattern === "after" || (n.pattern === "continuation" && n.who.speaker !== NO_SPEAKER.speaker)) && !q.unclosed) {
      take(rows[i], { ...n.who, resolution: n.who.speaker === NO_SPEAKER.speaker ? "none" : "continuation" }, n.att, "continuation", n.via);
    }
  }
}
