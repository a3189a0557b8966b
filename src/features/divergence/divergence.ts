import type { Warning } from "../../errors";
import type { Lexicon } from "../../lexicon/types";
import type { Profiled } from "../../profile/types";
import { voiceOptions } from "../../profile/voice-rules";
import { bootstrapInterval } from "../../stats/bootstrap";
import { countRelabellings } from "../../stats/relabellings";
import { plainMean } from "../../stats/bootstrap-statistics";
import { fastStratifiedPermutationPValue } from "../../stats/stratified-permutation-fast";
import { densify, type DenseArticle, type DenseProfiles } from "./article-profiles";
import { combineFamilies } from "./combined";
import { claimDistance, DIVERGENCE_FAMILIES, frameJsd, labelJsd, sentimentDifference, speakerJsd, termJsd, type DivergenceFamily, type GroupMeasure } from "./measures";
import { divergenceOptions, type DivergenceOptions, type DivergenceParams, type ResolvedDivergenceOptions } from "./options";
import { pairStatistic } from "./pair-statistics";
import { carriageOf, coverageCarriageTest, type Carriage } from "./coverage-test";
import { sentimentInterval } from "./sentiment-interval";
import { DIVERGENCE_INTERVALS, DIVERGENCE_TESTS } from "./tests";
import { withAdjustedP } from "./adjusted";
import { divergenceRow } from "./row";
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
  const families = DIVERGENCE_FAMILIES.filter((f) => measures[f] !== undefined).length;
  const withEventRows = hasEvents ? eventRowOutlets(outlets, byOutlet, families * events.length, o.maxEventRows) : new Set<string>();
  if (hasEvents && withEventRows.size < outlets.length) {
    const k = withEventRows.size, all = (outlets.length * (outlets.length - 1)) / 2;
    warnings.push({
      code: "divergence-event-rows-limited",
      message: `within-event divergence rows (scope "event") are written for ${k < 2 ? "no pair" : `the ${(k * (k - 1)) / 2} pairs of the ${k} outlets with most articles`} of ${all} pairs, to keep the table under ${o.maxEventRows.toLocaleString("en-US")} such rows (${events.length} events × ${families} families a pair); every pair's pooled and over-events rows use all its events`,
      hint: "raise the divergence maxEventRows option (framediff analyze --event-rows N) to write more, or compare fewer outlets (--pairwise-outlets N).",
    });
  }
  const rows: DivergenceRow[] = [];
  const carriage = carriageOf(profiles.articles);
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
      rows.push(pooledRow(family, measure, profiles, carriage, A, B, a, b, shared ? shared.events.map((e) => e[0]) : [NO_EVENT], o));
      if (shared) pushAll(rows, eventRows(family, measure, A, B, a, b, shared.events, o, withEventRows.has(A) && withEventRows.has(B)));
    }
  }
  // one warning for all pairs, not one per pair (a many-outlet corpus has thousands)
  if (gapPairs > 0) {
    warnings.push({ code: "event-missing-outlet", message: `${gapPairs === 1 ? "one outlet pair is" : `${gapPairs} outlet pairs are`} not both in every event: ${gapExamples.join("; ")}${gapPairs > gapExamples.length ? "; …" : ""}. Those events are left out of each pair's over-events mean, not averaged as zero.` });
  }
  pushAll(rows, combineFamilies(rows, warnings));
  const adjusted = withAdjustedP(rows);
  const lex = lexicon ? { name: lexicon.name, version: lexicon.version, hash: lexicon.hash } : null;
  return featureResult("divergence", { ...o, lexicon: lex }, adjusted, warnings);
}

type Resolved = ResolvedDivergenceOptions;

const ids = (g: readonly DenseArticle[]) => g.map((p) => p.id);

const JSD_NO_INTERVAL = "no interval: a JSD of counts is biased upward (the more so the fewer the words) and a bootstrap resample, repeating articles, is biased further, so no scope gets one; read the permutation p-value, whose null distribution carries the same bias";
const COVERAGE_NO_INTERVAL = "no interval: a resample of articles can only lose claims, so a bootstrap 1 − Jaccard is biased upward; read the claim-carriage p-value";

