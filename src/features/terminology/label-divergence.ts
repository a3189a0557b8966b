import type { Warning } from "../../errors";
import type { Lexicon } from "../../lexicon/types";
import type { Profiled } from "../../profile/types";
import { jsd } from "../../stats/jsd";
import { featureResult, type FeatureResult } from "../result";
import { checkMaxOutlets, topOutlets } from "../top-outlets";
import { labelChoice, silenceWarning, type LabelChoiceOptions, type LabelChoiceParams, type LabelChoiceRow, type Silence } from "./labels";
import { compareCodeUnits } from "../../util/compare";
import { DEFAULTS } from "./options";
import type { LabelVoice } from "../../profile/terminology-label-voice";

/** Options of {@link labelDivergence}. */
export interface LabelDivergenceOptions extends LabelChoiceOptions {
  /**
   * Lidstone α added to every label count of both outlets before normalising.
   * Defaults to *0*. A concept has a handful of labels and an outlet a handful
   * of uses, so smoothing would invent usage: with α = 1, an outlet that wrote
   * "special military operation" once would be credited a third of "invasion"
   * in a three-label concept. Smoothing never rescues an outlet with no uses
   * at all: that pair stays null.
   */
  smoothing?: number;
  /**
   * Pairs among at most this many outlets: those with most articles (ties by
   * id), as in divergence's `maxOutlets`. Defaults to *100*: pairs grow with
   * the square of the outlet count. A warning names how many are left out.
   */
  maxOutlets?: number;
}

/** Jensen–Shannon divergence between two outlets' label distributions for one concept. */
export interface LabelDivergenceRow {
  readonly event: string;
  readonly concept: string;
  /** The voice compared (`labelVoice`): the outlets' own words by default. */
  readonly voice: LabelVoice;
  /** The pair, outletA < outletB (code-unit order); the measure is symmetric. */
  readonly outletA: string;
  readonly outletB: string;
  /** JSD in bits, in [0, 1]; null when either outlet never refers to the concept in this voice (a warning names it). */
  readonly jsd: number | null;
  /** Each outlet's uses of the concept in this voice. */
  readonly totalA: number;
  readonly totalB: number;
  /** Articles of each outlet that refer to the concept in this voice (sorted by id). */
  readonly articleIdsA: readonly string[];
  readonly articleIdsB: readonly string[];
}

export interface LabelDivergenceParams extends LabelChoiceParams {
  readonly smoothing: number;
  readonly maxOutlets: number;
  /** Always 2: JSD in bits. */
  readonly base: 2;
}

export type LabelDivergenceResult = FeatureResult<"label-divergence", LabelDivergenceParams, LabelDivergenceRow>;

/**
 * Per-concept divergence of label choice: for every concept and every pair of
 * outlets, the Jensen–Shannon divergence (base 2; Lin 1991, via stats `jsd`)
 * between their label distributions p_k = count_k / total over the concept's
 * labels, in [0, 1]: 0 when both use the labels in the same proportions, 1 when
 * they share no label. Counts come from {@link labelChoice} with the same
 * options, in one voice, `labelVoice` (default *own*: the outlets' own words,
 * so a label quoted from a speaker or held in scare quotes does not count as
 * the outlet's choice).
 *
 * A pair where one outlet never refers to the concept has no label
 * distribution, so no divergence: jsd is null and a warning names the outlets.
 *
 * Rows: events sorted, concepts in lexicon order (or as given), then pairs
 * (outletA, outletB) sorted.
 *
 * @example
 * const r = labelDivergence(profiles, lexicon, { concepts: ["capital"] });
 * r.rows.find((x) => x.outletA === "tass" && x.outletB === "yahoo")?.jsd; // => 1 (Kiev vs Kyiv)
 */
