import { countWords, type QuoteContext } from "./context";
import type { MarkSpan } from "./marks";
import { accordingPhrase, speakerAfter, speakerBefore, type SpeakerPhrase } from "./speaker";
import type { QuotePattern, QuoteStance } from "./types";

/** One attribution: who (as written), which verb, by which rule. */
export interface Attribution {
  /** Null when the speaker is another attribution's (`inherit`). */
  readonly speaker: SpeakerPhrase | null;
  readonly verb: string;
  readonly stance: QuoteStance;
  readonly pattern: QuotePattern;
  /** Token of the verb; −1 for the colon rule. */
  readonly verbToken: number;
  /** Offset just past the attribution's clause (its first `.`/`!`/`?` after the verb, or the paragraph end). */
  readonly tailEnd: number;
  /** Index (among all attributions) of the one whose speaker this shares (`…, adding that …`); −1 for none. */
  inherit: number;
}

/**
 * The attribution right next to a top-level quote: after it (`"…," Lavrov
 * said`, `"…," said Lavrov`, `"…?" he asked`), else before it (`Lavrov said:
 * "…"`, `Lavrov said that "…"`, `Lavrov told reporters: "…"`), else a verbless
 * colon lead-in naming one actor (`Lavrov on nuclear war: "…"`). Only within
 * the quote's paragraph. Marks the tokens it uses as consumed.
 */
export function directAttribution(ctx: QuoteContext, m: MarkSpan): Attribution | null {
  return after(ctx, m) ?? before(ctx, m) ?? naming(ctx, m);
}

/** Verbs that put a name on something (`called the bill "…"`, `described it as "…"`): the name is the subject's words. */
const NAMING = new Set(["call", "describe", "dub", "brand", "label", "term", "dismiss"]);

/**
 * `X called the attack “…”`, `X, a senator, described the bill as "…"`: a
 * quote of at least `minQuoteWords` words whose nearest verb before it, in
 * its sentence, names something — the quoted words are the verb's subject's
 * (pattern `within`).
 */
function naming(ctx: QuoteContext, m: MarkSpan): Attribution | null {
  const t = ctx.input.tokens;
  // a label of a few words (`calls it a "special military operation"`) stays a scare quote with no speaker
  if (countWords(ctx.input.text, m.start, m.end) < ctx.options.minQuoteWords) return null;
  for (let v = ctx.tokenFrom(m.open) - 1, steps = 0; v >= 0 && steps < 8; v--, steps++) {
    if (ctx.quotedToken(v) || ctx.terminal(v) || ctx.breakBetween(t.end[v], t.start[v + 1])) return null;
    if (t.pos[v] !== "VERB") continue;
    const lemma = t.lemma[v].toLowerCase();
    if (!NAMING.has(lemma)) return null; // the nearest verb governs the quote
    const sp = speakerBefore(ctx, v);
    return sp ? { speaker: sp, verb: lemma, stance: "neutral", pattern: "within", verbToken: v, tailEnd: m.open, inherit: -1 } : null;
  }
  return null;
}

function after(ctx: QuoteContext, m: MarkSpan): Attribution | null {
  if (m.unclosed) return null;
  const t = ctx.input.tokens;
  let f = ctx.tokenFrom(m.close + 1);
  if (f < ctx.n && t.value[f] === ",") f++;
  if (f >= ctx.n || t.punct[f] || ctx.breakBetween(m.close, t.start[f])) return null;
  // `"… ended." Lavrov met …`: a full stop inside the marks and a capital after them start a new sentence.
  const lastChar = ctx.input.text[m.end - 1];
  if (lastChar === "." && /^\p{Lu}/u.test(t.value[f]) && t.normal[f] !== "he" && t.normal[f] !== "she") return null;
  for (let v = f; v < ctx.n && v <= f + 8; v++) {
    if (ctx.quotedToken(v) || (v > f && t.punct[v]) || ctx.breakBetween(t.end[v - 1] ?? 0, t.start[v])) return null;
    const verb = ctx.verbAt(v);
    // `"…," according to X` after a quote that is its whole clause: the source is all the text gives
    // (a partial quote inside `Lavrov said Russia was "…," according to the Times` is the clause subject's)
    if (verb && v === f && verb.lemma === "according to" && opensSentence(ctx, m)) {
      const src = accordingPhrase(ctx, f + 2);
      if (!src) return null;
      consume(ctx, f, src.last);
      return { speaker: src, verb: verb.lemma, stance: verb.stance, pattern: "according-to", verbToken: v, tailEnd: tailEnd(ctx, src.last), inherit: -1 };
    }
    if (!verb || verb.length !== 1) continue;
    const sp = v === f ? speakerAfter(ctx, v) : speakerBefore(ctx, v);
    if (!sp || (v > f && sp.first !== f)) return null;
    consume(ctx, Math.min(sp.first, v), Math.max(sp.last, v));
    return { speaker: sp, verb: verb.lemma, stance: verb.stance, pattern: "after", verbToken: v, tailEnd: tailEnd(ctx, v), inherit: -1 };
  }
  return null;
}

