import { serialize } from "node:v8";
import fc from "fast-check";
import { loadCorpus } from "../../src/corpus/index";
import { sentimentArc, sentimentByArticle, sentimentByOutlet, sentimentToward } from "../../src/features/sentiment/index";
import { loadLexicon } from "../../src/lexicon/index";
import { profileArticle } from "../../src/profile/profile-article";
import { profileSentiment, type SentimentProfile } from "../../src/profile/sentiment";
import type { ArticleProfile } from "../../src/profile/types";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { BUNDLED, fakeParsed, parseQuoted } from "../helpers";
import { corpus, loadedArticle, newsDocument } from "../property/news-text";
import { notPlain, shuffle } from "./part-checks";

const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
const part = (q: QuotedArticle): SentimentProfile => profileSentiment(q, { lexicon, options: {} });

/** Every sentiment result, as JSON (few replicates: the point is sameness, not precision). */
function results(ps: readonly ArticleProfile[]): string {
  const o = { iterations: 60 };
  return JSON.stringify([
    sentimentByArticle(ps, o), sentimentByArticle(ps, { ...o, includeHeadline: false }), sentimentByOutlet(ps, o),
    sentimentToward(ps, o), sentimentToward(ps, { ...o, includeHeadline: false }), sentimentArc(ps, { ...o, bins: 4 }),
  ]);
}

/** The part's facts checked against the parse itself: scores, headline flags, and the sentences naming each target. */
function expectFaithful(p: SentimentProfile, q: QuotedArticle): void {
  expect([...p.scores]).toEqual(q.sentences.sentiment);
  expect([...p.headline].map(Boolean)).toEqual(q.sentences.headline);
  const targets = [...p.actors.map((k) => `actor:${k}`), ...p.concepts.map((k) => `concept:${k}`)];
  const expected = new Map<string, Set<number>>();
  q.mentions.kind.forEach((k, i) => {
    if (k === "frame") return;
    const id = `${k}:${q.mentions.key[i]}`;
    (expected.get(id) ?? expected.set(id, new Set()).get(id)!).add(q.mentions.sentence[i]);
  });
  expect(targets).toEqual([...expected.keys()].sort());
  expect(p.targetStart).toHaveLength(targets.length + 1);
  targets.forEach((id, t) => expect([...p.targetSentences.subarray(p.targetStart[t], p.targetStart[t + 1])]).toEqual([...expected.get(id)!].sort((a, b) => a - b)));
}

describe("sentiment part (hand computed)", () => {
  it("keeps scores, headline flags, and each named target's sentences once, ascending", () => {
    const q = fakeParsed({ id: "a", outlet: "o", scores: [0.5, -0.2, 0, 0.04], headline: 1, mentions: [
      ["actor", "Lavrov", "Lavrov", 2], ["concept", "war", "war", 1], ["actor", "Kuleba", "Kuleba", 3], ["actor", "Lavrov", "Lavrov", 0], ["actor", "Lavrov", "Lavrov", 2], ["frame", "military", "troops", 1],
    ] });
    const p = part(q);
    expect(p.scores).toStrictEqual(new Float64Array([0.5, -0.2, 0, 0.04]));
    expect(p.headline).toStrictEqual(new Uint8Array([1, 0, 0, 0]));
    expect([p.actors, p.concepts]).toEqual([["Kuleba", "Lavrov"], ["war"]]);
    // Kuleba: [3]; Lavrov: [0, 2]; war: [1]; the frame is not a sentiment target
    expect([...p.targetStart]).toEqual([0, 1, 3, 4]);
    expect([...p.targetSentences]).toEqual([3, 0, 2, 1]);
  });
});

describe("sentiment part on the bundled corpus", () => {
  let quoted: QuotedArticle[];
  let profiles: ArticleProfile[];
  beforeAll(async () => {
    quoted = (await loadCorpus(BUNDLED)).articles.map((a) => parseQuoted(a, lexicon));
    profiles = quoted.map((q) => profileArticle(q, lexicon));
  });
  it("is plain data that survives structuredClone unchanged, and holds the parse's facts", () => {
    profiles.forEach((p, i) => {
      expect(notPlain(p.sentiment)).toEqual([]);
      expect(structuredClone(p.sentiment)).toStrictEqual(p.sentiment);
      expectFaithful(p.sentiment, quoted[i]);
    });
  });
  it("gives JSON-identical results over cloned profiles and over shuffled profiles", () => {
    const original = results(profiles);
    expect(results(structuredClone(profiles))).toBe(original);
    const orders = [1, 2, 3].map((seed) => shuffle(profiles, seed));
    expect(orders.some((o) => o.map((p) => p.id).join() !== profiles.map((p) => p.id).join())).toBe(true);
    for (const o of orders) expect(results(o)).toBe(original);
  });
  it("is smaller than the article's text (v8.serialize bytes vs UTF-8 bytes)", () => {
    profiles.forEach((p, i) => expect(serialize(p.sentiment).length).toBeLessThan(Buffer.byteLength(quoted[i].text, "utf8")));
  });
});

describe("sentiment part on generated hostile text", () => {
  it("is plain, survives structuredClone, is deterministic and holds the parse's facts", () => {
    fc.assert(fc.property(newsDocument({ long: false, maxParagraphs: 3 }), (text) => {
      const q = parseQuoted(loadedArticle({ id: "x", outlet: "o", text }), lexicon);
      const p = part(q);
      expect(notPlain(p)).toEqual([]);
      expect(structuredClone(p)).toStrictEqual(p);
      expect(part(q)).toStrictEqual(p);
      expectFaithful(p, q);
    }), { numRuns: 40, seed: 11 });
  });
  it("gives the same results for any order of the profiles of a generated corpus", () => {
    fc.assert(fc.property(corpus({ outlets: [2, 4], articlesPerOutlet: [1, 3] }), fc.nat(), (c, seed) => {
      const ps = c.articles.map((a) => profileArticle(parseQuoted(a, lexicon), lexicon));
      expect(results(shuffle(ps, seed))).toBe(results(ps));
    }), { numRuns: 8, seed: 12 });
  });
});
