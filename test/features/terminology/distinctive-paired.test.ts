import { chartDistinctivePaired } from "../../../src/charts/distinctive-paired";
import { distinctiveTerms, inverseVarianceMean, pairedDistinctiveTerms, REST } from "../../../src/features/terminology/index";
import { parseArticle } from "../../../src/parse/index";
import { termCounts } from "../../../src/profile/terms";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, profiled } from "../../helpers";

describe("inverseVarianceMean (fixed-effect meta-analysis, Borenstein et al. 2009 eqs. 11.2–11.5)", () => {
  it("gives the hand-computed weighted mean, its standard error and z", () => {
    // w = 1/σ² = 1, 1: δ̄ = (1 + 3)/2 = 2, SE = 1/√2, z = 2√2
    const a = inverseVarianceMean([1, 3], [1, 1]);
    expect(a.delta).toBe(2);
    expect(a.sigma).toBeCloseTo(Math.SQRT1_2, 15);
    expect(a.z).toBeCloseTo(2 * Math.SQRT2, 14);
    // w = 4, 1, 0.25 (Σ 5.25); Σ w·δ = 2 − 1 + 0.5 = 1.5: δ̄ = 1.5/5.25 = 2/7, SE = 1/√5.25
    const b = inverseVarianceMean([0.5, -1, 2], [0.5, 1, 2]);
    expect(b.delta).toBeCloseTo(2 / 7, 15);
    expect(b.sigma).toBeCloseTo(1 / Math.sqrt(5.25), 15);
    expect(b.z).toBeCloseTo(2 / 7 * Math.sqrt(5.25), 14);
  });
  it("rejects what cannot be weighted", () => {
    expect(() => inverseVarianceMean([], [])).toThrow(/no estimates/);
    expect(() => inverseVarianceMean([1], [0])).toThrow(/standard error 0 is 0/);
    expect(() => inverseVarianceMean([1, 2], [1])).toThrow(/2 estimates but 1/);
  });
});

// Two events. e1: a "Kiev grain grain.", b "Kyiv grain."; e2: a "Kiev corridor.", b "Kiev corridor corridor.", c "Kyiv corridor."
const small: readonly ArticleProfile[] = Object.freeze([
  ["a1", "a", "e1", "Kiev grain grain."], ["b1", "b", "e1", "Kyiv grain."],
  ["a2", "a", "e2", "Kiev corridor."], ["b2", "b", "e2", "Kiev corridor corridor."], ["c2", "c", "e2", "Kyiv corridor."],
].map(([id, outlet, event, text]) => profiled(article({ id, outlet, event, text }))));