function pooledRow(family: DivergenceFamily, measure: GroupMeasure, profiles: DenseProfiles, carriage: Carriage, A: string, B: string, a: DenseArticle[], b: DenseArticle[], shared: readonly string[], o: Resolved): DivergenceRow {
  const base = { family, scope: "pooled" as const, event: null, outletA: A, outletB: B, articlesA: null, articlesB: null, nA: a.length, nB: b.length, events: null };
  const value = measure(a, b);
  if (value === undefined) return divergenceRow(base, { value: null, test: DIVERGENCE_TESTS.notTestable, note: `${undefinedReason(family, A, B).replace(/\.$/, "")}; no p-value: the statistic is undefined.` });
  const notes: string[] = [];
  let lower: number | null = null, upper: number | null = null, interval: string | null = null;
  if (family === "sentiment") {
    const r = sentimentInterval(a, b, { seed: subSeed(o.seed, `${A}/${B}/sentiment`), iterations: o.iterations, level: o.level });
    if (r) ({ lower, upper } = r);
    if (r) interval = r.unit === "events" ? DIVERGENCE_INTERVALS.pairedEvents : DIVERGENCE_INTERVALS.articles;
    else notes.push("no interval: too few bootstrap resamples had sentences on both sides");
  } else {
    notes.push(family === "coverage" ? COVERAGE_NO_INTERVAL : JSD_NO_INTERVAL);
  }
  const untestable = (why: string) => { notes.push(`no p-value: ${why}`); return divergenceRow(base, { value, lower, upper, interval, test: DIVERGENCE_TESTS.notTestable, note: notes.join("; ") + "." }); };
  if (a.length < o.minArticlesPerOutlet || b.length < o.minArticlesPerOutlet) {
    return untestable(`${a.length < o.minArticlesPerOutlet ? A : B} has ${Math.min(a.length, b.length)} article(s) and a permutation test needs at least ${o.minArticlesPerOutlet} per outlet`);
  }
  const seed = subSeed(o.seed, `${A}/${B}/${family}/perm`);
  if (family === "coverage") {
    const t = coverageCarriageTest(carriage, A, B, a, b, shared, profiles.claims.length, { seed, permutations: o.permutations, sequentialH: o.sequentialH });
    if (!t.testable) return untestable(t.reason);
    return divergenceRow(base, { value, lower, upper, interval, p: t.p, test: DIVERGENCE_TESTS.carriage, permutations: t.draws, note: notes.join("; ") + "." });
  }
  // outlets shuffled within events; the pair statistic re-pools without allocating (pair-statistics)
  const units = [...a, ...b];
  const labels = units.map((_, k) => (k < a.length ? 0 : 1));
  const strata = units.map((u) => u.event);
  const distinct = withinEventRelabellings(labels, strata);
  if (distinct === 1) return untestable(`"${A}" and "${B}" share no event, so shuffling outlets within events cannot move an article`);
  if (distinct < o.minRelabellings) return untestable(`their articles allow only ${distinct} distinct relabellings within events, so no p-value could be below ${Number((1 / distinct).toPrecision(3))}`);
  const measureOf = pairStatistic(family, profiles, units, o.termSmoothing);
  let observed: number | undefined, varied = false;
  const statistic = (l: Int32Array) => {
    const x = measureOf(l) ?? 0;
    if (observed === undefined) observed = x; // the first call is the observed labelling
    else if (!varied && Math.abs(x - observed) > 1e-10 * Math.max(1, Math.abs(observed))) varied = true;
    return x;
  };
  const r = fastStratifiedPermutationPValue(labels, strata, statistic, {
    seed, iterations: o.permutations, alternative: family === "sentiment" ? "two-sided" : "greater", sequentialH: o.sequentialH,
  });
  if (!varied) return untestable(`all ${r.iterations} relabellings drawn gave the observed value: the statistic does not depend on which of these articles is whose`);
  return divergenceRow(base, { value, lower, upper, interval, p: r.p, test: family === "sentiment" ? DIVERGENCE_TESTS.articlesTwoSided : DIVERGENCE_TESTS.articlesGreater, permutations: r.iterations, note: notes.length ? notes.join("; ") + "." : null });
}

