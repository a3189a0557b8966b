import { countRelabellings, groupSizes } from "./relabellings";
import { compareCodeUnits } from "../util/compare";

/** Options of {@link canPermute}. */
export interface CanPermuteOptions {
  /** Fewest units every group needs; defaults to *2*. */
  minPerGroup?: number;
  /**
   * The significance level the test must be able to reach: the design fails if
   * its smallest attainable p, 1/(distinct relabellings), exceeds it. Defaults
   * to *0.05*.
   */
  alpha?: number;
  /** Noun for a group in messages; defaults to *"outlet"*. */
  group?: string;
  /** Plural of `group`; defaults to *group + "s"*. */
  groups?: string;
  /** Noun for a unit in messages; defaults to *"article"*. */
  unit?: string;
  /** Plural of `unit`; defaults to *unit + "s"*. */
  units?: string;
}

/** Verdict of {@link canPermute}. */
export interface CanPermuteResult {
  ok: boolean;
  /** Why not, in a sentence a reader of the results can act on (only when !ok). */
  reason?: string;
  /** Number of groups. */
  groups: number;
  /** Distinct relabellings keeping group sizes, n!/∏n_g! (Infinity if beyond a double). */
  relabellings: number;
  /** Smallest p any permutation test of this design can give, 1/relabellings. */
  minimumP: number;
}

/**
 * Whether a permutation test of group labels (outlets) across units (articles)
 * can support inference: at least 2 groups, each with at least `minPerGroup`
 * units, and enough distinct relabellings that p can reach `alpha` (with 2 + 2
 * articles there are only 6, so p ≥ 1/6 whatever the data). Never throws on
 * small input; that is what it is for.
 *
 * @example
 * canPermute(["tass", "yahoo", "yahoo", "bbc", "bbc"]);
 * // => { ok: false, reason: 'outlet "tass" has 1 article; a permutation test needs at least 2 per outlet', … }
 */
export function canPermute(labels: readonly (string | number)[], options: CanPermuteOptions = {}): CanPermuteResult {
  const minPerGroup = options.minPerGroup ?? 2;
  if (!Number.isInteger(minPerGroup) || minPerGroup < 1) {
    throw new Error(`canPermute: minPerGroup is ${String(minPerGroup)}; it must be an integer ≥ 1`);
  }
  const alpha = options.alpha ?? 0.05;
  if (typeof alpha !== "number" || !(alpha > 0 && alpha <= 1)) {
    throw new Error(`canPermute: alpha is ${String(alpha)}; it must be in (0, 1]`);
  }
  const g = options.group ?? "outlet";
  const gs = options.groups ?? `${g}s`;
  const u = options.unit ?? "article";
  const us = options.units ?? `${u}s`;
  const sizes = groupSizes(labels);
  const relabellings = countRelabellings(sizes.values());
  const base = { groups: sizes.size, relabellings, minimumP: 1 / relabellings };
  const fail = (reason: string): CanPermuteResult => ({ ok: false, reason, ...base });
  const count = (k: number) => `${k} ${k === 1 ? u : us}`;

  if (sizes.size === 0) return fail(`no ${us}; a permutation test needs at least 2 ${gs} with ${count(minPerGroup)} each`);
  if (sizes.size === 1) {
    const [only] = sizes.keys();
    return fail(`only one ${g} (${JSON.stringify(String(only))}); a permutation test compares at least 2 ${gs}`);
  }
  const small = [...sizes].filter(([, k]) => k < minPerGroup).sort(([a], [b]) => compareCodeUnits(String(a), String(b)));
  if (small.length === 1) {
    const [name, k] = small[0];
    return fail(`${g} ${JSON.stringify(String(name))} has ${count(k)}; a permutation test needs at least ${minPerGroup} per ${g}`);
  }
  if (small.length > 1) {
    const list = small.map(([name, k]) => `${JSON.stringify(String(name))} (${count(k)})`).join(", ");
    return fail(`${gs} ${list} have fewer than ${count(minPerGroup)}; a permutation test needs at least ${minPerGroup} per ${g}`);
  }
  if (base.minimumP > alpha) {
    return fail(
      `${count(labels.length)} in ${sizes.size} ${gs} allow only ${relabellings} distinct relabellings, so no p-value can be below ${fmt(base.minimumP)} (> ${alpha}); more ${us} are needed`,
    );
  }
  return { ok: true, ...base };
}

function fmt(x: number): string {
  return Number(x.toPrecision(3)).toString();
}
