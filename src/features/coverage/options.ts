/** Options of claim alignment (`coverageClaims`, `coverageOmissions`). */
export interface CoverageOptions {
  /**
   * Cosine similarity of BM25 sentence vectors that counts as a direct match:
   * claims grow only through such matches (see `groupByCohesion`). Defaults to
   * *0.25*: on the bundled Antalya corpus, cross-outlet sentence pairs judged
   * by hand are the same claim in 48 of 57 pairs at ≥ 0.3, 18 of 37 at
   * 0.25–0.3 and about a third at 0.2–0.25, so 0.25 is where a match becomes
   * as likely right as wrong (the analysis is in `coverage-claims.ts`).
   */
  threshold?: number;
  /**
   * Every sentence of a claim keeps a mean cosine to the claim's other
   * (distinct) sentences of at least this, and two groups merge only when
   * the mean cosine between their sentences reaches it, so that a claim
   * cannot take in a sentence, or another claim, through one match alone.
   * In [0, threshold]. Defaults to *0.15* (or `threshold` if that is lower):
   * on the bundled corpus, sentences that sat in a claim with a mean cosine
   * below 0.15 to the rest of it had all been put there wrongly; between 0.15
   * and 0.2 right and wrong ones mix (see `coverage-claims.ts`). Raise it for
   * fewer, tighter claims.
   */
  minFit?: number;
  /**
   * Sentences with fewer content words are left out of alignment: page
   * furniture ("20220310", a URL, "All news", "/TASS/.", "By Editor") and
   * fragments ("he asked."). Content words are the sentence's features
   * that are words or lexicon mentions, numbers not counted. Defaults to *4*.
   */
  minContentWords?: number;
  /**
   * Let headline sentences join claims. A headline restates the story, so it
   * may join a claim that body sentences form, but it never forms a claim on
   * its own and is never a claim's representative. Defaults to *true*.
   */
  includeHeadline?: boolean;
  /** Keep numbers ("24", "17") as features; they never count as content words. Defaults to *true*. */
  keepNumbers?: boolean;
  /** BM25 term-frequency saturation k1 (Robertson & Zaragoza 2009, eq. 3.15). Defaults to *1.2*. */
  k1?: number;
  /** BM25 length normalisation b in [0, 1] (Robertson & Zaragoza 2009, §3.5.1). Defaults to *0.75*. */
  b?: number;
}

export type ResolvedCoverageOptions = Readonly<Required<CoverageOptions>>;

/** Every default of the coverage family (claims, omissions, shared wording); the reasons are at the options' TSDoc. */
export const DEFAULTS = Object.freeze({
  /** Cosine that counts as a direct match between two sentences (`CoverageOptions.threshold`). */
  threshold: 0.25,
  /** Least mean cosine of a sentence to the rest of its claim (`CoverageOptions.minFit`); lowered to `threshold` when that is lower. */
  minFit: 0.15,
  /** Content words a sentence needs to take part in alignment. */
  minContentWords: 4,
  /** Headline sentences may join claims. */
  includeHeadline: true,
  /** Numbers are claim features (never content words). */
  keepNumbers: true,
  /** BM25 term-frequency saturation. */
  k1: 1.2,
  /** BM25 length normalisation. */
  b: 0.75,
  /** Share of an event's other outlets that must carry a claim for its absence to be an omission. */
  minShare: 0.5,
  /** Other outlets that must carry a claim for its absence to be an omission (so a claim one outlet alone carries is never one). */
  minCarriers: 2,
  /** Shortest shared-wording span, in tokens. */
  minTokens: 8,
  /** Shared wording compares articles of one event only. */
  acrossEvents: false,
  /** Share of an article's tokens in shared spans that flags a pair as a copy. */
  copyShare: 0.5,
});

/** The defaults of claim alignment (`coverageClaims` params). */
export const COVERAGE_DEFAULTS: ResolvedCoverageOptions = Object.freeze({
  threshold: DEFAULTS.threshold, minFit: DEFAULTS.minFit, minContentWords: DEFAULTS.minContentWords, includeHeadline: DEFAULTS.includeHeadline,
  keepNumbers: DEFAULTS.keepNumbers, k1: DEFAULTS.k1, b: DEFAULTS.b,
});

/** Fills in defaults and checks values, with a message naming the option. */
export function coverageOptions(options: CoverageOptions = {}): ResolvedCoverageOptions {
  const o = { ...COVERAGE_DEFAULTS, ...options };
  if (options.minFit === undefined && o.threshold < o.minFit) o.minFit = o.threshold;
  if (!(o.threshold > 0 && o.threshold <= 1)) throw new Error(`invalid threshold: ${o.threshold} (use a cosine similarity in (0, 1], e.g. 0.25)`);
  if (!(o.minFit >= 0 && o.minFit <= o.threshold)) throw new Error(`invalid minFit: ${o.minFit} (use a number in [0, threshold = ${o.threshold}], e.g. 0.15)`);
  if (!Number.isInteger(o.minContentWords) || o.minContentWords < 1) throw new Error(`invalid minContentWords: ${o.minContentWords} (use a whole number ≥ 1)`);
  if (typeof o.includeHeadline !== "boolean") throw new Error(`invalid includeHeadline: ${String(o.includeHeadline)} (use true or false)`);
  if (typeof o.keepNumbers !== "boolean") throw new Error(`invalid keepNumbers: ${String(o.keepNumbers)} (use true or false)`);
  if (!(o.k1 >= 0 && o.k1 <= 100)) throw new Error(`invalid k1: ${o.k1} (use a number in [0, 100], e.g. 1.2)`);
  if (!(o.b >= 0 && o.b <= 1)) throw new Error(`invalid b: ${o.b} (use a number in [0, 1], e.g. 0.75)`);
  return Object.freeze(o);
}

/** Options of `coverageOmissions`. */
export interface OmissionOptions extends CoverageOptions {
  /**
   * A claim an outlet lacks is an omission when at least this share of the
   * event's other outlets carry it (and at least `minCarriers` of them).
   * Defaults to *0.5*: half of the others, so with the outlet itself the
   * claim is what most of the event's outlets carry.
   */
  minShare?: number;
  /**
   * ... and at least this many of the event's other outlets carry it.
   * Defaults to *2*: a claim one other outlet alone carries is that outlet's
   * own (see `unique` in coverage-claims), not something every other outlet
   * omits (issue 11 finding 12). So an event needs 3 outlets for an omission;
   * with 2, each carries claims the other lacks and neither is the norm (a
   * warning names such events). Set 1 to count every claim of the one other
   * outlet in a two-outlet design.
   */
  minCarriers?: number;
}

export type ResolvedOmissionOptions = Readonly<Required<OmissionOptions>>;

/** Fills in defaults and checks values of `coverageOmissions`. */
export function omissionOptions(options: OmissionOptions = {}): ResolvedOmissionOptions {
  const { minShare = DEFAULTS.minShare, minCarriers = DEFAULTS.minCarriers, ...rest } = options;
  if (!(minShare > 0 && minShare <= 1)) throw new Error(`invalid minShare: ${minShare} (use a share in (0, 1], e.g. 0.5)`);
  if (!Number.isInteger(minCarriers) || minCarriers < 1) throw new Error(`invalid minCarriers: ${minCarriers} (use a whole number ≥ 1, e.g. 2)`);
  return Object.freeze({ ...coverageOptions(rest), minShare, minCarriers });
}
