import fc from "fast-check";
import type { Article, Outlet } from "../../src/corpus/types";
import { generateCorpus } from "../../bench/generate-corpus";
import { compareMapped } from "../../src/features/compare";
import { frameAttention } from "../../src/features/emphasis/frames";
import { actorSalience } from "../../src/features/emphasis/salience";
import { byGroup, corpusByGroup, groupsAsOutlets, hasGroups, leftOutWarning, outletGroups } from "../../src/features/outlet-groups";
import { sentimentByOutlet } from "../../src/features/sentiment/outlets";
import { labelChoice } from "../../src/features/terminology/labels";
import { voiceByOutlet } from "../../src/features/voice/outlets";
import { loadLexicon } from "../../src/lexicon/index";
import type { Lexicon } from "../../src/lexicon/types";
import { mapArticles } from "../../src/profile/map-corpus";
import type { ArticleProfile } from "../../src/profile/types";
import { article, BUNDLED } from "../helpers";

const outlet = (id: string, group?: string): Outlet => Object.freeze({ id, label: id.toUpperCase(), ...(group !== undefined ? { group } : {}), meta: {} });

/** Six outlets in two groups: the spelling habits of tass and yahoo (bench/generate-corpus) fall in different groups. */
const GROUP_OF: Record<string, string> = { tass: "east", rt: "east", ap: "east", yahoo: "west", reuters: "west", bbc: "west" };
const OUTLETS = Object.keys(GROUP_OF).sort();

/** Generated articles (bundled sentences, seeded) of `events` events, one per outlet and event. */
function articles(events: number): Article[] {
  return generateCorpus({ events, outlets: OUTLETS, words: 120, seed: 5 }).map((line) => {
    const j = JSON.parse(line) as { id: string; outlet: string; event: string; text: string };
    return article({ id: j.id, outlet: j.outlet, event: j.event, text: j.text });
  });
}

/** Sums of numeric fields of rows by key, the row's outlet replaced by `groupOf(outlet)`. */
function sums<R extends { outlet: string }>(rows: readonly R[], key: (r: R, unit: string) => string, fields: readonly (keyof R)[], groupOf: (o: string) => string | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const unit = groupOf(r.outlet);
    if (unit === undefined) continue; // an outlet without a group is in no group
    const k = key(r, unit);
    const v = out.get(k) ?? fields.map(() => 0);
    fields.forEach((f, i) => { v[i] += r[f] as unknown as number; });
    out.set(k, v);
  }
  return out;
}

