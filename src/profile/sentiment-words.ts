import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** Words scored before the cache and the instance are replaced (bounds what wink learns and what the cache holds). */
const WORDS_PER_INSTANCE = 50_000;

/** A word wink's sentiment lexicon can score on its own: lower-case Latin letters only. */
const SCORABLE = /^[a-z]+$/;

type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | undefined;
let cache = new Map<string, number>();

/**
 * wink-nlp's sentiment score of one word, alone, in [-1, 1] ("praised" 0.6,
 * "accused" −0.4, "said" 0): the per-token value wink's own sentence score
 * averages (wink-eng-lite-web-model's sa-setter sums the scores of the
 * tokens its lexicon matches and divides by their number). wink does not
 * expose that per-token value, so the word is read as a one-word document by
 * an instance that runs only the sentiment step; the sentence-level negation
 * flip is left to the caller (see `mentionScore`).
 *
 * Only words of letters a–z are scored (0 otherwise): wink never splits such
 * a string, so the score does not depend on what the instance read before,
 * and a one-word read gives exactly the lexicon's entry. Limits: wink's
 * multi-word entries ("well done") and emoji are not seen word by word.
 *
 * @example
 * wordSentiment("accused"); // => -0.4
 * wordSentiment("Smith"); // => 0 (not lower-case letters: the caller passes wink's normal form)
 */
export function wordSentiment(normal: string): number {
  if (!SCORABLE.test(normal)) return 0;
  const hit = cache.get(normal);
  if (hit !== undefined) return hit;
  if (cache.size >= WORDS_PER_INSTANCE) { cache = new Map(); instance = undefined; }
  instance ??= winkNLP(model as Parameters<typeof winkNLP>[0], ["sentiment"]);
  const s = instance.readDoc(normal).out(instance.its.sentiment) as unknown;
  const score = typeof s === "number" && Number.isFinite(s) ? Math.max(-1, Math.min(1, s)) : 0;
  cache.set(normal, score);
  return score;
}
