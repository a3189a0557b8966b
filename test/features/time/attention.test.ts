import fc from "fast-check";
import { attentionOverTime, type AttentionRow } from "../../../src/features/time/index";
import { parseLexicon } from "../../../src/lexicon/index";
import { mapArticle, mapOptions } from "../../../src/profile/map-article";
import { article } from "../../helpers";
import { fakeProfile } from "./fake-profile";

const pick = (rows: readonly AttentionRow[], outlet: string, period: string, key: string) => rows.find((r) => r.outlet === outlet && r.period === period && r.key === key)!;

describe("attentionOverTime across a week and a year boundary (hand computed)", () => {
  // 2020-12-31 (Thu) and 2021-01-03 (Sun) are in 2020-W53; ISO week 1 of 2021 starts on Monday 2021-01-04.
  // Span 2020-12-31 .. 2021-03-01 = 1 + 31 + 28 + 1 = 61 days > 60, so weeks.
  const profiles = Object.freeze([
    fakeProfile({ id: "a1", outlet: "a", date: "2020-12-31", actors: { Lavrov: 2 }, labels: [["conflict", "war", 1]] }),
    fakeProfile({ id: "a2", outlet: "a", date: "2021-01-03T23:30:00-05:00", actors: { Lavrov: 1 } }),
    fakeProfile({ id: "a3", outlet: "a", date: "2021-01-04", actors: { Lavrov: 3, Kuleba: 1 } }),
    fakeProfile({ id: "a4", outlet: "a", date: "2021-01-20", frames: { military: 2 } }),
    fakeProfile({ id: "b1", outlet: "b", date: "2021-03-01", actors: { Kuleba: 1 } }),
  ]);
  const r = attentionOverTime(profiles)!;

  it("chooses ISO weeks from the span and says so in params", () => {
    expect(r.kind).toBe("attention-over-time");
    expect(r.params).toMatchObject({ period: "week", requested: "auto", weekStart: "Monday", first: "2020-12-31", last: "2021-03-01", spanDays: 61, articles: 5, placed: 5 });
    expect(r.warnings).toEqual([]);
  });

  it("gives every period of each outlet's span for every key it mentions, in the order outlet, period, kind, key", () => {
    const keys = ["actor Kuleba", "actor Lavrov", "concept conflict", "frame military", "label war"];
    const expected = [
      ...["2020-W53", "2021-W01", "2021-W02", "2021-W03"].flatMap((p) => keys.map((k) => `a ${p} ${k}`)),
      "b 2021-W09 actor Kuleba",
    ];
    expect(r.rows.map((x) => `${x.outlet} ${x.period} ${x.kind} ${x.key}`)).toEqual(expected);
  });

  it("counts mentions, articles and mentions per article per period", () => {
    expect(pick(r.rows, "a", "2020-W53", "Lavrov")).toEqual({
      outlet: "a", period: "2020-W53", start: "2020-12-28", end: "2021-01-03", kind: "actor", key: "Lavrov", concept: null,
      mentions: 3, articles: 2, mentionsPerArticle: 1.5, articlesMentioning: 2, articleIds: ["a1", "a2"],
    });
    expect(pick(r.rows, "a", "2020-W53", "Kuleba")).toMatchObject({ mentions: 0, articles: 2, mentionsPerArticle: 0, articlesMentioning: 0, articleIds: [] });
    expect(pick(r.rows, "a", "2020-W53", "war")).toMatchObject({ kind: "label", concept: "conflict", mentions: 1, mentionsPerArticle: 0.5 });
    expect(pick(r.rows, "a", "2020-W53", "conflict")).toMatchObject({ kind: "concept", concept: null, mentions: 1 });
    expect(pick(r.rows, "a", "2021-W01", "Lavrov")).toMatchObject({ start: "2021-01-04", end: "2021-01-10", mentions: 3, articles: 1, mentionsPerArticle: 3 });
    expect(pick(r.rows, "a", "2021-W03", "military")).toMatchObject({ mentions: 2, articles: 1, mentionsPerArticle: 2, articleIds: ["a4"] });
    expect(pick(r.rows, "b", "2021-W09", "Kuleba")).toMatchObject({ start: "2021-03-01", mentions: 1, articles: 1, mentionsPerArticle: 1 });
  });

  it("keeps a period with no article of the outlet as rows with 0 articles and no rate", () => {
    const gap = r.rows.filter((x) => x.outlet === "a" && x.period === "2021-W02");
    expect(gap.length).toBe(5);
    for (const x of gap) expect(x).toMatchObject({ mentions: 0, articles: 0, mentionsPerArticle: null, articleIds: [] });
  });

  it("counts by the period it is told to", () => {
    const m = attentionOverTime(profiles, { period: "month" })!;
    expect(m.params).toMatchObject({ period: "month", requested: "month" });
    expect([...new Set(m.rows.map((x) => `${x.outlet} ${x.period}`))]).toEqual(["a 2020-12", "a 2021-01", "b 2021-03"]);
    expect(pick(m.rows, "a", "2021-01", "Lavrov")).toMatchObject({ start: "2021-01-01", end: "2021-01-31", mentions: 4, articles: 3, articleIds: ["a2", "a3"] });
  });
});

