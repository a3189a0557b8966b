import type { Warning } from "../../errors";
import { vocabularyOf, type TerminologyProfile } from "../../profile/terminology";
import type { Profiled } from "../../profile/types";
import { keynessG2 } from "../../stats/keyness";
import { defaultAlpha0, logOddsDirichlet } from "../../stats/logodds";
import { featureResult, type FeatureResult } from "../result";
import { addCounts } from "../../profile/terms";
import { inProfileOrder } from "../profile-order";
import { mapOption, profileSettings } from "./settings";
import { distinctiveOptions, type DistinctiveOptions, type ResolvedDistinctiveOptions } from "./options";
import { pushAll } from "../../util/push-all";
import { isStopTerm, stopWordSet } from "./stop-words";
import { compareCodeUnits } from "../../util/compare";

/** The reference of a one-vs-rest comparison: every other outlet, pooled. */
export const REST = "(rest)";

/** One term of one comparison. Positive δ̂, z and G² mean "the target uses it more". */
export interface DistinctiveTermRow {
  readonly target: string;
  /** The other outlet, or `"(rest)"`. */
  readonly reference: string;
  readonly term: string;
  /** 1 for a unigram, 2 for a bigram ("w1 w2"). */
  readonly n: 1 | 2;
  readonly countTarget: number;
  readonly countReference: number;
  /** δ̂_w, difference of the smoothed log-odds, target minus reference (natural log). */
  readonly delta: number;
  /** √σ²(δ̂_w). */
  readonly sigma: number;
  /** δ̂_w / σ. */
  readonly z: number;
  /** Signed G² keyness (quanteda's `textstat_keyness(measure = "lr")`). */
  readonly G2: number;
  /** P(χ²₁ ≥ |G²|). */
  readonly p: number;
  /** Target articles that use the term (id order). */
  readonly articleIds: readonly string[];
  /** How many reference articles use it. */
  readonly referenceArticles: number;
  /** Reference articles that use it (id order); against `"(rest)"` only the first 10 (the rest can be most of the corpus; `referenceArticles` counts them all). */
  readonly referenceArticleIds: readonly string[];
}

/** One comparison as run: its sides, which analysis (unigrams or bigrams), their sizes and the prior used. */
export interface DistinctiveComparison {
  readonly target: string;
  readonly reference: string;
  /** The analysis: 1, unigrams, or 2, bigrams; each is its own multinomial with its own totals and prior. */
  readonly n: 1 | 2;
  /** Terms (of this n) counted on each side (Σ counts). */
  readonly totalTarget: number;
  readonly totalReference: number;
  /** α₀ used (the default is V of the background). */
  readonly alpha0: number;
  readonly articleIdsTarget: readonly string[];
  /** The reference's articles; empty against `"(rest)"`, which is every article not of the target. */
  readonly articleIdsReference: readonly string[];
}

export interface DistinctiveParams extends Omit<ResolvedDistinctiveOptions, "pairs" | "alpha0"> {
  /** α₀ as given; null means the default (V of each comparison's background). */
  readonly alpha0: number | null;
  readonly comparisons: readonly DistinctiveComparison[];
}

export type DistinctiveResult = FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow>;

