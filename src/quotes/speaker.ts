import type { QuoteContext } from "./context";

/**
 * How an attribution names its speaker: a lexicon actor ("Lavrov", "Ukrainian
 * Foreign Minister Dmytro Kuleba"), a pronoun (he, she, they, it), a role noun
 * after "the" ("the minister", "the top Ukrainian diplomat") to be resolved to
 * an actor, or a raw source that is not a lexicon actor ("Reuters" without a
 * lexicon entry, "the news service", "Moscow", "a Ukrainian official").
 */
export type SpeakerKind = "actor" | "pronoun" | "role" | "raw";

export interface SpeakerPhrase {
  readonly kind: SpeakerKind;
  /** First and last token of the phrase (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Mention index of the actor (kind `actor`); −1 otherwise. */
  readonly mention: number;
  /** Lower-case lemma of the head noun, or the pronoun. */
  readonly head: string;
  /** Lower-case words of the phrase (for role compatibility). */
  readonly words: readonly string[];
}

/** Role nouns that, after "the", stand for one person named earlier. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "minister", "diplomat", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "chief", "head",
  "premier", "chancellor", "secretary", "official", "negotiator", "counterpart", "colleague", "mediator", "commander", "general",
  "mayor", "governor", "prosecutor", "senator", "lawmaker", "adviser", "advisor", "aide", "representative",
]);

/** Head nouns of sources that are not one person: reported by their raw phrase. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  "service", "agency", "ministry", "government", "office", "embassy", "source", "media", "newspaper", "paper", "outlet", "report",
  "statement", "authority", "authorities", "people", "expert", "analyst", "witness", "resident", "side", "delegation", "army", "military",
  "police", "committee", "council", "court", "department", "website", "channel", "broadcaster", "network", "kremlin", "administration",
  "official", "officials", "observer", "monitor", "diplomat", "diplomats",
]);

const PERSONAL = new Set(["he", "she", "they", "it"]);
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM"]);
const DETS = new Set(["the", "a", "an", "this"]);
const POSSESSIVE = /^['’]s$/u;

/**
 * The speaker phrase ending right before the reporting verb at token `v`:
 * `Lavrov said`, `he said`, `the top Ukrainian diplomat said`, `Moscow has
 * said`, `Lavrov also said`, `Lavrov, meanwhile, told`, `…, Dmytro Kuleba,
 * said`. Null for a passive ("is said to"), a first-person subject (I, we:
 * unmarked direct speech, attributed by a trailing "…, Lavrov said" instead),
 * or a phrase that names no one.
 */