describe("attentionOverTime periods chosen from the span", () => {
  it("counts by day over a short span, empty days included", () => {
    const r = attentionOverTime([
      fakeProfile({ id: "x1", outlet: "x", date: "2022-03-10", actors: { Lavrov: 1 } }),
      fakeProfile({ id: "x2", outlet: "x", date: "2022-03-12", actors: { Lavrov: 2 } }),
    ])!;
    expect(r.params.period).toBe("day");
    expect(r.rows.map((x) => [x.period, x.articles, x.mentionsPerArticle])).toEqual([["2022-03-10", 1, 1], ["2022-03-11", 0, null], ["2022-03-12", 1, 2]]);
  });

  it("counts by month over a long span, month-only dates placed", () => {
    const r = attentionOverTime([
      fakeProfile({ id: "x1", outlet: "x", date: "2019-01-15", actors: { Lavrov: 1 } }),
      fakeProfile({ id: "x2", outlet: "x", date: "2021-06-01", actors: { Lavrov: 1 } }),
      fakeProfile({ id: "x3", outlet: "x", date: "2020-05", actors: { Lavrov: 4 } }),
    ])!;
    // 2019-01-15 .. 2021-06-01, both counted: 17 (rest of Jan 2019) + 334 (Feb–Dec 2019) + 366 (2020) + 151 (Jan–May 2021) + 1 = 869 days
    expect(r.params).toMatchObject({ period: "month", spanDays: 869, placed: 3 });
    // 2019-01 .. 2021-06 is 12 + 12 + 6 = 30 months, one row each (one key)
    expect(r.rows.length).toBe(30);
    expect(r.rows[0]).toMatchObject({ period: "2019-01", articles: 1, mentions: 1 });
    expect(r.rows[1]).toMatchObject({ period: "2019-02", articles: 0, mentions: 0, mentionsPerArticle: null });
    expect(pick(r.rows, "x", "2020-05", "Lavrov")).toMatchObject({ start: "2020-05-01", end: "2020-05-31", articles: 1, mentions: 4 });
    expect(r.rows[29]).toMatchObject({ period: "2021-06", articles: 1 });
  });
});