/** Rows whose fields are all zero add nothing to a sum: a group may have a row where none of its outlets has one with counts (or the reverse). */
function nonZero(m: Map<string, number[]>): Map<string, number[]> {
  return new Map([...m].filter(([, v]) => v.some((x) => x !== 0)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe("issue 12: groups of outlets", () => {
  describe("outletGroups", () => {
    it("maps every outlet to its group, groups and their outlets in code-unit order", () => {
      const g = outletGroups(Object.freeze([outlet("b", "right"), outlet("a", "left"), outlet("c", "left"), outlet("Z", "right")]));
      expect(g.groups).toEqual([{ group: "left", outlets: ["a", "c"] }, { group: "right", outlets: ["Z", "b"] }]);
      expect([...g.groupOf]).toEqual([["b", "right"], ["a", "left"], ["c", "left"], ["Z", "right"]]);
      expect(g.warnings).toEqual([]);
      expect(g.ungrouped).toEqual([]);
    });

    it("lists outlets without a group (none, or blank) apart, in no group, and trims group names", () => {
      const g = outletGroups([outlet("a", "left"), outlet("c", "  "), outlet("b"), outlet("d", " right ")]);
      expect(g.groups).toEqual([{ group: "left", outlets: ["a"] }, { group: "right", outlets: ["d"] }]);
      expect(g.ungrouped).toEqual(["b", "c"]);
      expect([...g.groupOf.keys()]).toEqual(["a", "d"]);
    });

    it("says how many articles of which outlets the comparison by group leaves out, at most ten outlets named", () => {
      const many = Array.from({ length: 13 }, (_, i) => `o${String(i).padStart(2, "0")}`);
      const w = leftOutWarning(many, 40)!;
      expect(w.code).toBe("group-left-out");
      expect(w.message).toContain("leaves out 40 articles of 13 outlets without a group (o00, o01");
      expect(w.message).toContain("o09 and 3 more");
      expect(leftOutWarning([], 0)).toBeUndefined();
    });

    it("warns when every outlet is in one group", () => {
      expect(outletGroups([outlet("a", "g"), outlet("b", "g")]).warnings.map((w) => w.code)).toEqual(["one-group"]);
    });

    it("says whether any outlet has a group", () => {
      expect(hasGroups([outlet("a"), outlet("b", " ")])).toBe(false);
      expect(hasGroups([outlet("a"), outlet("b", "x")])).toBe(true);
      expect(hasGroups([])).toBe(false);
    });

    it("gives the groups as outlets of a comparison (id and label the group, its outlets in meta)", () => {
      expect(groupsAsOutlets([{ group: "left", outlets: ["a", "b"] }])).toEqual([{ id: "left", label: "left", meta: { outlets: ["a", "b"] } }]);
    });
  });

  describe("byGroup", () => {
    const parts = { sentiment: { s: [1] } };
    type Head = { id: string; outlet: string; event?: string; date?: string; sentiment: { s: number[] } };
    const profiles: readonly Head[] = Object.freeze([
      Object.freeze({ id: "1", outlet: "b", event: "e", ...parts }),
      Object.freeze({ id: "1", outlet: "a", event: "e", ...parts }),
      Object.freeze({ id: "2", outlet: "c", date: "2022-03-10", ...parts }),
    ]);

    it("relabels shallow copies (parts shared, ids, events and dates kept), in profile order, without changing its input", () => {
      const out = byGroup(profiles, new Map([["a", "z"], ["b", "y"], ["c", "y"]]));
      expect(out.map((p) => [p.id, p.outlet, p.event, p.date])).toEqual([["1", "y", "e", undefined], ["1", "z", "e", undefined], ["2", "y", undefined, "2022-03-10"]]);
      expect(out[0].sentiment).toBe(profiles[0].sentiment);
      expect(profiles.map((p) => p.outlet)).toEqual(["b", "a", "c"]);
    });

    it("leaves out the articles of an outlet missing from the map (one without a group)", () => {
      expect(byGroup(profiles, new Map([["a", "z"]])).map((p) => [p.id, p.outlet])).toEqual([["1", "z"]]);
    });
  });

  describe("corpusByGroup", () => {
    it("gives a corpus whose outlets are the groups, articles relabelled, those without a group left out and counted in a warning", () => {
      const corpus = Object.freeze({
        path: "c", format: "jsonl" as const, warnings: [], skipped: [],
        outlets: [outlet("a", "left"), outlet("b"), outlet("c", "left")],
        articles: [article({ id: "2", outlet: "c", text: "x" }), article({ id: "1", outlet: "b", text: "y" }), article({ id: "3", outlet: "a", text: "z" })],
      });
      const g = corpusByGroup(corpus);
      expect(g.outlets.map((o) => o.id)).toEqual(["left"]);
      expect(g.articles.map((a) => [a.id, a.outlet, a.text])).toEqual([["2", "left", "x"], ["3", "left", "z"]]);
      expect(g.warnings.map((w) => w.code)).toEqual(["one-group", "group-left-out"]);
      expect(g.warnings[1].message).toContain("leaves out 1 article of 1 outlet without a group (b)");
      expect(corpus.articles.map((a) => a.outlet)).toEqual(["c", "b", "a"]);
    });
  });

  describe("a built corpus of 6 outlets in 2 groups", () => {
    let lexicon: Lexicon;
    let profiles: readonly ArticleProfile[];
    beforeAll(() => {
      lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
      profiles = mapArticles(articles(4), lexicon).profiles;
    }, 60_000);
    const corpus = (outlets: readonly Outlet[]) => ({ path: "built", format: "jsonl" as const, outlets, warnings: [], skipped: [], articleCount: 24 });
    const compareBoth = () => {
      const grouping = outletGroups(OUTLETS.map((o) => outlet(o, GROUP_OF[o])));
      const options = { iterations: 50, divergence: { permutations: 19 } };
      return {
        outlets: compareMapped(corpus(OUTLETS.map((o) => outlet(o, GROUP_OF[o]))), { profiles, skipped: [] }, lexicon, options),
        groups: compareMapped(corpus(groupsAsOutlets(grouping.groups)), { profiles: byGroup(profiles, grouping.groupOf), skipped: [] }, lexicon, options),
      };
    };
    let both: ReturnType<typeof compareBoth>;
    beforeAll(() => { both = compareBoth(); }, 60_000);

    it("label choice: a group's count of each label is the sum of its outlets' counts", () => {
      const key = (r: { event: string; concept: string; label: string; voice: string }, unit: string) => `${r.event}|${r.concept}|${r.label}|${r.voice}|${unit}`;
      const fields = ["count", "total"] as const;
      const expected = nonZero(sums(both.outlets.labelChoice!.rows, key, fields, (o) => GROUP_OF[o]));
      const got = nonZero(sums(both.groups.labelChoice!.rows, key, fields, (g) => g));
      expect(got.size).toBeGreaterThan(4); // guards against comparing two empty tables
      expect(got).toEqual(expected);
      expect(new Set(both.groups.labelChoice!.rows.map((r) => r.outlet))).toEqual(new Set(["east", "west"]));
    });

    it("sentiment: a group's mean is the pooled mean of its articles' sentences, weighted by hand from the article table", () => {
      const pooled = new Map<string, { sum: number; n: number }>();
      for (const r of both.outlets.sentiment.articles.rows) {
        if (r.mean === null) continue;
        const acc = pooled.get(GROUP_OF[r.outlet]) ?? { sum: 0, n: 0 };
        acc.sum += r.mean * r.sentences;
        acc.n += r.sentences;
        pooled.set(GROUP_OF[r.outlet], acc);
      }
      const rows = both.groups.sentiment.outlets.rows;
      expect(rows.map((r) => r.outlet)).toEqual(["east", "west"]);
      for (const r of rows) {
        const p = pooled.get(r.outlet)!;
        expect(r.sentences).toBe(p.n);
        expect(r.articles).toBe(12);
        expect(r.mean.estimate).toBeCloseTo(p.sum / p.n, 12);
      }
    });

    it("divergence compares the two groups: one pair per family, east against west", () => {
      const pairs = new Set(both.groups.divergence.rows.map((r) => `${r.outletA}|${r.outletB}`));
      expect([...pairs]).toEqual(["east|west"]);
      expect(both.groups.articles.map((a) => a.id)).toEqual(both.outlets.articles.map((a) => a.id));
    });

    it("property: relabelling is a pure merge — for random outlet → group maps, group counts are sums of outlet counts", () => {
      const names = fc.option(fc.oneof(fc.constantFrom("left", "right", " left ", "", "(other)"), fc.string({ maxLength: 4 })), { nil: undefined });
      const fixed = (g: string | undefined) => (g?.trim() ? g.trim() : undefined);
      const stats = { iterations: 5, seed: 3 };
      const outletRows = {
        labels: labelChoice(profiles, lexicon).rows,
        frames: frameAttention(profiles, lexicon.frames.map((f) => f.id)).rows,
        voice: voiceByOutlet(profiles).rows,
        salience: actorSalience(profiles).rows,
        sentiment: sentimentByOutlet(profiles, stats).rows,
      };
      fc.assert(fc.property(fc.tuple(...OUTLETS.map(() => names)), (groups) => {
        const given = new Map(OUTLETS.map((o, i) => [o, groups[i]]));
        const grouping = outletGroups(OUTLETS.map((o) => outlet(o, given.get(o))));
        const of = (o: string) => fixed(given.get(o));
        const merged = byGroup(profiles, grouping.groupOf);
        const same = <R extends { outlet: string }>(outletSide: readonly R[], groupSide: readonly R[], key: (r: R, unit: string) => string, fields: readonly (keyof R)[]) =>
          expect(nonZero(sums(groupSide, key, fields, (g) => g))).toEqual(nonZero(sums(outletSide, key, fields, of)));
        same(outletRows.labels, labelChoice(merged, lexicon).rows, (r, u) => `${r.event}|${r.concept}|${r.label}|${r.voice}|${u}`, ["count", "total"]);
        same(outletRows.frames, frameAttention(merged, lexicon.frames.map((f) => f.id)).rows, (r, u) => `${r.frame}|${r.section}|${u}`, ["sentences", "sentencesWithFrame"]);
        same(outletRows.voice, voiceByOutlet(merged).rows, (r, u) => `${r.event}|${u}`, ["articles", "quotes", "directQuotes", "indirectQuotes", "words"]);
        same(outletRows.salience, actorSalience(merged).rows, (r, u) => `${r.actor}|${u}`, ["mentions", "articlesMentioning"]);
        same(outletRows.sentiment, sentimentByOutlet(merged, stats).rows, (_r, u) => u, ["articles", "sentences"]);
        // every article of an outlet with a group is in exactly one group; the others in none
        expect(merged.map((p) => p.id).sort()).toEqual(profiles.filter((p) => of(p.outlet) !== undefined).map((p) => p.id).sort());
      }), { numRuns: 40, seed: 12 });
    });
  });
});
