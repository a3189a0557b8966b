import { mean } from "../../stats/mean";
import { proportion } from "../../stats/bootstrap-statistics";
import type { SentimentProfile } from "../../profile/sentiment";

/** Sentence scores of one article's profile, optionally without headline sentences. */
export function scoresOf(part: SentimentProfile, includeHeadline: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < part.scores.length; i++) if (includeHeadline || !part.headline[i]) out.push(part.scores[i]);
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
