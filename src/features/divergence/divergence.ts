import type { Warning } from "../../errors";
import type { Lexicon } from "../../lexicon/types";
import type { Profiled } from "../../profile/types";
import { voiceOptions } from "../../profile/voice-rules";
import { bootstrapDifference, bootstrapInterval } from "../../stats/bootstrap";
import { plainMean } from "../../stats/bootstrap-statistics";
import { fastStratifiedPermutationPValue } from "../../stats/stratified-permutation-fast";
import { densify, type DenseArticle, type DenseProfiles } from "./article-profiles";
import { combineFamilies } from "./combined";
import { claimDistance, DIVERGENCE_FAMILIES, frameJsd, labelJsd, sentimentDifference, speakerJsd, termJsd, type DivergenceFamily, type GroupMeasure } from "./measures";
import { divergenceOptions, type DivergenceOptions, type DivergenceParams, type ResolvedDivergenceOptions } from "./options";
import { pairStatistic } from "./pair-statistics";
import { NO_EVENT, subSeed } from "../groups";
import { pushAll } from "../../util/push-all";
import { compareCodeUnits } from "../../util/compare";
import { groupBy } from "../../util/group-by";
import { topOutlets } from "../top-outlets";
import { featureResult, type FeatureResult } from "../result";

export type { DivergenceOptions, DivergenceParams } from "./options";
export type { DivergenceRow, DivergenceScope } from "./types";
import type { DivergenceRow } from "./types";

/**
 * Pairwise outlet × outlet divergence on three families — term distributions,
 * concept-label choice and sentiment — pooled over the corpus and, when the
 * articles carry events, within each event and averaged over events (the
 * paired design of matched-story corpora), plus a combined view
 * (see divergence-combined).
 *
 * A reduction over the articles' divergence parts (the map's
 * `profileDivergence`): the result does not depend on their order.
 * Permutation p-values stop early when the answer is clear (`sequentialH`,
 * Besag & Clifford 1991); each row says how many relabellings it used.
 *
 * @example
 * const d = divergence(profiles, lexicon, { seed: 7 });
 * d.rows.filter((r) => r.family === "terms" && r.scope === "pooled");
 */
