import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";
import { labelUses } from "./terminology-labels";
import { articleNames } from "./terminology-names";
import { isWide, uints, vocabulary, wordCounts, type Uints, type WordCounts } from "./terminology-tables";
import { articleTerms } from "./terminology-terms";
import { TERM_DEFAULTS, termOptions } from "./terms";

/**
 * The options that decide what the terminology part holds, as the map used
 * them (recorded in every part, so the reduce can check it was asked for the
 * same). They are map options because keeping every choice would multiply
 * the tables: bigrams with stop words are about three times those without,
 * and a name's context under every window is its whole sentence.
 */
export interface TerminologySettings {
  /** Count lemmas or lower-cased surface forms (see `TermOptions`). */
  readonly unit: "lemma" | "surface";
  /** Keep stop words, and bigrams containing them. */
  readonly keepStopWords: boolean;
  /** Keep number tokens. */
  readonly keepNumbers: boolean;
  /** Non-stop words taken on each side of a name's use as its context (`VariantOptions.window`). */
  readonly window: number;
}

/** Options of the terminology part of the map. */
export interface TerminologyProfileOptions {
  /** Term unit. Defaults to *lemma*. */
  readonly unit?: "lemma" | "surface";
  /** Keep stop words in the term tables. Defaults to *false*. */
  readonly keepStopWords?: boolean;
  /** Keep numbers in the term tables. Defaults to *false*. */
  readonly keepNumbers?: boolean;
  /** Context window of names, in non-stop words each side. Defaults to *3*. */
  readonly window?: number;
}

/** Defaults of the terminology map options (the features' `DEFAULTS` read them from here). */
export const TERMINOLOGY_PROFILE_DEFAULTS: TerminologySettings = Object.freeze({ unit: TERM_DEFAULTS.unit, keepStopWords: TERM_DEFAULTS.keepStopWords, keepNumbers: TERM_DEFAULTS.keepNumbers, window: 3 });

/**
 * Capitalised forms of one article as tables. Items of form r are
 * `[end[r − 1], end[r])` of an item column (end[−1] = 0); an item column
 * repeats an index once per use, so it needs no count column.
 */
export interface NameTable {
  /** Folded form (index into `words`), sorted. */
  readonly form: Uints;
  /** Capitalised uses not sentence-initial or tagged PROPN. */
  readonly nameLike: Uints;
  /** Spellings as written (indices into `words`), once per capitalised use, so a form's capitalised uses are its surface count. */
  readonly surfaceEnd: Uints;
  readonly surface: Uints;
  /** Folded wink lemmas of single-token uses (indices into `words`), each once. */
  readonly lemmaEnd: Uints;
  readonly lemma: Uints;
  /** Context words (indices into `words`), once per occurrence near a use. */
  readonly contextEnd: Uints;
  readonly context: Uints;
}

/**
 * Concept-label uses, one row per (concept, label) the article uses, sorted
 * by concept then label; `voice` holds three counts per row: the outlet's own
 * words, inside a direct quote, inside scare quotes (see `labelUses`).
 */
export interface LabelTable {
  /** Concept id and label (indices into `words`). */
  readonly concept: Uints;
  readonly label: Uints;
  /** Row r's counts are voice[3r] (own), voice[3r + 1] (direct), voice[3r + 2] (scare). */
  readonly voice: Uints;
}

/**
 * What the terminology features need of one article: term tables for
 * distinctive terms, concept-label counts for label choice, capitalised names
 * with context for spelling variants. Every table indexes one sorted
 * vocabulary, `words`, so a string is stored once per article; each number
 * column takes the fewest bytes that hold its values (`Uints`).
 */
export interface TerminologyProfile {
  readonly settings: TerminologySettings;
  /**
   * The article's strings (term forms, folded words, lemmas, spellings,
   * concept ids, labels), each once, written end to end: word i is
   * `(words + wide)` from Σ_{j<i} wordLength[j], wordLength[i] long (see `vocabularyOf`).
   * One string, not one per word, because the main thread holds 100,000
   * parts; the words with a character beyond Latin-1 ("Çavuşoğlu") are kept
   * apart in `wide`, so `words` stays one byte a character. Each run is
   * sorted by code units.
   */
  readonly words: string;
  readonly wide: string;
  readonly wordLength: Uints;
  /** Unigram counts. */
  readonly unigrams: WordCounts;
  /** Bigram counts, the bigram being `words[first] + " " + words[second]`; sorted by (first, second). */
  readonly bigrams: { readonly first: Uints; readonly second: Uints; readonly count: Uints };
  readonly labels: LabelTable;
  readonly names: NameTable;
  /** Folded letter words written in lower case, and how often (evidence that a capitalised form is a common word). */
  readonly lowercase: WordCounts;
}

/** The vocabulary of a part as a list: `vocabularyOf(t)[k]` is the word a table's index k names. */
export function vocabularyOf(t: Pick<TerminologyProfile, "words" | "wide" | "wordLength">): string[] {
  const all = t.words + t.wide;
  const out = new Array<string>(t.wordLength.length);
  for (let i = 0, start = 0; i < out.length; start += t.wordLength[i++]) out[i] = all.slice(start, start + t.wordLength[i]);
  return out;
}

