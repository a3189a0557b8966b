import type { CoverageProfileOptions } from "./coverage";
import type { DivergenceProfileOptions } from "./divergence";
import type { EmphasisProfileOptions } from "./emphasis";
import type { SentimentProfileOptions } from "./sentiment";
import { terminologySettings, type TerminologyProfileOptions } from "./terminology";
import { termOptions } from "./terms";
import type { VoiceProfileOptions } from "./voice";

/**
 * Options of the map, one object per family. Plain data, so they can be sent
 * to a worker. Most options apply at the reduce (a profile keeps the raw
 * facts); only those that decide what a profile holds are here.
 */
export interface ProfileOptions {
  readonly sentiment?: SentimentProfileOptions;
  readonly emphasis?: EmphasisProfileOptions;
  readonly terminology?: TerminologyProfileOptions;
  readonly voice?: VoiceProfileOptions;
  readonly coverage?: CoverageProfileOptions;
  readonly divergence?: DivergenceProfileOptions;
}

/**
 * Checks the map options once, up front, with messages naming the option:
 * inside the map a bad option would throw for every article, and the fault
 * barrier would skip them all instead of saying what is wrong.
 */
export function checkProfileOptions(options: ProfileOptions): void {
  terminologySettings(options.terminology);
  const excerpt = options.voice?.excerptLength;
  if (excerpt !== undefined && (!Number.isInteger(excerpt) || excerpt < 1)) throw new Error(`invalid voice.excerptLength: ${excerpt} (use a whole number ≥ 1)`);
  if (options.divergence?.terms) termOptions(options.divergence.terms);
}