export function divergence(input: readonly Profiled<"divergence">[], lexicon?: Lexicon, options: DivergenceOptions = {}): FeatureResult<"divergence", DivergenceParams, DivergenceRow> {
  const { claims, voice, ...rest } = options;
  const o = divergenceOptions(rest);
  const profiles = densify(input, { lexicon, includeHeadline: o.includeHeadline, claims, voice: voiceOptions(voice) });
  const measures: Record<DivergenceFamily, GroupMeasure | undefined> = {
    terms: termJsd(profiles, o.termSmoothing), labels: labelJsd(profiles), sentiment: sentimentDifference,
    emphasis: frameJsd(profiles), voice: speakerJsd(profiles), coverage: claims ? claimDistance : undefined,
  };
  const warnings: Warning[] = [];
  const byOutlet = groupBy(profiles.articles, (p) => p.outlet);
  const allOutlets = [...byOutlet.keys()].sort(compareCodeUnits);
  const outlets = topOutlets(allOutlets, new Map([...byOutlet].map(([k, v]) => [k, v.length])), o.maxOutlets);
  if (outlets.length < allOutlets.length) {
    const kept = new Set(outlets);
    const left = allOutlets.filter((x) => !kept.has(x));
    warnings.push({
      code: "divergence-outlets-limited",
      message: `pairwise divergence covers the ${outlets.length} outlets with most articles (${(outlets.length * (outlets.length - 1)) / 2} pairs); ${left.length} outlets with fewer articles are left out (${left.slice(0, 5).map((x) => `"${x}"`).join(", ")}${left.length > 5 ? ", …" : ""}), because pairs grow with the square of the outlet count`,
      hint: "raise the divergence maxOutlets option (framediff analyze --pairwise-outlets N) to include more; per-outlet tables keep every outlet.",
    });
  }
  if (outlets.length < 2) warnings.push({ code: "single-outlet", message: `the corpus has ${outlets.length} outlet(s); divergence needs at least two, so there are no rows.` });
  if (profiles.concepts.length === 0) warnings.push({ code: "no-concepts", message: "no concepts (no lexicon, or no concept mentions): the labels family is undefined for every pair." });
  const events = [...new Set(profiles.articles.map((a) => a.event))].sort();
  const hasEvents = events.length > 1 || (events.length === 1 && events[0] !== NO_EVENT);

  // articles per outlet and per outlet and event, grouped once (not filtered again for every pair)
  const byOutletEvent = new Map([...byOutlet].map(([outlet, list]) => [outlet, groupBy(list, (p) => p.event)]));
  const rows: DivergenceRow[] = [];
  let gapPairs = 0;
  const gapExamples: string[] = [];
  for (let i = 0; i < outlets.length; i++) for (let j = i + 1; j < outlets.length; j++) {
    const A = outlets[i], B = outlets[j];
    const a = byOutlet.get(A)!, b = byOutlet.get(B)!;
    const shared = hasEvents ? sharedEvents(byOutletEvent.get(A)!, byOutletEvent.get(B)!, events) : null;
    if (shared && shared.missing > 0 && measures.terms) {
      gapPairs++;
      if (gapExamples.length < 3) gapExamples.push(`"${A}" and "${B}" are not both in ${shared.missing} of ${events.length} events (${shared.firstMissing.join(", ")}${shared.missing > 5 ? ", …" : ""})`);
    }
    for (const family of DIVERGENCE_FAMILIES) {
      const measure = measures[family];
      if (!measure) continue;
      rows.push(pooledRow(family, measure, profiles, A, B, a, b, o));
      if (shared) pushAll(rows, eventRows(family, measure, A, B, a, b, shared.events, o));
    }
  }
  // one warning for all pairs, not one per pair (a many-outlet corpus has thousands)
  if (gapPairs > 0) {
    warnings.push({ code: "event-missing-outlet", message: `${gapPairs === 1 ? "one outlet pair is" : `${gapPairs} outlet pairs are`} not both in every event: ${gapExamples.join("; ")}${gapPairs > gapExamples.length ? "; …" : ""}. Those events are left out of each pair's over-events mean, not averaged as zero.` });
  }
  pushAll(rows, combineFamilies(rows, warnings));
  const lex = lexicon ? { name: lexicon.name, version: lexicon.version, hash: lexicon.hash } : null;
  return featureResult("divergence", { ...o, lexicon: lex }, rows, warnings);
}

type Resolved = ResolvedDivergenceOptions;

const ids = (g: readonly DenseArticle[]) => g.map((p) => p.id);

function pooledRow(family: DivergenceFamily, measure: GroupMeasure, profiles: DenseProfiles, A: string, B: string, a: DenseArticle[], b: DenseArticle[], o: Resolved): DivergenceRow {
  const base = { family, scope: "pooled" as const, event: null, outletA: A, outletB: B, articlesA: ids(a), articlesB: ids(b), events: null };
  const value = measure(a, b);
  if (value === undefined) return { ...base, value: null, lower: null, upper: null, p: null, permutations: null, note: undefinedReason(family, A, B) };
  const notes: string[] = [];
  let lower: number | null = null, upper: number | null = null, p: number | null = null, permutations: number | null = null;
  if (family === "sentiment") {
    const r = bootstrapDifference(a.map((x) => x.scores as number[]), b.map((x) => x.scores as number[]), plainMean, { seed: subSeed(o.seed, `${A}/${B}/sentiment`), iterations: o.iterations, level: o.level });
    lower = r.lower; upper = r.upper;
  } else {
    notes.push("no interval: a bootstrap interval of a JSD is biased upward; read the permutation p-value");
  }
  if (a.length < o.minArticlesPerOutlet || b.length < o.minArticlesPerOutlet) {
    notes.push(`no p-value: ${a.length < o.minArticlesPerOutlet ? A : B} has ${Math.min(a.length, b.length)} article(s) and a permutation test needs at least ${o.minArticlesPerOutlet} per outlet`);
  } else {
    // outlets shuffled within events; the pair statistic re-pools without allocating (pair-statistics)
    const units = [...a, ...b];
    const labels = units.map((_, k) => (k < a.length ? 0 : 1));
    const measureOf = pairStatistic(family, profiles, units, o.termSmoothing);
    const r = fastStratifiedPermutationPValue(labels, units.map((u) => u.event), (l) => measureOf(l) ?? 0, {
      seed: subSeed(o.seed, `${A}/${B}/${family}/perm`), iterations: o.permutations, alternative: family === "sentiment" ? "two-sided" : "greater", sequentialH: o.sequentialH,
    });
    p = r.p;
    permutations = r.iterations;
  }
  return { ...base, value, lower, upper, p, permutations, note: notes.length ? notes.join("; ") + "." : null };
}