/**
 * Distinctive terms: the log-odds ratio with informative Dirichlet prior of
 * Monroe, Colaresi & Quinn (2008, Political Analysis 16(4), eqs. 16–22; stats
 * `logOddsDirichlet`), for each term w, target i vs reference j:
 *   δ̂_w = log[(y_i+α_w)/(n_i+α₀−y_i−α_w)] − log[(y_j+α_w)/(n_j+α₀−y_j−α_w)],
 *   σ² ≈ 1/(y_i+α_w) + 1/(y_j+α_w),  z = δ̂/σ,  α_w = α₀·π̂_w,
 * with π̂ from the whole corpus by default; plus G² keyness (Dunning 1993, with
 * quanteda's sign and correction; stats `keynessG2`) as a second measure.
 * Terms are unigrams and bigrams of lemmas without stop words, punctuation or
 * numbers by default (`termCounts`), read from the profiles' term tables:
 * unit, stop words and numbers are what the map counted (an option asking
 * for other values throws); `ngrams` picks the tables.
 *
 * Unigrams and bigrams are separate analyses (issue 11 finding 3): each is
 * its own multinomial, with its own totals n_i, n_j, background π̂ and prior
 * α₀ (Monroe et al.'s model, eq. 22, is one multinomial over one vocabulary
 * of exclusive categories). Pooling them would count each word up to three
 * times in one multinomial ("fox", "fox news", "tell fox"), which the
 * variance σ² ≈ 1/(y_i+α_w) + 1/(y_j+α_w) treats as independent draws, so
 * z would be overconfident. Each row says which analysis it is from (`n`).
 *
 * Rows: comparisons sorted by target, reference, then n (unigrams first);
 * within one, z descending, then term. Against the rest (one-vs-rest), every term the target uses has
 * a row, but of the terms it never uses only the `restAbsent` most
 * under-used do: the rest's vocabulary grows with the corpus, and with many
 * outlets it would otherwise give every outlet a row for every word of the
 * corpus. Degenerate input gives warnings, not NaN: an article with no
 * terms is named; a one-vs-rest run on one outlet, or a side with no terms,
 * gives no rows for that comparison. An unknown outlet in `pairs` throws.
 *
 * @example
 * const r = distinctiveTerms(profiles, { pairs: [["tass", "yahoo"]] });
 * r.rows.find((x) => x.term === "kiev")?.z; // > 0: TASS writes Kiev, Yahoo does not
 */
export function distinctiveTerms(profiles: readonly Profiled<"terminology">[], options: DistinctiveOptions = {}): DistinctiveResult {
  const checked = distinctiveOptions(options);
  const parsed = inProfileOrder(profiles);
  const fn = "distinctiveTerms", settings = profileSettings(fn, parsed);
  const o: ResolvedDistinctiveOptions = {
    ...checked,
    unit: mapOption(fn, settings, "unit", options.unit), keepStopWords: mapOption(fn, settings, "keepStopWords", options.keepStopWords), keepNumbers: mapOption(fn, settings, "keepNumbers", options.keepNumbers),
  };
  const warnings: Warning[] = [];
  const analyses = o.ngrams.includes(1) && o.ngrams.includes(2) ? ([1, 2] as const) : o.ngrams.includes(1) ? ([1] as const) : ([2] as const);
  const stop = stopWordSet(o.stopWords);
  const byN = new Map(analyses.map((n) => [n, analysisOf(parsed.map((p) => articleTermCounts(p.terminology, n, stop)))] as const));
  parsed.forEach((p, i) => {
    if (analyses.every((n) => byN.get(n)!.counts[i].size === 0)) warnings.push({ code: "empty-terms", articleId: p.id, message: `article "${p.id}" has no terms once stop words, punctuation and numbers are dropped, so it adds nothing to its outlet's counts.` });
  });
  const outlets = outletIndices(parsed);

  const rows: DistinctiveTermRow[] = [];
  const comparisons: DistinctiveComparison[] = [];
  for (const [target, reference] of plan(o, outlets, warnings)) {
    for (const n of analyses) {
      const done = compareSides(parsed, byN.get(n)!, n, outlets.get(target)!, reference === REST ? null : outlets.get(reference)!, target, reference, o, warnings);
      if (!done) continue;
      pushAll(rows, done.rows);
      comparisons.push(done.comparison);
    }
  }
  const { pairs: _pairs, alpha0: given, ...rest } = o;
  return featureResult("distinctive-terms", { ...rest, alpha0: given ?? null, comparisons }, rows, warnings);
}