describe("pairedDistinctiveTerms against an independent computation", () => {
  const r = pairedDistinctiveTerms(small, { ngrams: [1] });
  const row = (outlet: string, term: string) => r.rows.find((x) => x.outlet === outlet && x.term === term)!;

  it("matches numpy to 1e-12: per event Monroe et al.'s log-odds vs the event's other outlets, prior from the event, combined by inverse variance", () => {
    // python3/numpy, independently of this code:
    //   per event: bg = the event's counts, a0 = V, aw = a0*bg[w]/N;
    //   d = log((yi+aw)/(ni+a0-yi-aw)) - log((yj+aw)/(nj+a0-yj-aw)); s = sqrt(1/(yi+aw)+1/(yj+aw))
    //   over events: w = 1/s**2; m = (w*d).sum()/w.sum(); se = 1/sqrt(w.sum()); z = m/se
    const expected: [string, string, number, number, number, number][] = [
      ["a", "kiev", 2, 0.7694779805724465, 0.8559413444605848, 0.8989844754576874], // per event 0.98083, 0.67016
      ["a", "kyiv", 2, -1.1842102042416867, 1.1425520309610906, -1.0364606356224793],
      ["a", "grain", 1, 0.30538164955118197, 0.7875917418813502, 0.3877410507399497],
      ["b", "kiev", 2, -0.16646917835980063, 0.8559413444605848, -0.19448666598142855], // per event −0.98083, +0.21622
      ["b", "kyiv", 2, 0.3041068683814541, 1.1425520309610906, 0.26616456856292653],
      ["c", "kyiv", 1, 1.9553888930098569, 1.7416467303484175, 1.1227241776055699],
      ["c", "corridor", 1, -0.18916308861067124, 0.7619332416641179, -0.24826727364923104],
    ];
    for (const [o, term, events, delta, sigma, z] of expected) {
      const x = row(o, term);
      expect([o, term, x.events]).toEqual([o, term, events]);
      expect(x.delta).toBeCloseTo(delta, 12);
      expect(x.sigma).toBeCloseTo(sigma, 12);
      expect(x.z).toBeCloseTo(z, 12);
    }
    expect([row("b", "kiev").eventsFor, row("b", "kiev").eventsAgainst]).toEqual([1, 1]);
    expect(row("a", "kiev")).toMatchObject({ countTarget: 2, countReference: 1, eventsFor: 2, eventsAgainst: 0, articleIds: ["a1", "a2"] });
  });

  it("records each outlet's events, including those it covers alone, and orders rows by n, outlet, z", () => {
    expect(r.params.outlets.map((x) => [x.outlet, x.n, x.events, x.eventsAlone, x.totalTarget, x.totalReference])).toEqual([
      // a: e1 3 vs 2, e2 2 vs 5; b: e1 2 vs 3, e2 3 vs 4; c: e2 2 vs 5
      ["a", 1, 2, 0, 5, 7], ["b", 1, 2, 0, 5, 7], ["c", 1, 1, 0, 2, 5],
    ]);
    const alone = pairedDistinctiveTerms([...small, profiled(article({ id: "d3", outlet: "d", event: "e3", text: "Kiev alone." }))], { ngrams: [1] });
    expect(alone.params.outlets.find((x) => x.outlet === "d")).toMatchObject({ events: 0, eventsAlone: 1 });
    expect(alone.warnings.map((w) => w.code)).toEqual(["no-shared-event"]);
    const both = pairedDistinctiveTerms(small).rows;
    const order = (p: (typeof both)[number], q: (typeof both)[number]) => p.n - q.n || (p.outlet < q.outlet ? -1 : p.outlet > q.outlet ? 1 : 0) || q.z - p.z || (p.term < q.term ? -1 : 1);
    expect(both).toEqual([...both].sort(order));
  });

  it("gives the same result for any input order, and checks its options", () => {
    expect(JSON.stringify(pairedDistinctiveTerms([...small].reverse()))).toBe(JSON.stringify(pairedDistinctiveTerms(small)));
    expect(() => pairedDistinctiveTerms(small, { minEvents: 0 })).toThrow(/invalid minEvents/);
    expect(() => pairedDistinctiveTerms(small, { alpha0: -1 })).toThrow(/invalid alpha0/);
    expect(() => pairedDistinctiveTerms(small, { unit: "surface" })).toThrow(/profiles were built with unit "lemma"/);
  });
});

// Event k's own vocabulary: ten made-up nouns ("voxka" … "voxkj"), so each event has words of its own.
const filler = (k: number, count: number) => Array.from({ length: count }, (_, j) => `vox${"abcdefghij"[k]}${"abcdefghij"[j % 10]}`);
const text = (words: string[]) => {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 10) out.push(`${words.slice(i, i + 10).join(" ")}.`);
  return out.join(" ");
};
const times = (w: string, k: number) => new Array<string>(k).fill(w);
// Mixed so "dictator" is spread through the text, not one run.
const mix = (a: string[], b: string[]) => a.flatMap((w, i) => (i < b.length ? [w, b[i]] : [w])).concat(b.slice(a.length));

/**
 * 10 events × 3 outlets. In every event outlet A writes "dictator" at a higher rate than B and C, who
 * write "leader". Events 0–4 are about the dictator (everyone says it: B and C 15 times in 100 words,
 * A 8 times in 20); in events 5–9 only A says it (5 in 100 words; B and C write 20 words each). A
 * writes short on the first stories and long on the others, so pooled over events its rate of
 * "dictator" (65/600) is below the others' (150/1240): a Simpson's paradox the pooled comparison falls into.
 */
