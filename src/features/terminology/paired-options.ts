import { termOptions, type TermOptions } from "../../profile/terms";
import { DEFAULTS } from "./options";
import { checkStopWords, type StopWordsOption } from "./stop-words";

/** Options of `pairedDistinctiveTerms`; unit, stop words and numbers are the map's (`TermOptions`). */
export interface PairedDistinctiveOptions extends TermOptions {
  /**
   * Prior strength α₀ of each event's Dirichlet prior (Monroe et al. 2008,
   * eqs. 16–22). Defaults to *V of the event*, the distinct terms its
   * articles use, as `distinctiveTerms` takes V of its background.
   */
  alpha0?: number;
  /** Drop rows whose term occurs fewer times than this in the combined events, both sides together. Defaults to *1*. */
  minCount?: number;
  /** Drop rows of terms combined over fewer events than this. Defaults to *1*. */
  minEvents?: number;
  /** How many of the terms an outlet never uses (in its events) keep a row: the lowest z. Defaults to *50*. */
  restAbsent?: number;
  /** Keep the k highest and k lowest z of each outlet and n. Defaults to *Infinity*. */
  top?: number;
  /** Words whose terms are dropped before the model is fitted: *"english"*, a list, or null. Defaults to *null*; see `DistinctiveOptions.stopWords`. */
  stopWords?: StopWordsOption;
}

export type ResolvedPairedOptions = Required<Omit<PairedDistinctiveOptions, "alpha0" | "stopWords">> & { alpha0: number | undefined; stopWords: StopWordsOption };

/** Fills in defaults and checks every value, with a message naming the option. */
export function pairedOptions(options: PairedDistinctiveOptions = {}): ResolvedPairedOptions {
  const given = { unit: options.unit, ngrams: options.ngrams, keepStopWords: options.keepStopWords, keepNumbers: options.keepNumbers };
  const t = termOptions(Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as TermOptions);
  const D = DEFAULTS.paired;
  const alpha0 = options.alpha0;
  if (alpha0 !== undefined && (typeof alpha0 !== "number" || !Number.isFinite(alpha0) || alpha0 <= 0)) throw new Error(`invalid alpha0: ${String(alpha0)} (use a finite number > 0, or leave it out for V of each event)`);
  const whole = (k: "minCount" | "minEvents", v: number) => {
    if (!Number.isInteger(v) || v < 1) throw new Error(`invalid ${k}: ${String(v)} (use a whole number ≥ 1)`);
    return v;
  };
  const minCount = whole("minCount", options.minCount ?? D.minCount), minEvents = whole("minEvents", options.minEvents ?? D.minEvents);
  const restAbsent = options.restAbsent ?? D.restAbsent;
  if (!(restAbsent === Infinity || (Number.isInteger(restAbsent) && restAbsent >= 0))) throw new Error(`invalid restAbsent: ${String(restAbsent)} (use a whole number ≥ 0, or Infinity for every term)`);
  const top = options.top ?? D.top;
  if (!(top === Infinity || (Number.isInteger(top) && top >= 1))) throw new Error(`invalid top: ${String(top)} (use a whole number ≥ 1, or Infinity for every row)`);
  return { unit: t.unit, ngrams: options.ngrams ? t.ngrams : D.ngrams, keepStopWords: t.keepStopWords, keepNumbers: t.keepNumbers, alpha0, minCount, minEvents, restAbsent, top,
    stopWords: options.stopWords === undefined ? D.stopWords : checkStopWords(options.stopWords) };
}
