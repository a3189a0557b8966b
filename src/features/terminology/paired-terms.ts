import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { addCounts } from "../../profile/terms";
import { defaultAlpha0, logOddsDirichlet } from "../../stats/logodds";
import { compareCodeUnits } from "../../util/compare";
import { byEvent, NO_EVENT } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { articleTermCounts } from "./distinctive";
import { stopWordSet } from "./stop-words";
import { addEstimate, combine, type WeightedSums } from "./paired-combine";
import { pairedOptions, type PairedDistinctiveOptions, type ResolvedPairedOptions } from "./paired-options";
import { mapOption, profileSettings } from "./settings";

/** One term of one outlet, combined over the events the outlet covers. Positive δ̄ and z: the outlet uses the term more than the event's other outlets. */
export interface PairedTermRow {
  readonly outlet: string;
  readonly term: string;
  /** The analysis: 1, unigrams, or 2, bigrams ("w1 w2"). */
  readonly n: 1 | 2;
  /** Events combined: the outlet and another outlet have articles there, and one of them uses the term. */
  readonly events: number;
  /** Of those, events where the outlet leans to the term (δ_e > 0), and away from it (δ_e < 0). */
  readonly eventsFor: number;
  readonly eventsAgainst: number;
  readonly countTarget: number;
  /** Occurrences in the other outlets' articles of the same events. */
  readonly countReference: number;
  /** δ̄, the inverse-variance weighted mean of the per-event log-odds ratios (natural log). */
  readonly delta: number;
  /** Its standard error. */
  readonly sigma: number;
  /** δ̄ / σ. */
  readonly z: number;
  /** The outlet's articles using the term, in the combined events (id order). */
  readonly articleIds: readonly string[];
}

/** One outlet and analysis as run. */
export interface PairedOutlet {
  readonly outlet: string;
  readonly n: 1 | 2;
  /** Events compared: the outlet has articles there with terms of this n, and so does another outlet. */
  readonly events: number;
  /** Events the outlet covers alone (nothing to compare within). */
  readonly eventsAlone: number;
  readonly totalTarget: number;
  readonly totalReference: number;
}

export interface PairedParams extends Omit<ResolvedPairedOptions, "alpha0"> {
  /** α₀ as given; null means V of each event. */
  readonly alpha0: number | null;
  readonly method: string;
  readonly outlets: readonly PairedOutlet[];
}

export type PairedResult = FeatureResult<"distinctive-terms-paired", PairedParams, PairedTermRow>;

const METHOD = "per event: log-odds with informative Dirichlet prior, outlet vs the event's other outlets (Monroe, Colaresi & Quinn 2008, eqs. 16–22; prior from the event); over events: inverse-variance weighted mean (fixed effect; Borenstein et al. 2009, eqs. 11.2–11.5)";

/** What one outlet has gathered about one term over its events. */
interface Acc {
  sums: WeightedSums;
  events: number;
  for: number;
  against: number;
  ct: number;
  cr: number;
  articles: number[];
}

/**
 * Paired (within-event) distinctive terms (issue 11 finding 5): what an
 * outlet says where the others, covering the same story, say something else.
 * Pooled keyness (`distinctiveTerms`) compares an outlet's words over all
 * events at once, so a word choice made in every story is diluted by, or
 * confounded with, which stories the outlet covers and at what length.
 *
 * For each event, each outlet with articles there is compared with the
 * event's other outlets pooled, by the log-odds ratio with informative
 * Dirichlet prior of Monroe, Colaresi & Quinn (2008, eqs. 16–22; stats
 * `logOddsDirichlet`), the prior taken from the event's own counts (π̂ from
 * its articles, α₀ = its V by default): δ_e ± σ_e. The per-event estimates of
 * a term are combined by their inverse-variance weighted mean (fixed-effect
 * meta-analysis; see `inverseVarianceMean`), which keeps the effect on the
 * log-odds scale and whose z equals Stouffer's z weighted by 1/σ_e. A term
 * enters an event's estimate when someone in the event uses it (elsewhere its
 * prior is zero and the event says nothing about it). `eventsFor` and
 * `eventsAgainst` count the events where the outlet leans each way, so a
 * strong z carried by one event shows. Only events where the outlet has
 * articles count, and only those with another outlet: articles without an
 * event are one event, `(all)`. Unigrams and bigrams are separate analyses,
 * as in `distinctiveTerms`.
 *
 * Rows: unigrams first, then bigrams; within each, outlets sorted, then z
 * descending, then term; every term an
 * outlet uses in its compared events, and of the others only the
 * `restAbsent` lowest z. Work is linear in the events' vocabularies: each
 * (event, outlet) costs one pass over the event's terms, with no pass over
 * all rows per outlet pair.
 *
 * @example
 * const r = pairedDistinctiveTerms(profiles);
 * r.rows.find((x) => x.outlet === "tass" && x.term === "kiev")?.eventsFor; // events where TASS writes Kiev more than the others
 */
