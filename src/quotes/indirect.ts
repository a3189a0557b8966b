import { colonLeadIn, consume, tailEnd, type Attribution } from "./attribution";
import { att, clause, clauseStart, clauseSubject, complement, sharedSubject } from "./clause";
import type { QuoteContext } from "./context";
import { accordingPhrase, speakerAfter, speakerBefore } from "./speaker";

/** A reported clause and the attribution (index into the attribution list) that reports it. */
export interface IndirectSpan {
  readonly start: number;
  readonly end: number;
  /** Offset past the clause's closing punctuation (or trailing attribution). */
  readonly clauseEnd: number;
  readonly att: number;
  /** Attribution of an outer source the clause is reported through; −1 for none. */
  readonly via: number;
}

/**
 * Indirect speech, sentence by sentence, outside direct quotes and never
 * inside another reported clause (one level: "X said that Y claimed …" is X's):
 *
 * 1. speaker first: `X <verb> (adjuncts) that <clause>`, `X <verb> <clause>`
 *    (for say, add, … when the next word can start a clause and a verb follows;
 *    tell/ask need "that"), `X accused Y of …`, `X <verb>: <clause>`;
 *    `X … and claimed that …` (shared subject); `…, adding that …` (the
 *    speaker of the attribution before it in the sentence);
 * 2. trailing: `<clause>, X said.` / `<clause>, said X.`;
 * 3. `According to X, <clause>` / `<clause>, according to X.`;
 * 4. `As X stated, <clause>`;
 * 5. a headline-style `<name>: <clause>` (see `colonLeadIn`).
 *
 * X is a speaker phrase (`speakerBefore`). The clause runs to the sentence's
 * `.`/`!`/`?` (outside quotes) or the line break, and stops before a trailing
 * attribution, which is kept as the clause's `via` source ("…, according to
 * the Times", "…, Reuters noted"). New attributions are appended to `atts`.
 */
export function findIndirect(ctx: QuoteContext, atts: Attribution[]): IndirectSpan[] {
  const t = ctx.input.tokens;
  const out: IndirectSpan[] = [];
  const inSpan = new Uint8Array(ctx.n);
  const covered = (i: number) => inSpan[i] === 1;
  const add = (start: number, end: number, clauseEnd: number, att: Attribution, via: Attribution | null) => {
    if (end <= start) return;
    for (let i = ctx.tokenFrom(start); i < ctx.n && t.start[i] < end; i++) inSpan[i] = 1;
    atts.push(att);
    const a = atts.length - 1;
    let v = -1;
    if (via) { atts.push(via); v = atts.length - 1; }
    out.push({ start, end, clauseEnd, att: a, via: v });
  };
  for (let v = 0; v < ctx.n; v++) {
    if (ctx.consumed[v] || ctx.quotedToken(v) || covered(v)) continue;
    if (t.value[v] === ":" && v > 0 && v + 1 < ctx.n && !ctx.quotedToken(v + 1) && !ctx.breakBetween(t.end[v], t.start[v + 1])) {
      const att = colonLeadIn(ctx, v - 1, v);
      if (att) { const c = clause(ctx, v + 1); add(t.start[v + 1], c.end, c.clauseEnd, { ...att, tailEnd: c.clauseEnd }, c.via); }
      continue;
    }
    const verb = ctx.verbAt(v);
    if (!verb) continue;
    if (verb.lemma === "according to") {
      const sp = accordingPhrase(ctx, v + 2);
      if (!sp) continue;
      const after = sp.last + 1;
      const cs = clauseStart(ctx, v);
      const leading = v - cs <= 2 && after < ctx.n && t.value[after] === ",";
      if (leading) {
        consume(ctx, v, after);
        const c = clause(ctx, after + 1);
        add(t.start[after + 1] ?? c.end, c.end, c.clauseEnd, att(sp, verb, "according-to", v, c.clauseEnd), c.via);
      } else if (v > 0 && t.value[v - 1] === "," && v - 1 > cs) {
        consume(ctx, v - 1, sp.last);
        add(t.start[cs], t.start[v - 1], tailEnd(ctx, sp.last), att(sp, verb, "according-to", v, tailEnd(ctx, sp.last)), null);
      }
      continue;
    }
    // `…, adding that …`: the speaker of the attribution before it in the same sentence, else the clause's subject.
    if (/ing$/u.test(t.normal[v]) && v > 0 && t.value[v - 1] === ",") {
      const cs = clauseStart(ctx, v);
      let parent = -1;
      atts.forEach((a, i) => { if (a.verbToken >= cs && a.verbToken < v && (parent < 0 || a.verbToken > atts[parent].verbToken)) parent = i; });
      const from = complement(ctx, v, verb.lemma);
      const subject = parent < 0 ? clauseSubject(ctx, v) : null;
      if ((parent >= 0 || subject) && from >= 0) {
        consume(ctx, v - 1, from - 1);
        const c = clause(ctx, from);
        add(t.start[from], c.end, c.clauseEnd, { ...att(subject, verb, "speaker-first", v, c.clauseEnd), inherit: parent }, c.via);
      }
      continue;
    }
    const sp = speakerBefore(ctx, v) ?? sharedSubject(ctx, v);
    if (sp) {
      const cs = clauseStart(ctx, sp.first);
      // `As X stated, …`
      if (sp.first > 0 && t.normal[sp.first - 1] === "as" && sp.first - 1 - clauseStart(ctx, sp.first - 1) <= 1 && t.value[v + 1] === ",") {
        consume(ctx, sp.first - 1, v + 1);
        const c = clause(ctx, v + 2);
        add(t.start[v + 2], c.end, c.clauseEnd, att(sp, verb, "as", v, c.clauseEnd), c.via);
        continue;
      }
      const from = complement(ctx, v, verb.lemma);
      if (from >= 0) {
        consume(ctx, Math.min(sp.first, v), from - 1);
        const c = clause(ctx, from);
        add(t.start[from], c.end, c.clauseEnd, att(sp, verb, "speaker-first", v, c.clauseEnd), c.via);
        continue;
      }
      if (sp.first > 0 && t.value[sp.first - 1] === "," && sp.first - 1 > cs) {
        const te = tailEnd(ctx, v);
        consume(ctx, sp.first - 1, v);
        add(t.start[cs], t.start[sp.first - 1], te, att(sp, verb, "trailing", v, te), null);
      }
      continue;
    }
    if (v > 0 && t.value[v - 1] === ",") {
      const after = speakerAfter(ctx, v);
      const cs = clauseStart(ctx, v);
      if (after && v - 1 > cs) {
        const te = tailEnd(ctx, v);
        consume(ctx, v - 1, after.last);
        add(t.start[cs], t.start[v - 1], te, att(after, verb, "trailing", v, te), null);
      }
    }
  }
  return out;
}

