import { mean } from "../stats/mean";
import type { ParsedArticle } from "../parse/types";

/** Sentence scores of one article, optionally without headline sentences. */
export function sentenceScores(p: ParsedArticle, includeHeadline: boolean): number[] {
  const s = p.sentences;
  const out: number[] = [];
  for (let i = 0; i < s.sentiment.length; i++) if (includeHeadline || !s.headline[i]) out.push(s.sentiment[i]);
  return out;
}

/** Statistics over sentence scores used by every sentiment result. */
export const meanOf = (v: number[]): number => mean(v);
export const shareBelow = (band: number) => (v: number[]): number => v.filter((x) => x < -band).length / v.length;
export const shareAbove = (band: number) => (v: number[]): number => v.filter((x) => x > band).length / v.length;
export const shareWithin = (band: number) => (v: number[]): number => v.filter((x) => Math.abs(x) <= band).length / v.length;