/**
 * The same Latin-1 string in V8's one-byte form: slices of a text that has any
 * wider character are two-byte inside V8 (and in `v8.serialize`), whatever
 * characters they hold; a Latin-1 round trip through a Buffer drops that.
 */
function oneByte(latin1: string): string {
  return Buffer.from(latin1, "latin1").toString("latin1");
}

/** Resolves the map options with their defaults, checking values. */
export function terminologySettings(options: TerminologyProfileOptions = {}): TerminologySettings {
  // undefined means "the default", as in termOptions' callers
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as TerminologyProfileOptions;
  const { unit, keepStopWords, keepNumbers } = termOptions({ unit: given.unit ?? TERM_DEFAULTS.unit, keepStopWords: given.keepStopWords ?? TERM_DEFAULTS.keepStopWords, keepNumbers: given.keepNumbers ?? TERM_DEFAULTS.keepNumbers });
  const window = given.window ?? TERMINOLOGY_PROFILE_DEFAULTS.window;
  if (!Number.isInteger(window) || window < 1) throw new Error(`invalid window: ${String(window)} (use a whole number ≥ 1)`);
  if (typeof keepStopWords !== "boolean") throw new Error(`invalid keepStopWords: ${String(keepStopWords)} (use true or false)`);
  if (typeof keepNumbers !== "boolean") throw new Error(`invalid keepNumbers: ${String(keepNumbers)} (use true or false)`);
  return { unit, keepStopWords, keepNumbers, window };
}

/** The terminology part of one article's profile. */
export function profileTerminology(article: QuotedArticle, context: ProfileContext<TerminologyProfileOptions>): TerminologyProfile {
  const settings = terminologySettings(context.options);
  const { unigrams, bigrams } = articleTerms(article, settings);
  const names = articleNames(article, settings.window);
  const labels = labelUses(article);
  const seen = new Set<string>(unigrams.keys());
  for (const w of names.lowercase.keys()) seen.add(w);
  for (const [folded, f] of names.forms) {
    seen.add(folded);
    for (const x of f.surfaces.keys()) seen.add(x);
    for (const x of f.lemmas) seen.add(x);
    for (const x of f.context.keys()) seen.add(x);
  }
  for (const l of labels) { seen.add(l.concept); seen.add(l.label); }
  const { words, index } = vocabulary(seen);
  const narrow = words.findIndex(isWide), split = narrow < 0 ? words.length : narrow;
  return {
    settings, words: oneByte(words.slice(0, split).join("")), wide: words.slice(split).join(""), wordLength: uints(words.map((w) => w.length)),
    unigrams: wordCounts(unigrams, index),
    bigrams: bigramTable(bigrams, index),
    labels: { concept: uints(labels.map((l) => index.get(l.concept)!)), label: uints(labels.map((l) => index.get(l.label)!)), voice: uints(labels.flatMap((l) => l.voice)) },
    names: nameTable(names.forms, index),
    lowercase: wordCounts(names.lowercase, index),
  };
}

function bigramTable(bigrams: ReadonlyMap<string, ReadonlyMap<string, number>>, index: ReadonlyMap<string, number>): TerminologyProfile["bigrams"] {
  const rows: [number, number, number][] = [];
  for (const [a, next] of bigrams) for (const [b, n] of next) rows.push([index.get(a)!, index.get(b)!, n]);
  rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { first: uints(rows.map((r) => r[0])), second: uints(rows.map((r) => r[1])), count: uints(rows.map((r) => r[2])) };
}

/** Index-sorted items, each repeated `count` times. */
function repeated(counts: ReadonlyMap<string, number>, index: ReadonlyMap<string, number>, into: number[]): void {
  for (const [at, n] of [...counts].map(([x, k]) => [index.get(x)!, k] as const).sort((a, b) => a[0] - b[0])) for (let k = 0; k < n; k++) into.push(at);
}

function nameTable(forms: ReturnType<typeof articleNames>["forms"], index: ReadonlyMap<string, number>): NameTable {
  const rows = [...forms].map(([folded, f]) => ({ at: index.get(folded)!, f })).sort((a, b) => a.at - b.at);
  const surface: number[] = [], lemma: number[] = [], context: number[] = [];
  const surfaceEnd: number[] = [], lemmaEnd: number[] = [], contextEnd: number[] = [];
  for (const { f } of rows) {
    repeated(f.surfaces, index, surface);
    surfaceEnd.push(surface.length);
    for (const l of [...f.lemmas].map((x) => index.get(x)!).sort((a, b) => a - b)) lemma.push(l);
    lemmaEnd.push(lemma.length);
    repeated(f.context, index, context);
    contextEnd.push(context.length);
  }
  return {
    form: uints(rows.map((r) => r.at)), nameLike: uints(rows.map((r) => r.f.nameLike)),
    surfaceEnd: uints(surfaceEnd), surface: uints(surface), lemmaEnd: uints(lemmaEnd), lemma: uints(lemma), contextEnd: uints(contextEnd), context: uints(context),
  };
}
