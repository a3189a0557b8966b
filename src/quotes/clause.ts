import { consume, tailEnd, type Attribution } from "./attribution";
import type { QuoteContext } from "./context";
import { accordingPhrase, speakerAfter, speakerBefore, type SpeakerPhrase } from "./speaker";

/** Clause boundaries, complements and subjects of reported speech (helpers of `findIndirect`). */

const CLAUSE_POS = new Set(["PRON", "DET", "NOUN", "PROPN", "NUM", "ADJ"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);
const NEEDS_THAT = new Set(["tell", "ask"]);
/** Nouns whose "that" clause is someone else's claim, not the reporting verb's content. */
const THAT_NOUNS = new Set(["accusation", "allegation", "claim", "charge", "criticism", "report", "rumor", "rumour", "suggestion", "assertion", "fact", "idea", "notion", "evidence", "news"]);

/** An attribution record for a verb at token `v`. */
export function att(speaker: SpeakerPhrase | null, verb: { lemma: string; stance: Attribution["stance"] }, pattern: Attribution["pattern"], v: number, tail: number): Attribution {
  return { speaker, verb: verb.lemma, stance: verb.stance, pattern, verbToken: v, tailEnd: tail, inherit: -1 };
}

/** First token of the clause holding token `i`: after the last `.`/`!`/`?` (outside quotes) or line break before it. */
export function clauseStart(ctx: QuoteContext, i: number): number {
  const t = ctx.input.tokens;
  let b = i;
  while (b - 1 >= 0 && !ctx.endsSentence(b - 1) && !ctx.breakBetween(t.end[b - 1], t.start[b])) b--;
  return b;
}

/** Where a reported clause runs from `from`: to its terminal punctuation, a line break, or a trailing attribution (kept as `via`). */
export function clause(ctx: QuoteContext, from: number): { end: number; clauseEnd: number; via: Attribution | null } {
  const t = ctx.input.tokens;
  for (let i = from; i < ctx.n; i++) {
    if (i > from && ctx.breakBetween(t.end[i - 1], t.start[i])) return { end: t.end[i - 1], clauseEnd: t.end[i - 1], via: null };
    if (ctx.endsSentence(i)) return ctx.quotedToken(i) ? { end: t.end[i], clauseEnd: t.end[i], via: null } : { end: t.start[i], clauseEnd: t.end[i], via: null };
    if (((t.value[i] === "," && !ctx.quotedToken(i)) || ctx.commaClose(i)) && !ctx.consumed[i + 1]) {
      const via = trailingAt(ctx, i);
      if (via) return { end: ctx.commaClose(i) ? t.end[i] : t.start[i], clauseEnd: via.tailEnd, via };
    }
    if (ctx.quotedToken(i)) continue;
  }
  return { end: ctx.n ? t.end[ctx.n - 1] : 0, clauseEnd: ctx.n ? t.end[ctx.n - 1] : 0, via: null };
}

/** A trailing attribution starting after the comma at token `c`: `, according to X`, `, said X`, `, X noted` (not followed by "that"). */
export function trailingAt(ctx: QuoteContext, c: number): Attribution | null {
  const t = ctx.input.tokens;
  const v0 = ctx.verbAt(c + 1);
  if (v0 && v0.lemma === "according to") {
    const sp = accordingPhrase(ctx, c + 3);
    if (!sp) return null;
    consume(ctx, c, sp.last);
    return att(sp, v0, "according-to", c + 1, tailEnd(ctx, sp.last));
  }
  if (v0) {
    const sp = speakerAfter(ctx, c + 1);
    if (!sp) return null;
    consume(ctx, c, sp.last);
    return att(sp, v0, "trailing", c + 1, tailEnd(ctx, sp.last));
  }
  for (let v = c + 2; v < ctx.n && v <= c + 9; v++) {
    if (t.punct[v] || ctx.quotedToken(v)) return null;
    const verb = ctx.verbAt(v);
    if (!verb || verb.length !== 1) continue;
    const sp = speakerBefore(ctx, v);
    if (!sp || sp.first !== c + 1 || t.normal[v + 1] === "that") return null;
    consume(ctx, c, v);
    return att(sp, verb, "trailing", v, tailEnd(ctx, v));
  }
  return null;
}

/**
 * Where the reported clause after the verb at `v` starts (token), or −1:
 * after a "that" within ten tokens (`told reporters that`, `said on Thursday
 * that`, `said, however, that`), after a colon, right after `accuse`, or at the
 * next word when it can start a clause and a verb follows before the
 * sentence ends (`said no progress was made`; not for tell / ask).
 */
export function complement(ctx: QuoteContext, v: number, lemma: string): number {
  const t = ctx.input.tokens;
  for (let i = v + 1; i < ctx.n && i <= v + 10; i++) {
    if (ctx.quotedToken(i) || ctx.breakBetween(t.end[i - 1], t.start[i])) break;
    if (THAT_NOUNS.has(t.lemma[i].toLowerCase()) && t.pos[i] === "NOUN") break; // "responded to the accusation that …": not the speaker's clause
    if (t.normal[i] === "that") return i + 1 < ctx.n && !ctx.terminal(i + 1) ? i + 1 : -1;
    if (t.value[i] === "," && (t.pos[i + 1] === "ADV" || t.pos[i - 1] === "ADV" || t.normal[i + 1] === "that")) continue;
    if (t.punct[i]) break;
  }
  const f = v + 1;
  if (f >= ctx.n || ctx.breakBetween(t.end[v], t.start[f])) return -1;
  if (t.value[f] === ":" && f + 1 < ctx.n && !ctx.breakBetween(t.end[f], t.start[f + 1])) return f + 1;
  if (lemma === "accuse") return t.punct[f] ? -1 : f;
  if (NEEDS_THAT.has(lemma) || !CLAUSE_POS.has(t.pos[f]) || OBJECT_PRONOUNS.has(t.normal[f]) || ctx.quotedToken(f)) return -1;
  // a short subject, then its verb: "said no progress was made", "said they "agreed …""
  for (let i = f + 1; i < ctx.n && i <= f + 5; i++) {
    if (ctx.breakBetween(t.end[i - 1], t.start[i])) break;
    if (t.pos[i] === "VERB" || t.pos[i] === "AUX") return f;
    if (ctx.quotedToken(i) && (i === f + 1 || t.punct[i])) continue; // `said the side “has …”`: a quote opening mid-clause
    if (!CLAUSE_POS.has(t.pos[i]) && !/^['’]s$/u.test(t.value[i])) break;
  }
  return -1;
}

/** `X … and claimed that …`: the subject of the clause, when the reporting verb follows "and". */
export function sharedSubject(ctx: QuoteContext, v: number): SpeakerPhrase | null {
  const t = ctx.input.tokens;
  let k = v - 1;
  while (k >= 0 && t.pos[k] === "ADV") k--;
  if (k < 0 || t.normal[k] !== "and") return null;
  return clauseSubject(ctx, v);
}

/** The speaker phrase before the first verb of the clause holding token `v` (within its first four tokens: "Today, the minister …"). */
export function clauseSubject(ctx: QuoteContext, v: number): SpeakerPhrase | null {
  const t = ctx.input.tokens;
  const k = v;
  const cs = clauseStart(ctx, v);
  for (let f = cs; f < k; f++) {
    if (ctx.quotedToken(f) || t.pos[f] !== "VERB") continue;
    const sp = speakerBefore(ctx, f);
    return sp && sp.first - cs <= 3 ? sp : null;
  }
  return null;
}
