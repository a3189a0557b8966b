import { assertCountMap } from "./check";
import { sum } from "./sum";
import { compareCodeUnits } from "../util/compare";

/** Options of {@link logOddsDirichlet}. */
export interface LogOddsOptions {
  /**
   * Prior strength α₀ (total pseudo-count of the Dirichlet prior). Defaults to
   * *the number of distinct terms in the background* (see {@link defaultAlpha0}),
   * so that the mean per-term prior α_w is 1.
   */
  alpha0?: number;
  /**
   * Background counts π̂ is estimated from (π̂_w = count_w / total). Defaults to
   * *the pooled counts of the two groups* (countsI + countsJ). Pass the whole
   * corpus when comparing a pair of outlets inside a larger corpus. It must
   * give a positive count to every term counted in either group.
   */
  background?: ReadonlyMap<string, number>;
}

/** One row of {@link logOddsDirichlet}: positive δ̂ and z mean "used more by group i". */
export interface LogOddsRow {
  term: string;
  countI: number;
  countJ: number;
  /** δ̂_w, the difference of smoothed log-odds, group i minus group j (natural log). */
  delta: number;
  /** √σ²(δ̂_w), its approximate standard deviation. */
  sigma: number;
  /** δ̂_w / σ, the z-score. */
  z: number;
}

/**
 * The default prior strength: α₀ = V, the number of distinct terms with a
 * positive background count, i.e. a mean per-term prior of one pseudo-count
 * (α_w = V·π̂_w averages 1 over the vocabulary).
 *
 * Why. α₀ sets how strongly rare words are pulled toward the background. For a
 * word one side never uses, σ² contains 1/α_w, so z → 0 both as α₀ → 0 (σ
 * explodes) and as α₀ → ∞ (δ̂ shrinks to 0); z is largest when α_w is of
 * order one pseudo-count. On a corpus of five 700-word articles (N = 3,500,
 * V = 1,095; test/stats/logodds.test.ts), one outlet using a word 5 times and
 * the other four never (exact binomial p = 0.2⁵ = 0.0003) gets, outlet vs rest:
 *   uniform α_w = 0.01 (a common uninformative default)  z ≈ 0.76
 *   α₀ = 0.01·N = 35                                      z ≈ 1.33
 *   α₀ = N (prior as large as the corpus)                 z ≈ 2.01
 *   α₀ = V = 1,095 (this default)                         z ≈ 2.49
 * and the best any α₀ achieves is 2.51 (α₀ ≈ 785). α₀ = N also shrinks
 * frequent words hard (a 30-vs-20 word at 700 vs 2,800 words: z ≈ 3.3 against
 * 4.6 with α₀ = V and 6.3 with α₀ = 50). As the corpus grows, V grows
 * sub-linearly (Heaps' law), so the prior's weight relative to the data (V/N)
 * falls: more data, less prior, and no minimum-frequency cut is needed.
 * Between two equal 700-word articles the same 5-vs-0 word gets z ≈ 1.6, and
 * no α₀ lifts it above 1.67: rightly, as Fisher's exact p is 0.062 there.
 *
 * Empty or all-zero background throws.
 *
 * @example
 * defaultAlpha0(new Map([["kiev", 5], ["kyiv", 3], ["war", 0]])); // => 2
 */
export function defaultAlpha0(background: ReadonlyMap<string, number>): number {
  assertCountMap("defaultAlpha0", "background", background);
  let v = 0;
  for (const c of background.values()) if (c > 0) v++;
  if (v === 0) throw new Error("defaultAlpha0: the background has no term with a positive count");
  return v;
}

