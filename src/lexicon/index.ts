export * from "./types";
export { fold, foldWithMap, foldChar } from "./fold";
export { loadLexicon, parseLexicon } from "./parse-lexicon";
export { validateLexicon, lexiconPatterns, type PatternRef } from "./validate";
export { compileLexicon, findLexiconHits, type LexiconHit, type LexiconMatcher } from "./match";
export { corpusLexicon } from "./corpus-lexicon";