export function speakerBefore(ctx: QuoteContext, v: number): SpeakerPhrase | null {
  const t = ctx.input.tokens;
  let k = v - 1;
  // "X was quoted as saying": the passive's subject is the speaker
  if (k >= 3 && t.normal[k] === "as" && t.lemma[k - 1].toLowerCase() === "quote" && t.lemma[k - 2].toLowerCase() === "be") k -= 3;
  for (let skipped = 0; k >= 0 && skipped < 3; skipped++) {
    if (t.pos[k] === "AUX") { if (t.lemma[k] === "be") return null; k--; }
    else if (t.pos[k] === "ADV" || t.normal[k] === "not") k--;
    else break;
  }
  if (k >= 0 && t.value[k] === ",") {
    let j = k - 1;
    while (j >= 0 && t.pos[j] === "ADV" && k - j <= 3) j--;
    // a parenthetical between the subject and its verb: "Kenji Sato, the Japanese prime minister, said",
    // "Lavrov, speaking after talks with Kuleba, said" (the subject, not the name nearest the verb)
    const open = j < k - 1 && t.value[j] === "," ? -1 : parentheticalStart(ctx, k);
    if (j < k - 1 && t.value[j] === ",") k = j - 1; // "Lavrov, meanwhile, told"
    else if (open >= 1 && ctx.actorEndingAt(t.end[open - 1]) !== undefined) k = open - 1;
    else if (k > 0 && ctx.actorEndingAt(t.end[k - 1]) !== undefined) k = k - 1; // "the Minister of Foreign Affairs, Dmytro Kuleba, said"
    else return null;
  }
  if (k < 0 || ctx.quotedToken(k) || t.punct[k] || ctx.breakBetween(t.end[k], t.start[v])) return null;
  const m = ctx.actorEndingAt(t.end[k]);
  if (m !== undefined) {
    // the name with its title: "Russian Foreign Minister Sergey Lavrov"
    let first = Math.min(ctx.tokenFrom(ctx.input.mentions.start[m]), k);
    for (let steps = 0; first - 1 >= 0 && steps < 6 && !ctx.quotedToken(first - 1) && titleWord(ctx, first - 1); steps++) first--;
    if (first - 1 >= 0 && t.normal[first - 1] === "the" && !ctx.quotedToken(first - 1)) first--;
    return phrase(ctx, "actor", first, k, m, t.lemma[k].toLowerCase());
  }
  if (PERSONAL.has(t.normal[k])) return phrase(ctx, "pronoun", k, k, -1, t.normal[k]);
  if (t.pos[k] !== "NOUN" && t.pos[k] !== "PROPN") return null;
  let j = k, steps = 0;
  while (j - 1 >= 0 && steps < 7 && !ctx.quotedToken(j - 1)) {
    const p = j - 1;
    if (NP_POS.has(t.pos[p]) || (POSSESSIVE.test(t.value[p]) && p > 0 && NP_POS.has(t.pos[p - 1])) || (t.normal[p] === "of" && p > 0 && NP_POS.has(t.pos[p - 1]))) { j = p; steps++; continue; }
    break;
  }
  if (j - 1 >= 0 && t.pos[j - 1] === "DET" && DETS.has(t.normal[j - 1])) j--;
  return classifyNP(ctx, j, k);
}

/** The comma opening a parenthetical that the comma at token `c` closes (at most 12 tokens, no quote, sentence end or line break inside); −1 if none. */
function parentheticalStart(ctx: QuoteContext, c: number): number {
  const t = ctx.input.tokens;
  for (let j = c - 1; j >= 0 && c - j <= 12; j--) {
    if (ctx.quotedToken(j) || ctx.terminal(j) || ctx.breakBetween(t.end[j], t.start[j + 1])) return -1;
    if (t.value[j] === ",") return j;
  }
  return -1;
}

function titleWord(ctx: QuoteContext, i: number): boolean {
  const t = ctx.input.tokens;
  return (NP_POS.has(t.pos[i]) && t.pos[i] !== "NUM") || (POSSESSIVE.test(t.value[i]) && i > 0 && NP_POS.has(t.pos[i - 1]));
}

/** The speaker phrase right after a verb at token `v`: `said Lavrov`, `says Ukrainian Minister Dmytro Kuleba`, `said the minister`, `said he`. */
export function speakerAfter(ctx: QuoteContext, v: number): SpeakerPhrase | null {
  const t = ctx.input.tokens;
  const f = v + 1;
  if (f >= ctx.n || ctx.quotedToken(f) || ctx.breakBetween(t.end[v], t.start[f])) return null;
  if (PERSONAL.has(t.normal[f])) return phrase(ctx, "pronoun", f, f, -1, t.normal[f]);
  return forwardNP(ctx, f, ctx.n - 1);
}

/** A noun phrase starting at token `f` and ending by `limit`: a lexicon actor inside it wins; otherwise classified by its head. */
export function forwardNP(ctx: QuoteContext, f: number, limit: number): SpeakerPhrase | null {
  const t = ctx.input.tokens;
  let k = f;
  if (k <= limit && t.pos[k] === "DET" && DETS.has(t.normal[k])) k++;
  let last = -1;
  for (let steps = 0; k <= limit && steps < 8 && !ctx.quotedToken(k); steps++, k++) {
    const m = ctx.actorStartingAt(t.start[k]);
    if (m !== undefined) {
      let e = k;
      while (e + 1 <= limit && t.end[e] < ctx.input.mentions.end[m]) e++;
      return phrase(ctx, "actor", f, e, m, t.lemma[e].toLowerCase());
    }
    if (NP_POS.has(t.pos[k]) || (POSSESSIVE.test(t.value[k]) && last >= 0)) { last = k; continue; }
    if ((t.normal[k] === "of") && last >= 0 && k + 1 <= limit && (NP_POS.has(t.pos[k + 1]) || t.pos[k + 1] === "DET")) { last = k; continue; }
    if (t.pos[k] === "DET" && last >= 0 && t.normal[k - 1] === "of") { last = k; continue; }
    break;
  }
  if (last < 0) return null;
  return classifyNP(ctx, f, last);
}

