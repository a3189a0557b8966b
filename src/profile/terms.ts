import type { ParsedArticle } from "../parse/types";

export interface TermOptions {
  /** Count lemmas (`said` → `say`) or lower-cased surface forms. Defaults to *lemma*. */
  unit?: "lemma" | "surface";
  /** Which n-grams to count: unigrams, bigrams or both. Defaults to *[1, 2]*. */
  ngrams?: readonly (1 | 2)[];
  /** Keep stop words (and bigrams containing them). Defaults to *false*. */
  keepStopWords?: boolean;
  /** Keep number tokens ("24", "17"). Defaults to *false*. */
  keepNumbers?: boolean;
}

export const TERM_DEFAULTS: Readonly<Required<TermOptions>> = Object.freeze({ unit: "lemma", ngrams: Object.freeze([1, 2] as (1 | 2)[]), keepStopWords: false, keepNumbers: false });

// Tokens that are never terms: punctuation and non-words.
const NON_TERMS = new Set(["punctuation", "url", "email", "symbol", "emoji", "emoticon", "hashtag", "mention"]);

/** Resolves options with their defaults, checking values at run time. */
export function termOptions(options: TermOptions = {}): Required<TermOptions> {
  const o = { ...TERM_DEFAULTS, ...options };
  if (o.unit !== "lemma" && o.unit !== "surface") throw new Error(`invalid unit: ${String(o.unit)} (use "lemma" or "surface")`);
  if (o.ngrams.length === 0 || o.ngrams.some((n) => n !== 1 && n !== 2)) throw new Error(`invalid ngrams: ${JSON.stringify(o.ngrams)} (use [1], [2] or [1, 2])`);
  return o;
}

/**
 * Term frequencies of one article. Unigrams are the kept tokens; bigrams are
 * pairs of adjacent word tokens in one sentence (punctuation breaks a pair),
 * kept when neither word is dropped, written `"w1 w2"`.
 *
 * @example
 * termCounts(parsed).get("say"); // times the article says "said"/"says"/...
 */
export function termCounts(p: ParsedArticle, options: TermOptions = {}): Map<string, number> {
  const o = termOptions(options);
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const uni = o.ngrams.includes(1), bi = o.ngrams.includes(2);
  let prev: string | undefined; // the previous kept word in this sentence, if adjacent
  let prevSentence = -1;
  for (const w of termWordsOf(p, o.unit)) {
    if (w.sentence !== prevSentence) { prev = undefined; prevSentence = w.sentence; }
    if (!isTerm(w, o)) { prev = undefined; continue; }
    if (uni) add(w.form);
    if (bi && prev !== undefined) add(`${prev} ${w.form}`);
    prev = w.form;
  }
  return counts;
}

