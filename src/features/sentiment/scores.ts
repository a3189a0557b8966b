import { mean } from "../../stats/mean";
import { proportion } from "../../stats/bootstrap-statistics";

// Moved to the profile stage (issue 9); re-exported until every caller reads profiles.
export { sentenceScores } from "../../profile/sentence-scores";

/**
 * Statistics over sentence scores used by every sentiment result. They are
 * stats' own `mean` and `proportion` (not wrappers) so the bootstrap recognises
 * them and sums replicates as it draws (stats/bootstrap-statistics).
 */
export const meanOf: (v: readonly number[]) => number = mean;
export const shareBelow = (band: number) => proportion((x) => x < -band);
export const shareAbove = (band: number) => proportion((x) => x > band);
export const shareWithin = (band: number) => proportion((x) => Math.abs(x) <= band);