function dictatorCorpus(): ArticleProfile[] {
  const out: ArticleProfile[] = [];
  for (let k = 0; k < 10; k++) {
    const heavy = k < 5;
    const a = heavy ? mix(filler(k, 12), times("dictator", 8)) : mix(filler(k, 95), times("dictator", 5));
    const other = heavy ? mix(filler(k, 83), times("dictator", 15).concat(times("leader", 2))) : mix(filler(k, 18), times("leader", 2));
    out.push(profiled(article({ id: `a-${k}`, outlet: "a", event: `e${k}`, text: text(a) })));
    for (const o of ["b", "c"]) out.push(profiled(article({ id: `${o}-${k}`, outlet: o, event: `e${k}`, text: text(other) })));
  }
  return out;
}

describe("issue 11 finding 5: paired (within-event) keyness finds a word choice pooled keyness misses", () => {
  const corpus = dictatorCorpus();

  it("builds the corpus as described (counts from the parse)", () => {
    const c0 = termCounts(parseArticle(article({ text: text(mix(filler(0, 12), times("dictator", 8))) })), { ngrams: [1] });
    expect([c0.get("dictator"), c0.get("voxaa"), [...c0.values()].reduce((s, x) => s + x, 0)]).toEqual([8, 2, 20]);
  });

  it("pooled: A's dictator is not distinctive (z ≤ 0); paired: z > 5, leaning A's way in all 10 events", () => {
    const pooled = distinctiveTerms(corpus, { ngrams: [1] }).rows.find((x) => x.target === "a" && x.reference === REST && x.term === "dictator")!;
    expect([pooled.countTarget, pooled.countReference]).toEqual([65, 150]);
    expect(pooled.z).toBeLessThanOrEqual(0);
    const paired = pairedDistinctiveTerms(corpus, { ngrams: [1] });
    const d = paired.rows.find((x) => x.outlet === "a" && x.term === "dictator")!;
    expect(d).toMatchObject({ events: 10, eventsFor: 10, eventsAgainst: 0, countTarget: 65, countReference: 150 });
    expect(d.z).toBeGreaterThan(5);
    const leader = paired.rows.find((x) => x.outlet === "a" && x.term === "leader")!;
    expect(leader).toMatchObject({ events: 10, eventsFor: 0, eventsAgainst: 10, countTarget: 0 });
    expect(leader.z).toBeLessThan(0);
    // A's top paired term is the word choice, not event vocabulary
    expect(paired.rows.filter((x) => x.outlet === "a")[0].term).toBe("dictator");
  });

  it("runs unigrams and bigrams as separate analyses, each row saying which", () => {
    const both = pairedDistinctiveTerms(corpus);
    expect([...new Set(both.rows.map((x) => x.n))]).toEqual([1, 2]);
    expect(both.rows.every((x) => x.term.includes(" ") === (x.n === 2))).toBe(true);
    expect(both.params.outlets.map((x) => `${x.outlet}${x.n}`)).toEqual(["a1", "b1", "c1", "a2", "b2", "c2"]);
  });

  it("the chart shows both: paired z as bars, pooled z as diamonds on the same rows", () => {
    const pooled = distinctiveTerms(corpus, { ngrams: [1] });
    const spec = chartDistinctivePaired(pairedDistinctiveTerms(corpus, { ngrams: [1] }), pooled, { top: 3 });
    const cols = spec.data.columns;
    const row = spec.data.rows.find((r) => r[cols.indexOf("outlet")] === "a" && r[cols.indexOf("term")] === "dictator")!;
    const pooledZ = pooled.rows.find((x) => x.target === "a" && x.term === "dictator")!.z;
    expect([row[cols.indexOf("events_for")], row[cols.indexOf("z_pooled")]]).toEqual([10, pooledZ]);
    expect(row[cols.indexOf("z_paired")]).toBeGreaterThan(5);
    const diamonds = (spec.figure.data as { mode?: string; x: unknown[] }[]).filter((t) => t.mode === "markers");
    expect(diamonds).toHaveLength(3); // one panel per outlet
    expect(diamonds[0].x).toContain(pooledZ);
    expect(() => chartDistinctivePaired(pooled as never, null)).toThrow(/needs a "distinctive-terms-paired" result/);
  });
});
