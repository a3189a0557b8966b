import { mean } from "../../stats/mean";
import { proportion } from "../../stats/bootstrap-statistics";
import type { ParsedArticle } from "../../parse/types";

/** Sentence scores of one article, optionally without headline sentences. */
export function sentenceScores(p: ParsedArticle, includeHeadline: boolean): number[] {
  const s = p.sentences;
  const out: number[] = [];
  for (let i = 0; i < s.sentiment.length; i++) if (includeHeadline || !s.headline[i]) out.push(s.sentiment[i]);
  return out;
}

/**
 * Statistics over sentence scores used by every sentiment result. They are
 * stats' own `mean` and `proportion` (not wrappers) so the bootstrap recognises
 * them and sums replicates as it draws (stats/bootstrap-statistics).
 */
export const meanOf: (v: readonly number[]) => number = mean;
export const shareBelow = (band: number) => proportion((x) => x < -band);
export const shareAbove = (band: number) => proportion((x) => x > band);
export const shareWithin = (band: number) => proportion((x) => Math.abs(x) <= band);