/** Nothing but a sentence end or a line break lies before the quote's opening mark. */
function opensSentence(ctx: QuoteContext, m: MarkSpan): boolean {
  const p = ctx.tokenFrom(m.open) - 1;
  return p < 0 || ctx.breakBetween(ctx.input.tokens.end[p], m.open) || ctx.endsSentence(p);
}

function before(ctx: QuoteContext, m: MarkSpan): Attribution | null {
  const t = ctx.input.tokens;
  let p = ctx.tokenFrom(m.open) - 1;
  if (p < 0 || ctx.breakBetween(t.end[p], m.open)) return null;
  const q = p;
  const sep = t.value[p] === ":" || t.value[p] === "," ? t.value[p] : "";
  if (sep) p--;
  const that = p >= 0 && t.normal[p] === "that";
  if (that) p--;
  const reach = sep || that ? 4 : 0;
  for (let v = p; v >= 0 && v >= p - reach; v--) {
    if (t.punct[v] || ctx.quotedToken(v)) break;
    const verb = ctx.verbAt(v);
    if (!verb || verb.length !== 1) continue;
    const sp = speakerBefore(ctx, v);
    if (!sp) break;
    consume(ctx, sp.first, q);
    return { speaker: sp, verb: verb.lemma, stance: verb.stance, pattern: "before", verbToken: v, tailEnd: m.open, inherit: -1 };
  }
  if (sep === ":") return colonLeadIn(ctx, p, q);
  return null;
}

/**
 * `<short lead-in naming exactly one actor, no verb>:` — `Lavrov on the
 * possibility of nuclear war: "…"`, or a headline `Russian top diplomat Lavrov:
 * No one …`. `last` is the token before the colon, `colon` the colon's token.
 */
export function colonLeadIn(ctx: QuoteContext, last: number, colon: number): Attribution | null {
  const t = ctx.input.tokens, mt = ctx.input.mentions;
  let b = last;
  while (b - 1 >= 0 && !ctx.terminal(b - 1) && !ctx.quotedToken(b - 1) && !ctx.breakBetween(t.end[b - 1], t.start[b]) && last - b < 10) b--;
  if (b - 1 >= 0 && !ctx.terminal(b - 1) && !ctx.breakBetween(t.end[b - 1], t.start[b]) && !ctx.quotedToken(b - 1)) return null; // too long
  for (let i = b; i <= last; i++) if (t.pos[i] === "VERB" || ctx.quotedToken(i)) return null;
  const inside = ctx.actorsIn(t.start[b], t.end[last]);
  if (new Set(inside.map((i) => mt.key[i])).size !== 1) return null;
  const mi = inside[inside.length - 1];
  const first = ctx.tokenFrom(mt.start[mi]);
  let e = first;
  while (e < last && t.end[e] < mt.end[mi]) e++;
  const sp: SpeakerPhrase = { kind: "actor", first, last: e, start: mt.start[mi], end: mt.end[mi], text: ctx.input.text.slice(mt.start[mi], mt.end[mi]), mention: mi, head: t.lemma[e].toLowerCase(), words: [] };
  consume(ctx, b, colon);
  return { speaker: sp, verb: "", stance: "none", pattern: "colon", verbToken: -1, tailEnd: t.end[colon], inherit: -1 };
}

/** Offset past the first `.`/`!`/`?` token after token `v` outside quotes, or the end of v's paragraph. */
export function tailEnd(ctx: QuoteContext, v: number): number {
  const t = ctx.input.tokens;
  for (let i = v + 1; i < ctx.n; i++) {
    if (ctx.breakBetween(t.end[i - 1], t.start[i])) return t.end[i - 1];
    if (!ctx.quotedToken(i) && ctx.terminal(i)) return t.end[i];
    if (ctx.quotedToken(i)) return t.start[i];
  }
  return t.end[ctx.n - 1];
}

export function consume(ctx: QuoteContext, from: number, to: number): void {
  for (let i = Math.max(0, from); i <= to && i < ctx.n; i++) ctx.consumed[i] = 1;
}
