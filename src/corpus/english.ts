/**
 * Common English function words that are rare as words of other languages
 * written in Latin script: left out are words such as `a`, `in`, `an`, `is`,
 * `was`, `will`, `also`, `so`, `to`, `on`, `die`, `over`, which are frequent
 * in Spanish, German, Dutch, French or Polish. Function words make up about
 * half of running English text; these 52 alone make a quarter to a third of
 * the bundled English reports, and none of made-up German, French, Spanish,
 * Italian, Dutch or Polish ones.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the", "and", "of", "that", "with", "for", "this", "from", "by", "at", "it", "its",
  "be", "been", "are", "were", "has", "have", "had", "would", "could", "should",
  "which", "who", "what", "when", "their", "they", "them", "there", "these", "those",
  "he", "his", "him", "she", "her", "we", "our", "you", "said", "but", "not", "than",
  "after", "about", "into", "more", "such", "other", "or", "can",
]);

/** What `englishWords` found in a text. */
export interface EnglishScore {
  /** Words read (letters, with inner apostrophes), at most `limit`. */
  readonly words: number;
  /** How many of them are ENGLISH_FUNCTION_WORDS. */
  readonly hits: number;
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * Counts a text's words and its English function words — the "common words"
 * method of language identification (Grefenstette 1995, "Comparing two
 * language identification schemes", JADT; Ingle 1976): a text whose most
 * frequent short words are another language's is not English. Reads at most
 * the first `limit` words, so the cost per article is bounded; deterministic,
 * no model, no network. Words are lower-cased.
 *
 * @example
 * englishWords("The talks ended without a deal, and both sides said that...");
 * // => { words: 11, hits: 4 }   (the, and, said, that)
 * englishWords("Die Gespräche endeten ohne Einigung").hits; // => 0
 */
export function englishWords(text: string, limit = 2000): EnglishScore {
  let words = 0, hits = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && words < limit; m = WORD.exec(text)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) hits++;
  }
  return { words, hits };
}

/** Fewer words than this and a text is too short to tell (a headline, a caption). */
export const MIN_WORDS = 40;
/** Below this share of function words a text does not read as English (English news: about 0.2; German, French, Spanish: under 0.02). */
export const MIN_SHARE = 0.08;

/**
 * Whether a text reads as English: `true`, `false`, or `undefined` when it has
 * fewer than MIN_WORDS words. English when at least MIN_SHARE of its words
 * are ENGLISH_FUNCTION_WORDS.
 *
 * @example
 * looksEnglish("Kurz."); // => undefined
 */
export function looksEnglish(text: string): boolean | undefined {
  const { words, hits } = englishWords(text);
  if (words < MIN_WORDS) return undefined;
  return hits / words >= MIN_SHARE;
}
