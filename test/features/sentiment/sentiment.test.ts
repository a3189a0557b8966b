import { loadCorpus } from "../../../src/corpus/index";
import { loadLexicon } from "../../../src/lexicon/index";
import { profileArticle } from "../../../src/profile/profile-article";
import type { ArticleProfile } from "../../../src/profile/types";
import { polarity, relativePosition, sentimentArc, sentimentByArticle, sentimentByOutlet, sentimentOptions, sentimentToward } from "../../../src/features/sentiment/index";
import { BUNDLED, fakeParsed, parseQuoted, profilesOf } from "../../helpers";

const a1 = profileArticle(fakeParsed({ id: "a1", outlet: "tass", scores: [0.5, -0.2, 0, 0.04], mentions: [["actor", "Lavrov", "Lavrov", 0], ["actor", "Lavrov", "Lavrov", 0], ["actor", "Lavrov", "Lavrov", 2]] }));
const a2 = profileArticle(fakeParsed({ id: "a2", outlet: "tass", scores: [-0.6, -0.4] }));
const b1 = profileArticle(fakeParsed({ id: "b1", outlet: "yahoo", scores: [0.1, 0.3, -0.1], headline: 1, mentions: [["actor", "Kuleba", "Kuleba", 1]] }));
const corpus = Object.freeze([a1, a2, b1]);

describe("sentimentByArticle (hand computed)", () => {
  it("gives mean and polarity shares with the 0.05 neutral band", () => {
    const r = sentimentByArticle(corpus);
    expect(r.kind).toBe("sentiment-articles");
    const row = r.rows[0];
    expect(row.mean).toBeCloseTo((0.5 - 0.2 + 0 + 0.04) / 4, 12); // 0.085
    expect([row.negative, row.neutral, row.positive]).toEqual([0.25, 0.5, 0.25]); // -0.2 | 0, 0.04 | 0.5
  });
  it("leaves headline sentences out on request", () => {
    expect(sentimentByArticle(corpus, { includeHeadline: false }).rows[2].mean).toBeCloseTo(0.1, 12); // (0.3 - 0.1)/2
  });
  it("gives null with a warning for an article with no sentences", () => {
    const r = sentimentByArticle([profileArticle(fakeParsed({ id: "e", outlet: "x", scores: [] }))]);
    expect(r.rows[0].mean).toBeNull();
    expect(r.warnings[0].message).toMatch(/"e" has no sentences/);
  });
});

describe("sentimentByOutlet", () => {
  const r = sentimentByOutlet(corpus, { iterations: 500 });
  it("pools an outlet's sentences for the estimate", () => {
    const tass = r.rows.find((x) => x.outlet === "tass")!;
    expect(tass.mean.estimate).toBeCloseTo((0.5 - 0.2 + 0 + 0.04 - 0.6 - 0.4) / 6, 12);
    expect(tass.negative.estimate).toBeCloseTo(3 / 6, 12);
    expect(tass.articleIds).toEqual(["a1", "a2"]);
    expect(tass.sentences).toBe(6);
  });
  it("gives intervals that contain the estimate", () => {
    for (const row of r.rows) for (const k of ["mean", "negative", "neutral", "positive"] as const) {
      expect(row[k].lower).toBeLessThanOrEqual(row[k].estimate);
      expect(row[k].upper).toBeGreaterThanOrEqual(row[k].estimate);
    }
  });
  it("warns that a one-article outlet's interval omits between-article variation", () => {
    expect(r.warnings.map((w) => w.message).join("\n")).toMatch(/"yahoo" has one article/);
  });
  it("is identical for the same seed and differs for another", () => {
    expect(JSON.stringify(sentimentByOutlet(corpus, { iterations: 500 }))).toBe(JSON.stringify(r));
    expect(JSON.stringify(sentimentByOutlet(corpus, { iterations: 500, seed: 2 }).rows)).not.toBe(JSON.stringify(r.rows));
  });
});

