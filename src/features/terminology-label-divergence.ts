import type { Warning } from "../errors";
import type { Lexicon } from "../lexicon/types";
import type { ParsedArticle } from "../parse/types";
import { jsd } from "../stats/jsd";
import { featureResult, type FeatureResult } from "./result";
import { labelChoice, silenceWarning, type LabelChoiceOptions, type LabelChoiceParams, type LabelChoiceRow, type Silence } from "./terminology-labels";

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
}

/** Jensen–Shannon divergence between two outlets' label distributions for one concept. */
export interface LabelDivergenceRow {
  readonly event: string;
  readonly concept: string;
  /** The pair, outletA < outletB (code-unit order); the measure is symmetric. */
  readonly outletA: string;
  readonly outletB: string;
  /** JSD in bits, in [0, 1]; null when either outlet never refers to the concept (a warning names it). */
  readonly jsd: number | null;
  /** Each outlet's uses of the concept. */
  readonly totalA: number;
  readonly totalB: number;
  /** Articles of each outlet that refer to the concept (sorted by id). */
  readonly articleIdsA: readonly string[];
  readonly articleIdsB: readonly string[];
}

export interface LabelDivergenceParams extends LabelChoiceParams {
  readonly smoothing: number;
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
 * options.
 *
 * A pair where one outlet never refers to the concept has no label
 * distribution, so no divergence: jsd is null and a warning names the outlets.
 *
 * Rows: events sorted, concepts in lexicon order (or as given), then pairs
 * (outletA, outletB) sorted.
 *
 * @example
 * const r = labelDivergence(parsed, lexicon, { concepts: ["capital"] });
 * r.rows.find((x) => x.outletA === "tass" && x.outletB === "yahoo")?.jsd; // => 1 (Kiev vs Kyiv)
 */
export function labelDivergence(parsed: readonly ParsedArticle[], lexicon: Lexicon, options: LabelDivergenceOptions = {}): LabelDivergenceResult {
  const smoothing = options.smoothing ?? 0;
  if (typeof smoothing !== "number" || !Number.isFinite(smoothing) || smoothing < 0) throw new Error(`invalid smoothing: ${String(smoothing)} (use a number ≥ 0; 0 means none)`);
  const choice = labelChoice(parsed, lexicon, options);
  const rows: LabelDivergenceRow[] = [];
  const warnings: Warning[] = [];
  const silences = new Map(choice.params.concepts.map((c) => [c.id, [] as Silence[]]));
  for (const [key, group] of groupRows(choice.rows)) {
    const [event, concept] = key;
    const outlets = [...new Set(group.map((r) => r.outlet))].sort(compare);
    const labels = choice.params.concepts.find((c) => c.id === concept)!.labels;
    const vectors = new Map(outlets.map((x) => [x, labels.map((l) => group.find((r) => r.outlet === x && r.label === l)!.count)]));
    const ids = new Map(outlets.map((x) => [x, [...new Set(group.filter((r) => r.outlet === x).flatMap((r) => r.articleIds))].sort(compare)]));
    const silent = new Set(outlets.filter((x) => sum(vectors.get(x)!) === 0));
    for (let a = 0; a < outlets.length; a++) {
      for (let b = a + 1; b < outlets.length; b++) {
        const [oa, ob] = [outlets[a], outlets[b]];
        const pa = vectors.get(oa)!, pb = vectors.get(ob)!;
        rows.push({
          event, concept, outletA: oa, outletB: ob,
          jsd: silent.has(oa) || silent.has(ob) ? null : jsd(pa, pb, { smoothing }),
          totalA: sum(pa), totalB: sum(pb), articleIdsA: ids.get(oa)!, articleIdsB: ids.get(ob)!,
        });
      }
    }
    if (silent.size > 0 && outlets.length > 1) silences.get(concept)!.push({ event, outlets: [...silent], everyone: silent.size === outlets.length });
  }
  const events = new Set(choice.rows.map((r) => r.event)).size;
  for (const [concept, list] of silences) {
    const w = silenceWarning(concept, list, choice.params.byEvent, events, "every pair with them has jsd null (no label distribution to compare)");
    if (w) warnings.push(w);
  }
  if (parsed.length === 0) warnings.push({ code: "no-articles", message: "labelDivergence was given no articles, so there are no rows." });
  return featureResult("label-divergence", { ...choice.params, smoothing, base: 2 as const }, rows, warnings);
}

/** Label-choice rows grouped by (event, concept), in row order. */
function groupRows(rows: readonly LabelChoiceRow[]): Map<[string, string], LabelChoiceRow[]> {
  const byKey = new Map<string, { key: [string, string]; rows: LabelChoiceRow[] }>();
  for (const r of rows) {
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