describe("attentionOverTime: articles it cannot place are counted and named", () => {
  it("warns about articles without a date, with a date too coarse, or unreadable, and leaves them out of the rows", () => {
    const r = attentionOverTime([
      fakeProfile({ id: "x1", outlet: "x", date: "2022-03-10", actors: { Lavrov: 1 } }),
      fakeProfile({ id: "y1", outlet: "y", actors: { Lavrov: 5 } }),
      fakeProfile({ id: "y2", outlet: "y", actors: { Lavrov: 5 } }),
      fakeProfile({ id: "z1", outlet: "z", date: "2022", actors: { Lavrov: 5 } }),
      fakeProfile({ id: "z2", outlet: "z", date: "10/03/2022", actors: { Lavrov: 5 } }),
    ])!;
    expect(r.params).toMatchObject({ period: "day", articles: 5, placed: 1 });
    expect(r.rows).toEqual([expect.objectContaining({ outlet: "x", mentions: 1, articles: 1 })]);
    expect(r.warnings.map((w) => w.code)).toEqual(["undated-articles", "coarse-dates", "unreadable-dates"]);
    expect(r.warnings[0].message).toBe("2 of 5 articles have no date (y 2; e.g. y1, y2): attention over time leaves them out.");
    expect(r.warnings[1].message).toMatch(/^1 of 5 articles give only a month or a year \(z 1; e.g. z1\), too coarse for periods of a day/);
    expect(r.warnings[2].message).toMatch(/^1 of 5 articles have a date that is not an ISO 8601 date such as "10\/03\/2022" \(z 1; e.g. z2\)/);
  });

  it("is null when no article has a date (nothing to follow over time), and for no articles", () => {
    expect(attentionOverTime([fakeProfile({ id: "y1", outlet: "y", actors: { Lavrov: 1 } })])).toBeNull();
    expect(attentionOverTime([])).toBeNull();
  });

  it("says so when dated articles mention nothing (no lexicon)", () => {
    const r = attentionOverTime([fakeProfile({ id: "x1", outlet: "x", date: "2022-03-10" })])!;
    expect(r.rows).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(["no-mentions-over-time"]);
  });

  it("refuses bad options with a message naming the option", () => {
    const p = [fakeProfile({ id: "x1", outlet: "x", date: "2022-03-10" })];
    expect(() => attentionOverTime(p, { period: "year" as never })).toThrow('invalid period: year (use "auto", "day", "week" or "month")');
    expect(() => attentionOverTime(p, { maxDaysByDay: 0 })).toThrow("invalid maxDaysByDay: 0 (use a whole number ≥ 1)");
    expect(() => attentionOverTime(p, { maxDaysByWeek: 10 })).toThrow("invalid maxDaysByWeek: 10 (use a whole number ≥ maxDaysByDay, 60)");
  });
});

describe("attentionOverTime on profiles the map made", () => {
  const lexicon = parseLexicon(`name: t
version: 1
actors:
  Lavrov: [Lavrov]
concepts:
  conflict:
    labels:
      war: [war]
      invasion: [invasion]
frames:
  military: [troops]
`, "t.yaml");
  const map = (id: string, date: string | undefined, text: string) => {
    const out = mapArticle(article({ id, outlet: "o", text, ...(date ? { date } : {}) }), lexicon, mapOptions());
    if (!out.profile) throw new Error("not mapped");
    return out.profile;
  };
  it("reads actors, concepts, labels (every voice) and frames from the emphasis and terminology parts", () => {
    const r = attentionOverTime([
      map("d1", "2022-03-10", 'Lavrov spoke of the war. Troops moved. He said "the invasion" was a lie.'),
      map("d2", "2022-03-11", "The war went on. Lavrov left."),
    ])!;
    const at = (period: string, kind: string, key: string) => r.rows.find((x) => x.period === period && x.kind === kind && x.key === key);
    expect(at("2022-03-10", "actor", "Lavrov")?.mentions).toBe(1);
    expect(at("2022-03-10", "concept", "conflict")?.mentions).toBe(2);
    expect(at("2022-03-10", "label", "war")).toMatchObject({ concept: "conflict", mentions: 1 });
    expect(at("2022-03-10", "label", "invasion")).toMatchObject({ concept: "conflict", mentions: 1 });
    expect(at("2022-03-10", "frame", "military")?.mentions).toBe(1);
    expect(at("2022-03-11", "label", "invasion")).toMatchObject({ mentions: 0, articles: 1, mentionsPerArticle: 0 });
    expect(at("2022-03-11", "label", "war")?.mentions).toBe(1);
  });
});