/**
 * Classifies tokens `first..last` as a speaker phrase. The head is the last
 * noun before the first "of" ("the head of Turkish diplomacy" → head), else
 * the last token. `the` + a singular role noun → role; a proper noun, a
 * source noun, or an indefinite / plural role noun → raw; anything else names
 * no speaker.
 */
export function classifyNP(ctx: QuoteContext, first: number, last: number): SpeakerPhrase | null {
  const t = ctx.input.tokens;
  if (last < first) return null;
  let head = last;
  for (let i = first; i <= last; i++) if (t.normal[i] === "of" && i > first) { head = i - 1; break; }
  if (t.pos[head] !== "NOUN" && t.pos[head] !== "PROPN") return null;
  const lemma = t.lemma[head].toLowerCase();
  const det = t.pos[first] === "DET" ? t.normal[first] : "";
  const plural = t.normal[head] !== lemma && t.normal[head].endsWith("s");
  if (ROLE_NOUNS.has(lemma) && det === "the" && !plural) return phrase(ctx, "role", first, last, -1, lemma);
  let proper = false;
  for (let i = first; i <= last; i++) if (t.pos[i] === "PROPN" && /^\p{Lu}/u.test(t.value[i])) proper = true;
  if (proper || SOURCE_NOUNS.has(lemma) || ROLE_NOUNS.has(lemma)) return phrase(ctx, "raw", first, last, -1, lemma);
  return null;
}

function phrase(ctx: QuoteContext, kind: SpeakerPhrase["kind"], first: number, last: number, mention: number, head: string): SpeakerPhrase {
  const t = ctx.input.tokens;
  const start = t.start[first], end = t.end[last];
  const words: string[] = [];
  for (let i = first; i <= last; i++) if (!t.punct[i]) words.push(t.normal[i]);
  return { kind, first, last, start, end, text: ctx.input.text.slice(start, end), mention, head, words };
}

const SOURCE_OF = new Set(["claim", "word", "statement", "report", "data", "estimate", "account", "figure", "information"]);

/** The source after "according to" (from token `f`): an actor, a pronoun, or the phrase itself (`the claims of` dropped). */
export function accordingPhrase(ctx: QuoteContext, f: number): SpeakerPhrase | null {
  const t = ctx.input.tokens;
  if (f >= ctx.n || ctx.quotedToken(f)) return null;
  let last = f;
  while (last + 1 < ctx.n && last + 1 - f < 12 && !t.punct[last + 1] && !ctx.quotedToken(last + 1) && !ctx.breakBetween(t.end[last], t.start[last + 1])) last++;
  let g = f;
  if (t.pos[g] === "DET" && SOURCE_OF.has(t.lemma[g + 1]) && t.normal[g + 2] === "of") g += 3;
  else if (SOURCE_OF.has(t.lemma[g]) && t.normal[g + 1] === "of") g += 2;
  if (g > last) g = f;
  const pron = { him: "he", her: "she", them: "they" }[t.normal[g]];
  if (pron) return { kind: "pronoun", first: g, last: g, start: t.start[g], end: t.end[g], text: t.value[g], mention: -1, head: pron, words: [pron] };
  const np = forwardNP(ctx, g, last);
  if (np && np.kind === "actor") return np;
  const whole = classifyNP(ctx, g, last);
  if (whole) return whole;
  const start = t.start[g], end = t.end[last];
  return { kind: "raw", first: g, last, start, end, text: ctx.input.text.slice(start, end), mention: -1, head: t.lemma[last].toLowerCase(), words: [] };
}
