/**
 * Tone of the words that bear on one mention: the mention-level measure of
 * "tone toward an actor" (issue 11 finding 9). A sentence names X; the score
 * reads only X's clause, and in it only the words within `MENTION_WINDOW`
 * tokens of X, with negation handled and X's own words left out. So in
 * "Critics praised the reforms, but Smith was accused of corruption" Smith's
 * score comes from "was accused of corruption", not from "praised".
 */

/** Tokens each side of the mention that may bear on it, within its clause (punctuation not counted). */
export const MENTION_WINDOW = 6;

/**
 * Tokens before a sentiment word searched for a negator: 3, the window of
 * VADER (Hutto & Gilbert 2014, ICWSM, §3 "negation": a negation within the
 * three preceding tokens flips the word's polarity).
 */
export const NEGATION_WINDOW = 3;

/**
 * Negators (wink's normal forms: "n't" is "not"): VADER's list (Hutto &
 * Gilbert 2014) without its spelled-out contractions, which wink expands.
 */
export const NEGATORS: ReadonlySet<string> = new Set([
  "not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "nowhere", "without", "cannot", "hardly", "rarely", "seldom",
]);

/** Tokens that end a clause wherever they stand (Taboada et al. 2011, Computational Linguistics 37(2), §2.4: a negator's scope stops at a clause boundary). */
const BREAKS: ReadonlySet<string> = new Set([";", ":", "—", "–", "--", "(", ")", "\"", "“", "”"]);
/** Subordinators: each opens a clause where it stands ("..., while Smith was praised"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(["while", "whilst", "whereas", "although", "though", "because", "unless"]);
/** Coordinators that open a clause after a comma only (", but Smith was accused"; "poor but honest" stays one clause). */
const CONTRASTIVES: ReadonlySet<string> = new Set(["but", "yet", "however"]);

/** The tokens of one sentence that `mentionScore` reads. */
export interface ClauseTokens {
  /** wink normal forms (lower case), one per token. */
  readonly normal: readonly string[];
  readonly punct: readonly boolean[];
}

/**
 * The clause around tokens [from, to) of the sentence held in tokens
 * [start, end): a half-open token range. A clause ends at ; : — – ( ) and
 * quotation marks, before a subordinator (while, whereas, although, though,
 * because, unless) and before "but", "yet", "however" after a comma; a
 * clause that opens with a subordinator ("Although Smith was praised, ...")
 * also ends at its first comma.
 */
export function clauseAround(t: ClauseTokens, start: number, end: number, from: number, to: number): [number, number] {
  const opens = (i: number) => SUBORDINATORS.has(t.normal[i]) || (CONTRASTIVES.has(t.normal[i]) && i > start && t.normal[i - 1] === ",");
  let lo = from;
  // leftwards to a break mark (left out) or a word that opens a clause (kept: it is the clause's first word)
  while (lo > start && !BREAKS.has(t.normal[lo - 1])) { lo--; if (opens(lo)) break; }
  const subordinate = SUBORDINATORS.has(t.normal[lo]);
  // "Although critics praised the reforms, Smith was accused": the subordinate clause ended at its comma
  if (subordinate) for (let i = from - 1; i > lo; i--) if (t.normal[i] === ",") { lo = i + 1; break; }
  const inSubordinate = SUBORDINATORS.has(t.normal[lo]);
  let hi = to;
  while (hi < end && !BREAKS.has(t.normal[hi]) && !opens(hi) && !(inSubordinate && t.normal[hi] === ",")) hi++;
  return [lo, hi];
}

/**
 * The mention-level score: the mean wink score of the sentiment-bearing
 * words within `MENTION_WINDOW` tokens of the mention inside its clause, the
 * mention's own tokens [from, to) left out, each word's sign flipped when a
 * negator stands among the `NEGATION_WINDOW` tokens before it in the clause.
 * Like wink's sentence score it averages over the words that carry
 * sentiment, so it lies in [-1, 1]; 0 when none does.
 *
 * @param score sentiment of one token's normal form (`wordSentiment`)
 * @example
 * // tokens: Critics praised the reforms , but Smith was accused of corruption .
 * mentionScore(t, 0, 12, 6, 7, wordSentiment); // => (-0.4 - 0.6) / 2 = -0.5
 */
export function mentionScore(t: ClauseTokens, start: number, end: number, from: number, to: number, score: (normal: string) => number): number {
  if (from >= to || from < start || to > end) return 0;
  const [lo, hi] = clauseAround(t, start, end, from, to);
  let sum = 0, hits = 0;
  const take = (i: number) => {
    const s = score(t.normal[i]);
    if (s === 0) return;
    sum += negated(t, lo, i) ? -s : s;
    hits++;
  };
  for (let i = from - 1, k = 0; i >= lo && k < MENTION_WINDOW; i--) if (!t.punct[i]) { take(i); k++; }
  for (let i = to, k = 0; i < hi && k < MENTION_WINDOW; i++) if (!t.punct[i]) { take(i); k++; }
  return hits === 0 ? 0 : sum / hits;
}

/** A negator among the NEGATION_WINDOW tokens before token i, not before the clause start `lo`. */
function negated(t: ClauseTokens, lo: number, i: number): boolean {
  for (let j = i - 1; j >= lo && j >= i - NEGATION_WINDOW; j--) if (NEGATORS.has(t.normal[j])) return true;
  return false;
}
