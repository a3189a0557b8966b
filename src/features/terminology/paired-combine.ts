/** Per-event estimates combined over events (see {@link inverseVarianceMean}). */
export interface Combined {
  /** δ̄ = Σ w_e·δ_e / Σ w_e with w_e = 1/σ_e². */
  readonly delta: number;
  /** Its standard error, 1/√Σ w_e. */
  readonly sigma: number;
  /** δ̄ / σ. */
  readonly z: number;
}

/**
 * The inverse-variance weighted mean of per-event estimates δ_e with standard
 * errors σ_e: the fixed-effect (common-effect) meta-analytic estimate
 * (Borenstein, Hedges, Higgins & Rothstein 2009, *Introduction to
 * Meta-Analysis*, ch. 11, eqs. 11.2–11.5; Hedges & Olkin 1985):
 *   w_e = 1/σ_e²,  δ̄ = Σ w_e δ_e / Σ w_e,  SE(δ̄) = 1/√Σ w_e,  z = δ̄ / SE.
 * Its z is Stouffer's weighted z with weights 1/σ_e (z = Σ (δ_e/σ_e)(1/σ_e) /
 * √Σ 1/σ_e²), the weighting Whitlock (2005, J. Evol. Biol. 18:1368) found
 * best among weighted-z methods; unlike a z-only combination it keeps the
 * effect on its log-odds scale, with an interval.
 *
 * Throws on no estimates, lengths that differ, or a σ_e that is not finite
 * and > 0 (an estimate of no precision cannot be weighted).
 *
 * @example
 * inverseVarianceMean([1, 3], [1, 1]); // => { delta: 2, sigma: 0.7071…, z: 2.828… }
 */
export function inverseVarianceMean(deltas: readonly number[], sigmas: readonly number[]): Combined {
  if (deltas.length !== sigmas.length) throw new Error(`inverseVarianceMean: ${deltas.length} estimates but ${sigmas.length} standard errors`);
  const sums = { w: 0, wd: 0 };
  for (let e = 0; e < deltas.length; e++) addEstimate(sums, deltas[e], sigmas[e], e);
  return combine(sums);
}

/** Running sums of one combination: Σ w_e and Σ w_e·δ_e (so estimates need not be kept). */
export interface WeightedSums {
  w: number;
  wd: number;
}

/** Adds one estimate δ ± σ to the sums (checked as {@link inverseVarianceMean} says; `at` names it in an error). */
export function addEstimate(sums: WeightedSums, delta: number, sigma: number, at: number | string = sums.w): void {
  if (!(Number.isFinite(sigma) && sigma > 0)) throw new Error(`inverseVarianceMean: standard error ${at} is ${String(sigma)}; it must be finite and > 0`);
  if (!Number.isFinite(delta)) throw new Error(`inverseVarianceMean: estimate ${at} is ${String(delta)}; it must be finite`);
  const w = 1 / (sigma * sigma);
  sums.w += w;
  sums.wd += w * delta;
}

/** The combination of the estimates added to `sums`; throws when none was. */
export function combine(sums: Readonly<WeightedSums>): Combined {
  if (!(sums.w > 0)) throw new Error("inverseVarianceMean: no estimates to combine");
  const delta = sums.wd / sums.w, sigma = 1 / Math.sqrt(sums.w);
  return { delta, sigma, z: delta / sigma };
}