/** One n-gram analysis: each article's counts, the articles using each term, and the corpus counts. */
interface Analysis {
  readonly counts: readonly Map<string, number>[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly corpus: ReadonlyMap<string, number>;
}

function analysisOf(counts: Map<string, number>[]): Analysis {
  const postings = new Map<string, number[]>(); // term -> articles using it, id order
  counts.forEach((c, i) => { for (const t of c.keys()) { const l = postings.get(t); if (l) l.push(i); else postings.set(t, [i]); } });
  const corpus = new Map<string, number>();
  for (const c of counts) addCounts(corpus, c);
  return { counts, postings, corpus };
}

/** One comparison of one analysis (target articles `t` vs reference articles `r`, or the rest when null); null with a warning when it cannot be run. */
function compareSides(parsed: readonly Profiled<"terminology">[], a: Analysis, n: 1 | 2, t: readonly number[], r: readonly number[] | null, target: string, reference: string, o: ResolvedDistinctiveOptions, warnings: Warning[]): { rows: DistinctiveTermRow[]; comparison: DistinctiveComparison } | null {
  const { counts, postings, corpus } = a;
  const rest = r === null;
  // the rest is the corpus less the target: one subtraction, not a pass over every other article
  const ct = pool(counts, t), cr = rest ? subtractCounts(corpus, ct) : pool(counts, r);
  const nt = total(ct), nr = total(cr);
  const what = n === 1 ? "unigrams" : "bigrams";
  const label = `${target} vs ${reference} (${what})`;
  if (nt === 0 || nr === 0) {
    const empty = nt === 0 ? target : reference;
    warnings.push({ code: "no-terms", message: `${label}: "${empty}" has no ${what} (all its tokens are stop words, punctuation or numbers), so this comparison has no rows.` });
    return null;
  }
  const background = o.background === "corpus" ? corpus : addCounts(new Map(ct), cr);
  if (distinctPositive(background) < 2) {
    warnings.push({ code: "one-term", message: `${label}: the background has a single distinct term, so log-odds are undefined; this comparison has no rows.` });
    return null;
  }
  const alpha0 = o.alpha0 ?? defaultAlpha0(background);
  const lo = logOddsDirichlet(ct, cr, { alpha0, background });
  const kg = keynessG2(ct, cr, { correction: o.correction });
  const targetIds = idsByTerm(counts, t);
  const referenceIds = rest ? null : idsByTerm(counts, r);
  const inT = new Set(t);
  const kept: { x: (typeof lo)[number]; k: number }[] = [];
  const absent: { x: (typeof lo)[number]; k: number }[] = [];
  lo.forEach((x, k) => {
    if (kg[k].term !== x.term) throw new Error(`distinctiveTerms: internal error, log-odds and G² rows out of step at "${x.term}"`);
    if (x.countI + x.countJ < o.minCount) return;
    (rest && x.countI === 0 ? absent : kept).push({ x, k });
  });
  // one-vs-rest: every term the target uses, and only the most under-used of the terms it never uses (the rest's vocabulary grows with the corpus)
  if (absent.length > o.restAbsent) absent.sort((a, b) => a.x.z - b.x.z || compareCodeUnits(a.x.term, b.x.term)).length = o.restAbsent;
  pushAll(kept, absent);
  const all: DistinctiveTermRow[] = kept.map(({ x, k }) => {
    const mine = targetIds.get(x.term) ?? [];
    const theirs = referenceIds ? referenceIds.get(x.term) ?? [] : firstNotIn(postings.get(x.term) ?? [], inT, REST_IDS);
    const theirCount = referenceIds ? theirs.length : (postings.get(x.term)?.length ?? 0) - mine.length;
    return {
      target, reference, term: x.term, n, countTarget: x.countI, countReference: x.countJ,
      delta: x.delta, sigma: x.sigma, z: x.z, G2: kg[k].G2, p: kg[k].p,
      articleIds: mine.map((i) => parsed[i].id),
      referenceArticles: theirCount,
      referenceArticleIds: theirs.map((i) => parsed[i].id),
    };
  });
  return {
    rows: select(all, o.top),
    comparison: { target, reference, n, totalTarget: nt, totalReference: nr, alpha0, articleIdsTarget: t.map((i) => parsed[i].id), articleIdsReference: rest ? [] : r.map((i) => parsed[i].id) },
  };
}

/** The comparisons to run, [target, reference], sorted. */
function plan(o: ResolvedDistinctiveOptions, outlets: Map<string, number[]>, warnings: Warning[]): [string, string][] {
  const ids = [...outlets.keys()];
  if (ids.length < 2 && !o.pairs) {
    const found = ids.length === 0 ? "no articles" : `only outlet "${ids[0]}"`;
    warnings.push({ code: "no-reference", message: `distinctive terms compare outlets, but the corpus has ${found}; there is nothing to compare it with, so there are no rows. Fix: give articles from at least two outlets.` });
    return [];
  }
  if (o.comparison === "one-vs-rest") return ids.map((id) => [id, REST]);
  if (!o.pairs) return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
  const seen = new Set<string>();
  for (const [a, b] of o.pairs) {
    for (const x of [a, b]) if (!outlets.has(x)) throw new Error(`invalid pairs: outlet "${x}" has no articles here (outlets: ${ids.join(", ") || "none"})`);
    const k = `${a}\u0000${b}`;
    if (seen.has(k)) throw new Error(`invalid pairs: ["${a}", "${b}"] is given twice`);
    seen.add(k);
  }
  return o.pairs.map(([a, b]) => [a, b] as [string, string]).sort((x, y) => compareCodeUnits(x[0], y[0]) || compareCodeUnits(x[1], y[1]));
}

/** Keeps the top k of each side (z > 0 and z < 0), then orders by z descending, then term. */
function select(rows: DistinctiveTermRow[], top: number): DistinctiveTermRow[] {
  const byZ = (a: DistinctiveTermRow, b: DistinctiveTermRow) => b.z - a.z || compareCodeUnits(a.term, b.term);
  if (top === Infinity) return rows.sort(byZ);
  const pos = rows.filter((x) => x.z > 0).sort(byZ).slice(0, top);
  const neg = rows.filter((x) => x.z < 0).sort((a, b) => a.z - b.z || compareCodeUnits(a.term, b.term)).slice(0, top);
  return [...pos, ...neg].sort(byZ);
}

/** One article's counts of one analysis: its unigram table, or its bigram table ("w1 w2"), less the terms `stop` drops (see `isStopTerm`). */
export function articleTermCounts(t: TerminologyProfile, n: 1 | 2, stop: ReadonlySet<string> | null = null): Map<string, number> {
  const m = new Map<string, number>();
  const w = vocabularyOf(t);
  if (n === 1) {
    for (let k = 0; k < t.unigrams.word.length; k++) {
      const term = w[t.unigrams.word[k]];
      if (!stop || !isStopTerm(term, stop)) m.set(term, t.unigrams.count[k]);
    }
  } else {
    const b = t.bigrams;
    for (let k = 0; k < b.count.length; k++) {
      const term = `${w[b.first[k]]} ${w[b.second[k]]}`;
      if (stop && isStopTerm(term, stop)) continue;
      m.set(term, (m.get(term) ?? 0) + b.count[k]);
    }
  }
  return m;
}

function outletIndices(parsed: readonly Profiled<"terminology">[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  parsed.forEach((p, i) => { const l = m.get(p.outlet); if (l) l.push(i); else m.set(p.outlet, [i]); });
  return new Map([...m].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** How many reference article ids a one-vs-rest row lists (the rest can be most of the corpus); `referenceArticles` counts them all. */
const REST_IDS = 10;

/** term → the articles of `idx` using it, in `idx` order; O(terms of those articles). */
function idsByTerm(counts: readonly Map<string, number>[], idx: readonly number[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const i of idx) for (const term of counts[i].keys()) { const l = m.get(term); if (l) l.push(i); else m.set(term, [i]); }
  return m;
}

/** The first `max` items of `list` not in `skip`. */
function firstNotIn(list: readonly number[], skip: ReadonlySet<number>, max: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < list.length && out.length < max; k++) if (!skip.has(list[k])) out.push(list[k]);
  return out;
}

/** `a − b` term by term, dropping zeros (b ⊆ a as counts). */
function subtractCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const m = new Map(a);
  for (const [term, n] of b) {
    const left = (m.get(term) ?? 0) - n;
    if (left > 0) m.set(term, left); else m.delete(term);
  }
  return m;
}

function distinctPositive(m: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of m.values()) if (v > 0) n++;
  return n;
}

function pool(counts: readonly Map<string, number>[], idx: readonly number[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of idx) addCounts(m, counts[i]);
  return m;
}

function total(m: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}
