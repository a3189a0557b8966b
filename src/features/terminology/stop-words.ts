/**
 * The Snowball English stop-word list (Porter, "Snowball: A language for
 * stemming algorithms", snowballstem.org, algorithms/english/stop.txt, under
 * Snowball's BSD 3-clause licence, snowballstem.org/license.html): 174 words, its uncommented entries in its order (the
 * words it leaves commented out, "us", "will", "can", "may", "might", "must",
 * "shall" and the commonest content words such as "say", stay out).
 * Shipped in the repository: no download. Matched against terms lower-cased,
 * so it also catches lemmas ("be", "have", "do").
 */
export const SNOWBALL_ENGLISH: readonly string[] = Object.freeze([
  "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he",
  "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
  "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were",
  "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "would", "should", "could",
  "ought", "i'm", "you're", "he's", "she's", "it's", "we're", "they're", "i've", "you've", "we've", "they've", "i'd",
  "you'd", "he'd", "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "isn't",
  "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't",
  "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's", "that's", "who's", "what's", "here's",
  "there's", "when's", "where's", "why's", "how's", "a", "an", "the", "and", "but", "if", "or", "because", "as",
  "until", "while", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during",
  "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again",
  "further", "then", "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few",
  "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very",
]);

/** A stop-word option: *english* ({@link SNOWBALL_ENGLISH}), a list of words, or null for none. */
export type StopWordsOption = "english" | readonly string[] | null;

/**
 * Checks a stop-word option and returns it in canonical form (a list lower-
 * cased, deduplicated and sorted in code-unit order), with a message naming
 * the option when it is not one.
 */
export function checkStopWords(value: unknown, name = "stopWords"): StopWordsOption {
  if (value === null || value === undefined) return null;
  if (value === "english") return "english";
  if (!Array.isArray(value)) throw new Error(`invalid ${name}: ${JSON.stringify(value)} (use "english", a list of words, or null for none)`);
  const out = new Set<string>();
  value.forEach((w, i) => {
    if (typeof w !== "string" || w.trim() === "" || /\s/.test(w.trim())) throw new Error(`invalid ${name}: entry ${i + 1} (${JSON.stringify(w)}) is not one word (give one word per entry)`);
    out.add(w.trim().toLowerCase());
  });
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The words of a checked stop-word option, as a set (null for none). */
export function stopWordSet(option: StopWordsOption): ReadonlySet<string> | null {
  if (option === null) return null;
  return new Set(option === "english" ? SNOWBALL_ENGLISH : option);
}

/** Whether a term (a unigram, or a bigram "w1 w2") is dropped by `stop`: a unigram in the list, or a bigram with either word in it (lower-cased). */
export function isStopTerm(term: string, stop: ReadonlySet<string>): boolean {
  const lower = term.toLowerCase();
  const space = lower.indexOf(" ");
  return space < 0 ? stop.has(lower) : stop.has(lower.slice(0, space)) || stop.has(lower.slice(space + 1));
}
