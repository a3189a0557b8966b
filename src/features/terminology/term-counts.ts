// Term extraction reads the parse, so it lives in the map (src/profile/terms.ts); this re-export keeps old imports working while the families move.
export { addCounts, isTerm, TERM_DEFAULTS, termCounts, termOptions, termWords, termWordsOf } from "../../profile/terms";
export type { TermOptions, TermWord } from "../../profile/terms";