describe("sentimentToward", () => {
  const r = sentimentToward(corpus, { iterations: 200 });
  it("averages the sentences that mention the actor, counting each sentence once (sentence tone)", () => {
    const row = r.rows.find((x) => x.target === "Lavrov" && x.outlet === "tass")!;
    expect(row.sentences).toBe(2);
    expect(row.sentenceTone!.estimate).toBeCloseTo((0.5 + 0) / 2, 12);
    expect(row.articleIds).toEqual(["a1"]);
  });
  it("scores every mention for mention tone: no words around them here, so 0", () => {
    // fakeParsed articles have no tokens: three mentions, none with a sentiment word near it
    const row = r.rows.find((x) => x.target === "Lavrov" && x.outlet === "tass")!;
    expect(row.mentions).toBe(3);
    expect(row.mentionTone).toEqual({ estimate: 0, lower: 0, upper: 0 });
  });
  it("reports an outlet that never mentions the actor as null, with a warning", () => {
    const row = r.rows.find((x) => x.target === "Lavrov" && x.outlet === "yahoo")!;
    expect(row).toMatchObject({ mentions: 0, mentionTone: null, sentences: 0, sentenceTone: null });
    expect(r.warnings.map((w) => w.message)).toContain('outlet "yahoo" never mentions actor "Lavrov", so its sentiment toward it is null.');
    expect(r.warnings.filter((w) => w.code === "no-mentions")).toHaveLength(2); // one per target, naming its silent outlets
  });
});

describe("sentimentArc", () => {
  it("places body sentences by relative position (headline left out)", () => {
    expect([0, 1, 2, 3, 4].map((i) => relativePosition(i, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(relativePosition(0, 1)).toBe(0);
    const r = sentimentArc([b1], { bins: 2, iterations: 100 });
    // body of b1: [0.3, -0.1] at positions 0 and 1 → bins 0 and 1
    expect(r.rows.map((x) => [x.bin, x.sentences, x.mean?.estimate])).toEqual([[0, 1, 0.3], [1, 1, -0.1]]);
  });
  it("reports empty bins as null with a warning", () => {
    const r = sentimentArc([a2], { bins: 3, iterations: 100 });
    expect(r.rows[1]).toMatchObject({ bin: 1, sentences: 0, mean: null });
    expect(r.warnings).toHaveLength(1);
  });
});

describe("options", () => {
  it("classifies polarity at the band edges", () => {
    expect([polarity(-0.05, 0.05), polarity(0.05, 0.05), polarity(0.0501, 0.05), polarity(-0.06, 0.05)]).toEqual(["neutral", "neutral", "positive", "negative"]);
  });
  it("rejects bad values with the option's name", () => {
    expect(() => sentimentOptions({ level: 95 })).toThrow(/invalid level: 95/);
    expect(() => sentimentOptions({ neutralBand: -1 })).toThrow(/invalid neutralBand/);
    expect(() => sentimentArc([a1], { bins: 0 })).toThrow(/invalid bins: 0/);
  });
});

describe("sentiment on the bundled corpus", () => {
  let parsed: ArticleProfile[];
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
    parsed = profilesOf(corpus.articles.map((a) => parseQuoted(a, lexicon)), lexicon);
  });
  it("has a row for every outlet, with at least the sentences counted by hand", () => {
    const r = sentimentByOutlet(parsed, { iterations: 200 });
    expect(r.rows.map((x) => x.outlet)).toEqual(["src000", "src001", "src003", "tass", "yahoo"]);
    // by hand: Yahoo (002) 18 lines/sentences incl. headline, date and URL; TASS (004) 25, reading its dateline as one
    expect(r.rows.find((x) => x.outlet === "yahoo")!.sentences).toBeGreaterThanOrEqual(18);
    expect(r.rows.find((x) => x.outlet === "tass")!.sentences).toBeGreaterThanOrEqual(25);
    for (const row of r.rows) expect(Number.isFinite(row.mean.estimate)).toBe(true);
  });
  it("gives sentiment toward Lavrov for every outlet", () => {
    const rows = sentimentToward(parsed, { iterations: 200 }).rows.filter((x) => x.target === "Sergey Lavrov");
    expect(rows).toHaveLength(5);
    expect(rows.every((x) => x.sentences > 0 && x.sentenceTone !== null && x.mentions >= x.sentences && x.mentionTone !== null)).toBe(true);
  });
});
