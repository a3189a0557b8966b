import type { QuotedArticle } from "../quotes/quote-article";
import type { ProfileContext } from "./context";
import { labelCounts, type LabelCounts } from "./terminology-labels";
import { articleNames } from "./terminology-names";
import { vocabulary, wordCounts, type WordCounts } from "./terminology-tables";
import { articleTerms } from "./terminology-terms";
import { TERM_DEFAULTS, termOptions } from "./terms";
import { compareCodeUnits } from "../util/compare";

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

/** Capitalised forms of one article as tables; items of form r are `[end[r-1], end[r])` of each item column. */
export interface NameTable {
  /** Folded form (index into `words`), sorted. */
  readonly form: Uint32Array;
  readonly capitalised: Uint32Array;
  /** Capitalised uses not sentence-initial or tagged PROPN. */
  readonly nameLike: Uint32Array;
  /** Spellings as written, per form sorted by code units, and their counts. */
  readonly surfaceEnd: Uint32Array;
  readonly surface: string[];
  readonly surfaceCount: Uint32Array;
  /** Folded wink lemmas of single-token uses (indices into `words`). */
  readonly lemmaEnd: Uint32Array;
  readonly lemma: Uint32Array;
  /** Context words (indices into `words`) and counts. */
  readonly contextEnd: Uint32Array;
  readonly context: Uint32Array;
  readonly contextCount: Uint32Array;
}

/**
 * What the terminology features need of one article: term tables for
 * distinctive terms, concept-label counts for label choice, capitalised names
 * with context for spelling variants. Every word table indexes one sorted
 * vocabulary, `words`, so a word is stored once per article.
 */
export interface TerminologyProfile {
  readonly settings: TerminologySettings;
  /** The article's vocabulary (term forms, folded words, lemmas), sorted by code units. */
  readonly words: string[];
  /** Unigram counts. */
  readonly unigrams: WordCounts;
  /** Bigram counts, the bigram being `words[first] + " " + words[second]`; sorted by (first, second). */
  readonly bigrams: { readonly first: Uint32Array; readonly second: Uint32Array; readonly count: Uint32Array };
  readonly labels: LabelCounts;
  readonly names: NameTable;
  /** Folded letter words written in lower case, and how often (evidence that a capitalised form is a common word). */
  readonly lowercase: WordCounts;
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
export function profileTerminology(article: QuotedArticle, context: ProfileContext): TerminologyProfile {
  const settings = terminologySettings(context.options.terminology);
  const { unigrams, bigrams } = articleTerms(article, settings);
  const names = articleNames(article, settings.window);
  const seen = new Set<string>(unigrams.keys());
  for (const w of names.lowercase.keys()) seen.add(w);
  for (const [folded, f] of names.forms) {
    seen.add(folded);
    for (const l of f.lemmas) seen.add(l);
    for (const c of f.context.keys()) seen.add(c);
  }
  const { words, index } = vocabulary(seen);
  return {
    settings, words,
    unigrams: wordCounts(unigrams, index),
    bigrams: bigramTable(bigrams, index),
    labels: labelCounts(article),
    names: nameTable(names.forms, index),
    lowercase: wordCounts(names.lowercase, index),
  };
}

function bigramTable(bigrams: ReadonlyMap<string, ReadonlyMap<string, number>>, index: ReadonlyMap<string, number>): TerminologyProfile["bigrams"] {
  const rows: [number, number, number][] = [];
  for (const [a, next] of bigrams) for (const [b, n] of next) rows.push([index.get(a)!, index.get(b)!, n]);
  rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { first: Uint32Array.from(rows, (r) => r[0]), second: Uint32Array.from(rows, (r) => r[1]), count: Uint32Array.from(rows, (r) => r[2]) };
}

function nameTable(forms: ReturnType<typeof articleNames>["forms"], index: ReadonlyMap<string, number>): NameTable {
  const rows = [...forms].map(([folded, f]) => ({ at: index.get(folded)!, f })).sort((a, b) => a.at - b.at);
  const surface: string[] = [], surfaceCount: number[] = [], lemma: number[] = [], context: number[] = [], contextCount: number[] = [];
  const surfaceEnd: number[] = [], lemmaEnd: number[] = [], contextEnd: number[] = [];
  for (const { f } of rows) {
    for (const [s, n] of [...f.surfaces].sort((a, b) => compareCodeUnits(a[0], b[0]))) { surface.push(s); surfaceCount.push(n); }
    surfaceEnd.push(surface.length);
    for (const l of [...f.lemmas].map((x) => index.get(x)!).sort((a, b) => a - b)) lemma.push(l);
    lemmaEnd.push(lemma.length);
    for (const [c, n] of [...f.context].map(([x, k]) => [index.get(x)!, k] as const).sort((a, b) => a[0] - b[0])) { context.push(c); contextCount.push(n); }
    contextEnd.push(context.length);
  }
  return {
    form: Uint32Array.from(rows, (r) => r.at), capitalised: Uint32Array.from(rows, (r) => r.f.capitalised), nameLike: Uint32Array.from(rows, (r) => r.f.nameLike),
    surfaceEnd: Uint32Array.from(surfaceEnd), surface, surfaceCount: Uint32Array.from(surfaceCount),
    lemmaEnd: Uint32Array.from(lemmaEnd), lemma: Uint32Array.from(lemma),
    contextEnd: Uint32Array.from(contextEnd), context: Uint32Array.from(context), contextCount: Uint32Array.from(contextCount),
  };
}