/** The events both outlets cover, in event order, each with both outlets' articles; how many of `events` are not shared and the first five of those. O(shared events), not O(events). */
function sharedEvents(a: ReadonlyMap<string, DenseArticle[]>, b: ReadonlyMap<string, DenseArticle[]>, events: readonly string[]): { events: [string, DenseArticle[], DenseArticle[]][]; missing: number; firstMissing: string[] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const both = [...small.keys()].filter((e) => large.has(e)).sort(compareCodeUnits);
  const shared = new Set(both);
  const firstMissing: string[] = [];
  for (let k = 0; k < events.length && firstMissing.length < 5 && k < both.length + 5; k++) if (!shared.has(events[k])) firstMissing.push(events[k]);
  return { events: both.map((e) => [e, a.get(e)!, b.get(e)!]), missing: events.length - both.length, firstMissing };
}


function eventRows(family: DivergenceFamily, measure: GroupMeasure, A: string, B: string, a: DenseArticle[], b: DenseArticle[], shared: readonly [string, DenseArticle[], DenseArticle[]][], o: Resolved): DivergenceRow[] {
  const rows: DivergenceRow[] = [];
  const values: number[] = [];
  for (const [e, ae, be] of shared) {
    const v = measure(ae, be);
    rows.push({ family, scope: "event", event: e, outletA: A, outletB: B, value: v ?? null, lower: null, upper: null, p: null, permutations: null,
      note: v === undefined ? undefinedReason(family, A, B) : "per-event value: no interval or p-value within one event.", articlesA: ids(ae), articlesB: ids(be), events: null });
    if (v !== undefined) values.push(v);
  }
  const base = { family, scope: "over-events" as const, event: null, outletA: A, outletB: B, articlesA: ids(a), articlesB: ids(b), events: values.length, permutations: null };
  if (values.length === 0) return [...rows, { ...base, value: null, lower: null, upper: null, p: null, note: `no event has both outlets with a defined ${family} value.` }];
  if (values.length === 1) return [...rows, { ...base, value: values[0], lower: null, upper: null, p: null, note: "one shared event: no interval over events." }];
  // Mean over events with a percentile bootstrap interval that resamples events (Efron & Tibshirani 1993, ch. 13).
  const r = bootstrapInterval(values.map((v) => [v]), plainMean, { seed: subSeed(o.seed, `${A}/${B}/${family}/events`), iterations: o.iterations, level: o.level, resample: "clusters" });
  return [...rows, { ...base, value: r.estimate, lower: r.lower, upper: r.upper, p: null, note: "interval over events; for a p-value see the pooled row (outlets shuffled within events)." }];
}

function undefinedReason(family: DivergenceFamily, A: string, B: string): string {
  switch (family) {
    case "labels": return `undefined: "${A}" and "${B}" never name the same lexicon concept.`;
    case "terms": return `undefined: "${A}" or "${B}" has no terms.`;
    case "sentiment": return `undefined: "${A}" or "${B}" has no sentences.`;
    case "emphasis": return `undefined: "${A}" or "${B}" carries no lexicon frame.`;
    case "voice": return `undefined: "${A}" or "${B}" quotes no one.`;
    case "coverage": return `undefined: neither "${A}" nor "${B}" carries a claim.`;
  }
}