export function pairedDistinctiveTerms(profiles: readonly Profiled<"terminology">[], options: PairedDistinctiveOptions = {}): PairedResult {
  const checked = pairedOptions(options);
  const parsed = inProfileOrder(profiles);
  const fn = "pairedDistinctiveTerms", settings = profileSettings(fn, parsed);
  const o: ResolvedPairedOptions = {
    ...checked,
    unit: mapOption(fn, settings, "unit", options.unit), keepStopWords: mapOption(fn, settings, "keepStopWords", options.keepStopWords), keepNumbers: mapOption(fn, settings, "keepNumbers", options.keepNumbers),
  };
  const warnings: Warning[] = [];
  const stop = stopWordSet(o.stopWords);
  const index = new Map(parsed.map((p, i) => [p, i]));
  const events = byEvent(parsed);
  if (parsed.length > 0 && events.size === 1 && events.has(NO_EVENT)) {
    warnings.push({ code: "no-events", message: "no article has an event, so paired distinctive terms compare each outlet with the others over the whole corpus, as one event; give articles an event to compare within stories." });
  }
  const rows: PairedTermRow[] = [];
  const outlets: PairedOutlet[] = [];
  for (const n of [1, 2] as const) {
    if (!o.ngrams.includes(n)) continue;
    const counts = parsed.map((p) => articleTermCounts(p.terminology, n, stop));
    const acc = new Map<string, Map<string, Acc>>(); // outlet -> term -> sums
    const runs = new Map<string, { events: number; alone: number; ct: number; cr: number }>();
    const run = (outlet: string) => {
      let r = runs.get(outlet);
      if (!r) runs.set(outlet, (r = { events: 0, alone: 0, ct: 0, cr: 0 }));
      return r;
    };
    for (const articles of events.values()) {
      const byOutlet = new Map<string, number[]>();
      for (const p of articles) {
        const i = index.get(p)!;
        const l = byOutlet.get(p.outlet);
        if (l) l.push(i); else byOutlet.set(p.outlet, [i]);
      }
      if (byOutlet.size < 2) { for (const outlet of byOutlet.keys()) run(outlet).alone++; continue; }
      const event = new Map<string, number>();
      for (const l of byOutlet.values()) for (const i of l) addCounts(event, counts[i]);
      if (event.size < 2) continue; // one distinct term: log-odds undefined
      const alpha0 = o.alpha0 ?? defaultAlpha0(event);
      for (const [outlet, l] of byOutlet) {
        const ct = new Map<string, number>();
        for (const i of l) addCounts(ct, counts[i]);
        const cr = subtract(event, ct);
        const nt = sum(ct), nr = sum(cr);
        if (nt === 0 || nr === 0) continue;
        const r = run(outlet);
        r.events++; r.ct += nt; r.cr += nr;
        let mine = acc.get(outlet);
        if (!mine) acc.set(outlet, (mine = new Map()));
        for (const x of logOddsDirichlet(ct, cr, { alpha0, background: event })) {
          let a = mine.get(x.term);
          if (!a) mine.set(x.term, (a = { sums: { w: 0, wd: 0 }, events: 0, for: 0, against: 0, ct: 0, cr: 0, articles: [] }));
          addEstimate(a.sums, x.delta, x.sigma, x.term);
          a.events++;
          if (x.delta > 0) a.for++; else if (x.delta < 0) a.against++;
          a.ct += x.countI; a.cr += x.countJ;
        }
        for (const i of l) for (const term of counts[i].keys()) mine.get(term)!.articles.push(i);
      }
    }
    for (const outlet of [...runs.keys()].sort(compareCodeUnits)) {
      const r = runs.get(outlet)!;
      outlets.push({ outlet, n, events: r.events, eventsAlone: r.alone, totalTarget: r.ct, totalReference: r.cr });
      if (r.events === 0) warnings.push({ code: "no-shared-event", message: `${outlet} (${n === 1 ? "unigrams" : "bigrams"}): no event has articles of it and of another outlet with terms, so it has no paired rows; pooled distinctive terms still compare it.` });
      const mine = acc.get(outlet);
      if (mine) pushRows(rows, outlet, n, mine, parsed, o);
    }
  }
  const { alpha0, ...rest } = o;
  return featureResult("distinctive-terms-paired", { ...rest, alpha0: alpha0 ?? null, method: METHOD, outlets }, rows, warnings);
}

/** The rows of one outlet and analysis, selected and sorted as `pairedDistinctiveTerms` says. */
function pushRows(rows: PairedTermRow[], outlet: string, n: 1 | 2, mine: ReadonlyMap<string, Acc>, parsed: readonly Profiled<"terminology">[], o: ResolvedPairedOptions): void {
  const used: PairedTermRow[] = [], absent: PairedTermRow[] = [];
  for (const [term, a] of mine) {
    if (a.events < o.minEvents || a.ct + a.cr < o.minCount) continue;
    const c = combine(a.sums);
    const ids = a.articles.slice().sort((x, y) => x - y).map((i) => parsed[i].id);
    (a.ct > 0 ? used : absent).push({ outlet, term, n, events: a.events, eventsFor: a.for, eventsAgainst: a.against, countTarget: a.ct, countReference: a.cr, delta: c.delta, sigma: c.sigma, z: c.z, articleIds: ids });
  }
  const byZ = (x: PairedTermRow, y: PairedTermRow) => y.z - x.z || compareCodeUnits(x.term, y.term);
  if (absent.length > o.restAbsent) absent.sort((x, y) => x.z - y.z || compareCodeUnits(x.term, y.term)).length = o.restAbsent;
  let all = used.concat(absent).sort(byZ);
  if (o.top !== Infinity) {
    const pos = all.filter((x) => x.z > 0).slice(0, o.top);
    const neg = all.filter((x) => x.z < 0).slice(-o.top);
    all = pos.concat(neg);
  }
  for (const x of all) rows.push(x);
}

/** `a − b` term by term, dropping zeros (b ⊆ a as counts). */
function subtract(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const m = new Map(a);
  for (const [term, k] of b) {
    const left = (m.get(term) ?? 0) - k;
    if (left > 0) m.set(term, left); else m.delete(term);
  }
  return m;
}

function sum(m: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}
