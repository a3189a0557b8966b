import type { ParsedArticle } from "../parse/types";
import { isTerm, termWordsOf, type TermOptions } from "./terms";

/**
 * Unigram and bigram counts of one article, separately, under the term
 * options (ngrams aside: both are always counted). The same counts as
 * `termCounts` with ngrams [1, 2]: unigrams are the kept words; a bigram is
 * two adjacent kept words of one sentence (a dropped word breaks the pair).
 * A bigram is stored as its two words.
 */
export function articleTerms(p: ParsedArticle, o: Required<Omit<TermOptions, "ngrams">>): { unigrams: Map<string, number>; bigrams: Map<string, Map<string, number>> } {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, Map<string, number>>();
  let prev: string | undefined; // the previous kept word in this sentence, if adjacent
  let prevSentence = -1;
  for (const w of termWordsOf(p, o.unit)) {
    if (w.sentence !== prevSentence) { prev = undefined; prevSentence = w.sentence; }
    if (!isTerm(w, o)) { prev = undefined; continue; }
    unigrams.set(w.form, (unigrams.get(w.form) ?? 0) + 1);
    if (prev !== undefined) {
      let next = bigrams.get(prev);
      if (!next) { next = new Map(); bigrams.set(prev, next); }
      next.set(w.form, (next.get(w.form) ?? 0) + 1);
    }
    prev = w.form;
  }
  return { unigrams, bigrams };
}