describe("attentionOverTime properties", () => {
  const KEYS = ["A", "B", "C"];
  const arbProfile = fc.record({
    outlet: fc.constantFrom("o1", "o2", "o3"),
    day: fc.option(fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 1000 })), { nil: undefined, freq: 6 }),
    actors: fc.dictionary(fc.constantFrom(...KEYS), fc.integer({ min: 0, max: 5 })),
    labels: fc.array(fc.tuple(fc.constantFrom("c1", "c2"), fc.constantFrom("x", "y"), fc.integer({ min: 0, max: 3 })), { maxLength: 2 }),
  });
  const arbCorpus = fc.tuple(fc.array(arbProfile, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 20_000 })).map(([list, base]) => list.map((p, i) => {
    // labels unique per (concept, label): the map gives one row per pair
    const seen = new Set<string>();
    const labels = p.labels.filter((l) => !seen.has(`${l[0]}/${l[1]}`) && seen.add(`${l[0]}/${l[1]}`));
    const date = p.day === undefined ? undefined : new Date((base + p.day) * 86_400_000).toISOString().slice(0, 10);
    return fakeProfile({ id: `p${String(i).padStart(3, "0")}`, outlet: p.outlet, date, actors: p.actors, labels });
  }));

  it("conserves mentions: per outlet and key, the periods add up to the dated articles' mentions; periods add up to the dated articles", () => {
    fc.assert(fc.property(arbCorpus, fc.constantFrom("auto", "day", "week", "month") as fc.Arbitrary<"auto" | "day" | "week" | "month">, (profiles, period) => {
      const r = attentionOverTime(profiles, { period });
      const dated = profiles.filter((p) => p.date !== undefined);
      if (dated.length === 0) { expect(r).toBeNull(); return; }
      expect(r!.params.placed).toBe(dated.length);
      const want = new Map<string, number>();
      const add = (k: string, n: number) => want.set(k, (want.get(k) ?? 0) + n);
      for (const p of dated) {
        const ids = p.emphasis.mentionTarget;
        for (let m = 0; m < ids.length; m++) {
          const t = ids[m], na = p.emphasis.actors.length;
          add(t < na ? `${p.outlet} actor ${p.emphasis.actors[t]}` : `${p.outlet} concept ${p.emphasis.concepts[t - na]}`, 1);
        }
      }
      const got = new Map<string, number>();
      const articles = new Map<string, number>();
      for (const x of r!.rows) {
        if (x.kind === "label") continue;
        got.set(`${x.outlet} ${x.kind} ${x.key}`, (got.get(`${x.outlet} ${x.kind} ${x.key}`) ?? 0) + x.mentions);
        if (x.kind === "actor" || x.kind === "concept") articles.set(`${x.outlet} ${x.kind} ${x.key}`, (articles.get(`${x.outlet} ${x.kind} ${x.key}`) ?? 0) + x.articles);
      }
      expect(got).toEqual(want);
      // every followed key of an outlet sees all the outlet's dated articles over its periods
      for (const [k, n] of articles) expect(n).toBe(dated.filter((p) => p.outlet === k.split(" ")[0]).length);
      // label mentions add up to their concept's
      const labelSum = new Map<string, number>();
      for (const x of r!.rows) if (x.kind === "label") labelSum.set(`${x.outlet} ${x.period} ${x.concept}`, (labelSum.get(`${x.outlet} ${x.period} ${x.concept}`) ?? 0) + x.mentions);
      for (const x of r!.rows) if (x.kind === "concept") expect(labelSum.get(`${x.outlet} ${x.period} ${x.key}`)).toBe(x.mentions);
    }), { numRuns: 100 });
  });

  it("gives the same rows for any order of the articles, in the order outlet, period, kind, key", () => {
    fc.assert(fc.property(arbCorpus, fc.func(fc.integer()), (profiles, f) => {
      const shuffled = profiles.map((p, i) => [f(i), i, p] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
      const r = attentionOverTime(profiles), s = attentionOverTime(shuffled);
      expect(s).toEqual(r);
      if (!r) return;
      const key = (x: AttentionRow) => [x.outlet, x.start, x.kind, x.key, x.concept ?? ""];
      for (let i = 1; i < r.rows.length; i++) {
        const a = key(r.rows[i - 1]), b = key(r.rows[i]);
        const c = a.findIndex((v, k) => v !== b[k]);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(a[c] < b[c]).toBe(true);
      }
    }), { numRuns: 60 });
  });
});
