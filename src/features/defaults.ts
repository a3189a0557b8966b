import { DEFAULTS as coverage } from "./coverage/options";
import { DEFAULTS as divergence } from "./divergence/options";
import { DEFAULTS as emphasis } from "./emphasis/options";
import { STATISTICS_DEFAULTS as statistics } from "./options";
import { DEFAULTS as sentiment } from "./sentiment/options";
import { DEFAULTS as terminology } from "./terminology/options";
import { DEFAULTS as time } from "./time/options";
import { DEFAULTS as voice } from "./voice/options";

/** Every default of every feature family, by family (each is its family's `options.ts` DEFAULTS), and the shared statistics defaults. */
export const DEFAULTS = Object.freeze({ statistics, terminology, sentiment, emphasis, voice, coverage, divergence, time });
