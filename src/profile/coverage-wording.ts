import type { ParsedArticle } from "../parse/types";
import { isTerm, termWordsOf } from "./terms";

/** What a token is for shared wording (reported as `params.tokens`). */
export const WORDING_TOKENS = "lower-cased wink normal forms of every token but punctuation, symbols, URLs, e-mails, emoji and possessive clitics; curly apostrophes folded to straight; words wink split at non-Latin-1 letters rejoined";

/** An article's tokens for shared wording: forms and each one's character span in `text`. */
export interface WordingTokens {
  readonly forms: string[];
  readonly start: number[];
  readonly end: number[];
}

/** The article's tokens as `sharedWording` matches them (see `WORDING_TOKENS`). */
export function wordingTokens(p: ParsedArticle): WordingTokens {
  const forms: string[] = [], start: number[] = [], end: number[] = [];
  for (const w of termWordsOf(p, "surface")) {
    if (!isTerm(w, { keepStopWords: true, keepNumbers: true })) continue;
    forms.push(w.form.replace(/’/g, "'"));
    start.push(p.tokens.start[w.first]);
    end.push(p.tokens.end[w.last]);
  }
  return { forms, start, end };
}