export function labelDivergence(parsed: readonly Profiled<"terminology">[], lexicon: Lexicon, options: LabelDivergenceOptions = {}): LabelDivergenceResult {
  const smoothing = options.smoothing ?? DEFAULTS.labels.smoothing;
  if (typeof smoothing !== "number" || !Number.isFinite(smoothing) || smoothing < 0) throw new Error(`invalid smoothing: ${String(smoothing)} (use a number ≥ 0; 0 means none)`);
  const { maxOutlets = DEFAULTS.labels.maxOutlets, ...choiceOptions } = options;
  checkMaxOutlets(maxOutlets);
  const choice = labelChoice(parsed, lexicon, choiceOptions);
  const rows: LabelDivergenceRow[] = [];
  const warnings: Warning[] = [];
  const perOutlet = new Map<string, number>();
  for (const p of parsed) perOutlet.set(p.outlet, (perOutlet.get(p.outlet) ?? 0) + 1);
  const compared = new Set(topOutlets(perOutlet.keys(), perOutlet, maxOutlets));
  if (compared.size < perOutlet.size) {
    warnings.push({ code: "label-divergence-outlets-limited", message: `label divergence compares the ${compared.size} outlets with most articles; ${perOutlet.size - compared.size} outlets with fewer are left out of its pairs, because pairs grow with the square of the outlet count`, hint: "raise maxOutlets (framediff analyze --pairwise-outlets N) to include more; label choice keeps every outlet." });
  }
  const silences = new Map(choice.params.concepts.map((c) => [c.id, [] as Silence[]]));
  const labelsOf = new Map(choice.params.concepts.map((c) => [c.id, c.labels]));
  const voice = choice.params.labelVoice;
  for (const [key, group] of groupRows(choice.rows, voice)) {
    const [event, concept] = key;
    const labels = labelsOf.get(concept)!;
    const labelAt = new Map(labels.map((l, k) => [l, k]));
    // one pass over the group: each outlet's label vector and article ids
    const vectors = new Map<string, number[]>();
    const idSets = new Map<string, Set<string>>();
    for (const r of group) {
      if (!compared.has(r.outlet)) continue;
      let v = vectors.get(r.outlet);
      if (!v) { v = new Array<number>(labels.length).fill(0); vectors.set(r.outlet, v); idSets.set(r.outlet, new Set()); }
      v[labelAt.get(r.label)!] = r.count;
      const ids = idSets.get(r.outlet)!;
      for (const id of r.articleIds) ids.add(id);
    }
    const outlets = [...vectors.keys()].sort(compareCodeUnits);
    const ids = new Map(outlets.map((x) => [x, [...idSets.get(x)!].sort(compareCodeUnits)]));
    const totals = new Map(outlets.map((x) => [x, sum(vectors.get(x)!)]));
    const silent = new Set(outlets.filter((x) => totals.get(x) === 0));
    for (let a = 0; a < outlets.length; a++) {
      for (let b = a + 1; b < outlets.length; b++) {
        const oa = outlets[a], ob = outlets[b];
        const pa = vectors.get(oa)!, pb = vectors.get(ob)!;
        rows.push({
          event, concept, voice, outletA: oa, outletB: ob,
          jsd: silent.has(oa) || silent.has(ob) ? null : jsd(pa, pb, { smoothing }),
          totalA: totals.get(oa)!, totalB: totals.get(ob)!, articleIdsA: ids.get(oa)!, articleIdsB: ids.get(ob)!,
        });
      }
    }
    if (silent.size > 0 && outlets.length > 1) silences.get(concept)!.push({ event, outlets: [...silent], everyone: silent.size === outlets.length });
  }
  const events = new Set(choice.rows.map((r) => r.event)).size;
  for (const [concept, list] of silences) {
    const w = silenceWarning(concept, list, choice.params.byEvent, events, "every pair with them has jsd null (no label distribution to compare)", voice === "own" ? "in their own words" : `inside ${voice} quotes`);
    if (w) warnings.push(w);
  }
  if (parsed.length === 0) warnings.push({ code: "no-articles", message: "labelDivergence was given no articles, so there are no rows." });
  return featureResult("label-divergence", { ...choice.params, smoothing, maxOutlets, base: 2 as const }, rows, warnings);
}

/** Label-choice rows of one voice grouped by (event, concept), in row order. */
function groupRows(rows: readonly LabelChoiceRow[], voice: LabelVoice): Map<[string, string], LabelChoiceRow[]> {
  const byKey = new Map<string, { key: [string, string]; rows: LabelChoiceRow[] }>();
  for (const r of rows) {
    if (r.voice !== voice) continue;
    const k = `${r.event}\u0000${r.concept}`;
    const g = byKey.get(k) ?? { key: [r.event, r.concept] as [string, string], rows: [] };
    g.rows.push(r);
    byKey.set(k, g);
  }
  return new Map([...byKey.values()].map((g) => [g.key, g.rows]));
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}
