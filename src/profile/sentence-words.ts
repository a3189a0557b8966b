import type { ParsedArticle } from "../parse/types";

/** Word tokens (not punctuation, numbers or URLs) per sentence. */
export function wordsPerSentence(p: ParsedArticle): Uint32Array {
  const n = new Uint32Array(p.sentences.text.length);
  const { type, sentence } = p.tokens;
  for (let i = 0; i < type.length; i++) if (type[i] === "word") n[sentence[i]]++;
  return n;
}