/**
 * Log-odds ratio with informative Dirichlet prior, Monroe, Colaresi & Quinn
 * (2008), "Fightin' Words: Lexical feature selection and evaluation for
 * identifying the content of political conflict", Political Analysis
 * 16(4):372–403, eqs. 16–22. For term w with counts y_i, y_j, group totals
 * n_i, n_j, background share π̂_w and α_w = α₀·π̂_w:
 *   δ̂_w = log[(y_i + α_w) / (n_i + α₀ − y_i − α_w)]
 *        − log[(y_j + α_w) / (n_j + α₀ − y_j − α_w)]
 *   σ²(δ̂_w) ≈ 1/(y_i + α_w) + 1/(y_j + α_w),   z_w = δ̂_w / σ.
 * Swapping the groups flips the signs of δ̂ and z exactly.
 *
 * Rows: every term with a positive count in either group, sorted by term
 * (code-unit order) for determinism; callers sort by z. There is no
 * minimum-frequency cut: the prior does that job (a word used once by each of
 * two equal-sized groups gets z = 0).
 *
 * Throws on: a negative or non-finite count; a group with total 0 ("needs
 * words on both sides"); α₀ ≤ 0 or non-finite; a term counted in a group but
 * absent (or 0) in the background — it would get α_w = 0, so add it to the
 * background (the default background always contains every term); a
 * background with a single term (the odds' denominators vanish).
 *
 * @example
 * const rows = logOddsDirichlet(new Map([["kiev", 5], ["said", 20]]), new Map([["kyiv", 5], ["said", 20]]));
 * rows.map((r) => r.term); // => ["kiev", "kyiv", "said"]; "said" has z = 0
 */
export function logOddsDirichlet(
  countsI: ReadonlyMap<string, number>,
  countsJ: ReadonlyMap<string, number>,
  options: LogOddsOptions = {},
): LogOddsRow[] {
  const fn = "logOddsDirichlet";
  assertCountMap(fn, "countsI", countsI);
  assertCountMap(fn, "countsJ", countsJ);
  const nI = sum([...countsI.values()]);
  const nJ = sum([...countsJ.values()]);
  if (nI === 0) throw new Error(`${fn}: countsI has total 0; a log-odds comparison needs words on both sides`);
  if (nJ === 0) throw new Error(`${fn}: countsJ has total 0; a log-odds comparison needs words on both sides`);

  const terms = [...new Set([...countsI.keys(), ...countsJ.keys()])]
    .filter((t) => (countsI.get(t) ?? 0) > 0 || (countsJ.get(t) ?? 0) > 0)
    .sort(compareCodeUnits);

  const background = options.background ?? pooled(countsI, countsJ, terms);
  if (options.background) assertCountMap(fn, "background", options.background);
  const bgTotal = sum([...background.values()]);
  if (!(bgTotal > 0)) throw new Error(`${fn}: the background has total 0; give background counts for every term`);
  const alpha0 = options.alpha0 ?? defaultAlpha0(background);
  if (typeof alpha0 !== "number" || !Number.isFinite(alpha0) || alpha0 <= 0) {
    throw new Error(`${fn}: alpha0 is ${String(alpha0)}; it must be a finite number > 0`);
  }

  return terms.map((term) => {
    const yI = countsI.get(term) ?? 0;
    const yJ = countsJ.get(term) ?? 0;
    const bg = background.get(term) ?? 0;
    if (!(bg > 0)) {
      throw new Error(`${fn}: term "${term}" is counted in a group but has no background count; add it to the background (or omit background to pool the two groups)`);
    }
    const aW = (alpha0 * bg) / bgTotal; // α_w = α₀·π̂_w
    const restI = nI + alpha0 - yI - aW;
    const restJ = nJ + alpha0 - yJ - aW;
    if (!(restI > 0) || !(restJ > 0)) {
      throw new Error(`${fn}: term "${term}" makes up the whole background or group, so its odds are undefined; a comparison needs at least two distinct terms`);
    }
    const delta = Math.log((yI + aW) / restI) - Math.log((yJ + aW) / restJ);
    const sigma = Math.sqrt(1 / (yI + aW) + 1 / (yJ + aW));
    return { term, countI: yI, countJ: yJ, delta, sigma, z: delta / sigma };
  });
}

function pooled(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, terms: string[]): Map<string, number> {
  return new Map(terms.map((t) => [t, (a.get(t) ?? 0) + (b.get(t) ?? 0)]));
}
