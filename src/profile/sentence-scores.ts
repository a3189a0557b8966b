import type { ParsedArticle } from "../parse/types";

/** Sentence scores of one article, optionally without headline sentences. */
export function sentenceScores(p: ParsedArticle, includeHeadline: boolean): number[] {
  const s = p.sentences;
  const out: number[] = [];
  for (let i = 0; i < s.sentiment.length; i++) if (includeHeadline || !s.headline[i]) out.push(s.sentiment[i]);
  return out;
}