/** Distinct relabellings the within-event shuffle can make: ∏ over events of C(n_e, a_e) (countRelabellings), capped at 2^53. */
function withinEventRelabellings(labels: readonly number[], strata: readonly string[]): number {
  const inA = new Map<string, number>(), all = new Map<string, number>();
  strata.forEach((s, i) => { all.set(s, (all.get(s) ?? 0) + 1); if (labels[i] === 0) inA.set(s, (inA.get(s) ?? 0) + 1); });
  let total = 1;
  for (const [s, n] of all) {
    const k = inA.get(s) ?? 0;
    total *= countRelabellings([k, n - k]);
    if (total > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
  }
  return total;
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

const PER_EVENT = "per-event value (descriptive): the pooled row tests the pair over all its events at once.";

/**
 * The outlets whose pairs get within-event rows: the K with most articles
 * (ties by id) for the largest K whose pairs' rows, at `rowsPerPair` each (an
 * upper bound: every event, every family), stay within `maxRows`.
 */
function eventRowOutlets(outlets: readonly string[], byOutlet: ReadonlyMap<string, readonly DenseArticle[]>, rowsPerPair: number, maxRows: number): Set<string> {
  let k = outlets.length;
  while (k >= 2 && ((k * (k - 1)) / 2) * rowsPerPair > maxRows) k--;
  if (k < 2) return new Set();
  return new Set(k === outlets.length ? outlets : topOutlets(outlets, new Map(outlets.map((x) => [x, byOutlet.get(x)!.length])), k));
}

function eventRows(family: DivergenceFamily, measure: GroupMeasure, A: string, B: string, a: DenseArticle[], b: DenseArticle[], shared: readonly [string, DenseArticle[], DenseArticle[]][], o: Resolved, writeEventRows: boolean): DivergenceRow[] {
  const rows: DivergenceRow[] = [];
  const values: number[] = [];
  for (const [e, ae, be] of shared) {
    const v = measure(ae, be);
    if (writeEventRows) rows.push(divergenceRow({ family, scope: "event", event: e, outletA: A, outletB: B, articlesA: ids(ae), articlesB: ids(be), nA: ae.length, nB: be.length, events: null },
      { value: v ?? null, test: DIVERGENCE_TESTS.notTested, note: v === undefined ? undefinedReason(family, A, B) : PER_EVENT }));
    if (v !== undefined) values.push(v);
  }
  const base = { family, scope: "over-events" as const, event: null, outletA: A, outletB: B, articlesA: null, articlesB: null, nA: a.length, nB: b.length, events: values.length };
  const notTested = DIVERGENCE_TESTS.notTested;
  if (values.length === 0) return [...rows, divergenceRow(base, { value: null, test: notTested, note: `no event has both outlets with a defined ${family} value.` })];
  const mean = plainMean(values);
  if (family !== "sentiment") {
    const why = family === "coverage" ? "no interval: as the pooled row's note says" : "no interval: per-event JSDs are biased upward like the pooled one (more so: fewer words), so an interval of their mean would be tight around a biased value";
    return [...rows, divergenceRow(base, { value: values.length === 1 ? values[0] : mean, test: notTested, note: `mean of per-event values; ${why}; for a p-value see the pooled row (outlets shuffled within events).` })];
  }
  if (values.length === 1) return [...rows, divergenceRow(base, { value: values[0], test: notTested, note: "one shared event: no interval over events." })];
  // Mean over events with a percentile bootstrap interval that resamples events (Efron & Tibshirani 1993, ch. 13).
  const r = bootstrapInterval(values.map((v) => [v]), plainMean, { seed: subSeed(o.seed, `${A}/${B}/${family}/events`), iterations: o.iterations, level: o.level, resample: "clusters" });
  return [...rows, divergenceRow(base, { value: r.estimate, lower: r.lower, upper: r.upper, interval: DIVERGENCE_INTERVALS.overEvents, test: notTested, note: "interval over events; for a p-value see the pooled row (outlets shuffled within events)." })];
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