// The possessive clitic wink splits off ("Lavrov" + "'s"): grammar, not a term.
const POSSESSIVE = /^['’]s$/;

/**
 * The shape every term has (issue 11 finding 4): one or more pieces of
 * letters and digits (Unicode `\p{L}`, `\p{N}`, with combining marks `\p{M}`
 * after the first character, as Devanagari vowel signs need), joined by a
 * single hyphen, apostrophe or full stop ("cease-fire", "o'clock", "u.s"),
 * or between digits by a comma, colon or slash ("1,234.56", "10:30");
 * optionally ending in a full stop ("mr.", "u.s.") and, for a number,
 * starting with a sign ("-5"). Punctuation, symbols and marks alone ("―"
 * U+2015, "$", "№", emoji, U+200E) never are. Term forms fold the curly
 * apostrophe to the straight one first (see `termWords`).
 */
export const TERM_SHAPE = /^(?:[-+](?=\p{N}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'.]|(?<=\p{N})[,:/](?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?$/u;

// A form with no letter is a number, whatever wink's type: "½" (\p{No}) is one too.
const LETTER = /\p{L}/u;

/** One word of an article as term counting sees it (see `termWords`). */
export interface TermWord {
  /** Lemma or normal form, folded (lower case, ’ as ', no invisible marks); a rejoined word is its folded surface. */
  readonly form: string;
  /** wink token type (`word` for a rejoined word). */
  readonly type: string;
  readonly stop: boolean;
  readonly sentence: number;
  /** First and last token index (into `tokens`) the word covers; equal unless rejoined. */
  readonly first: number;
  readonly last: number;
}

/**
 * Whether a word counts as a term under the options: it has the shape of a
 * word (`TERM_SHAPE`: letters or digits, never punctuation or symbols alone),
 * is no URL, e-mail, hashtag or possessive clitic, and is a stop word or a
 * number (a form without letters) only when those are kept.
 *
 * @example
 * isTerm({ form: "―", type: "unk", stop: false, sentence: 0, first: 0, last: 0 }, TERM_DEFAULTS); // => false
 */
export function isTerm(w: TermWord, o: Pick<Required<TermOptions>, "keepStopWords" | "keepNumbers">): boolean {
  if (NON_TERMS.has(w.type) || POSSESSIVE.test(w.form) || !TERM_SHAPE.test(w.form)) return false;
  if (!o.keepStopWords && w.stop) return false;
  return o.keepNumbers || (w.type !== "number" && LETTER.test(w.form));
}

// "Trump’s," and "Lavrov's." at a comma or a sentence end stay one wink token: the clitic is split off here as wink splits it elsewhere.
const WITH_POSSESSIVE = /^([\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*?)(['’]s)$/u;

/**
 * Stop words that take a possessive ("everyone’s", "one’s"): wink flags the
 * word as a stop word when it splits the clitic off, but not the unsplit
 * token, so the flag is restored from this list (test/profile/terms-words.test.ts
 * checks each is a wink stop word).
 */
export const POSSESSIVE_STOP_HOSTS: ReadonlySet<string> = new Set(["another", "anyone", "each", "either", "everyone", "he", "here", "it", "neither", "nobody", "one", "other", "she", "someone", "that", "there", "this", "what", "who"]);

// Invisible format characters (U+200E, U+200B, soft hyphen) inside a token are not part of the word.
const FORMAT = /\p{Cf}/gu;

/** A form as terms compare it: lower case, curly apostrophes straight, no invisible marks. */
function termForm(s: string): string {
  return s.replace(FORMAT, "").replace(/’/g, "'").toLowerCase();
}

/**
 * The article's words in order, every token included (filter them with
 * `isTerm`). wink-nlp splits a word at letters outside Latin-1 ("Çavuşoğlu"
 * → Çavu|ş|o|ğ|lu) and at some hyphens ("cease-fire" → cease|-|fire,
 * "24-hour"); touching pieces are joined back into one word, written in lower
 * case (the pieces' lemmas would be meaningless), so an outlet's "cease-fire"
 * stays one term against another's "ceasefire".
 *
 * Forms are folded: lower case, the curly apostrophe ’ written ', invisible
 * format characters (U+200E, U+200B, soft hyphen) removed. A possessive is
 * split off the same way whatever its apostrophe and wherever it stands:
 * wink splits "Trump’s plan" into trump + ’s but keeps "Trump’s," and
 * "Lavrov's." whole; those become the word and a clitic `'s` too, so
 * "trump’s" and "trump's" both count as the term "trump" (issue 11 finding 4).
 *
 * @example
 * termWords(parsed).filter((w) => isTerm(w, TERM_DEFAULTS)).map((w) => w.form); // ["lavrov", "say", ...]
 */
export function termWords(p: ParsedArticle, unit: "lemma" | "surface" = "lemma"): TermWord[] {
  const t = p.tokens;
  const form = unit === "lemma" ? t.lemma : t.normal;
  const out: TermWord[] = [];
  const wordLike = (i: number) => t.type[i] === "word" || t.type[i] === "unk";
  // only pure-letter pieces are rejoined: clitics like "n't", "'s", "'re" stay separate words
  const letters = (i: number) => wordLike(i) && /^[\p{L}\p{M}]+$/u.test(t.value[i]);
  const piece = (i: number) => letters(i) || (t.type[i] === "number" && /^\d+$/.test(t.value[i]));
  // the last piece of a split word may carry the possessive: "Çavuşoğlu’s," → Çavu|ş|o|ğ|lu’s
  const lastPiece = (i: number) => wordLike(i) && /^[\p{L}\p{M}]+['’]s$/u.test(t.value[i]);
  const touching = (a: number, b: number) => b < t.value.length && t.start[b] === t.end[a] && t.sentence[b] === t.sentence[a];
  const push = (f: string, type: string, stop: boolean, first: number, last: number) => {
    const m = wordLike(first) ? WITH_POSSESSIVE.exec(f) : null;
    if (!m) { out.push({ form: f, type, stop, sentence: t.sentence[first], first, last }); return; }
    out.push({ form: m[1], type, stop: stop || POSSESSIVE_STOP_HOSTS.has(m[1]), sentence: t.sentence[first], first, last });
    out.push({ form: m[2], type: "word", stop: false, sentence: t.sentence[first], first: last, last });
  };
  for (let i = 0; i < t.value.length; i++) {
    let j = i;
    for (;;) {
      if (letters(j) && touching(j, j + 1) && letters(j + 1)) { j++; continue; }
      // word-hyphen-word written solid: "cease-fire", "self-proclaimed", "24-hour"
      if (piece(j) && touching(j, j + 1) && t.value[j + 1] === "-" && touching(j + 1, j + 2) && piece(j + 2)) { j += 2; continue; }
      if (letters(j) && touching(j, j + 1) && lastPiece(j + 1)) j++;
      break;
    }
    if (j === i) push(termForm(form[i]), t.type[i], t.stop[i], i, i);
    else {
      push(termForm(t.value.slice(i, j + 1).join("")), "word", false, i, j);
      i = j;
    }
  }
  return out;
}

/** Adds term counts up (e.g. over an outlet's articles). */
export function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): Map<string, number> {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
  return into;
}

// One article's words per unit, kept while the parse lives: the terminology, coverage and divergence parts of the map all read them.
const WORDS = new WeakMap<ParsedArticle, { lemma?: readonly TermWord[]; surface?: readonly TermWord[] }>();

/**
 * `termWords`, computed once per article and unit: every part of the map that
 * reads an article's words shares one list (the parse is immutable, so the
 * list is too). Do not mutate the result.
 */
export function termWordsOf(p: ParsedArticle, unit: "lemma" | "surface" = "lemma"): readonly TermWord[] {
  let cached = WORDS.get(p);
  if (!cached) { cached = {}; WORDS.set(p, cached); }
  return (cached[unit] ??= Object.freeze(termWords(p, unit)));
}
