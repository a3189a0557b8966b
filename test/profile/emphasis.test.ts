import { serialize } from "node:v8";
import fc from "fast-check";
import { loadCorpus } from "../../src/corpus/index";
import { actorSalience, frameAttention, mentionPositions, placementByOutlet } from "../../src/features/emphasis/index";
import { loadLexicon, parseLexicon } from "../../src/lexicon/index";
import { profileArticle } from "../../src/profile/profile-article";
import { profileEmphasis, type EmphasisProfile } from "../../src/profile/emphasis";
import type { ArticleProfile } from "../../src/profile/types";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { article, BUNDLED, parseQuoted } from "../helpers";
import { corpus, loadedArticle, newsDocument } from "../property/news-text";
import { notPlain, shuffle } from "./part-checks";

const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
const frames = [...lexicon.frames.map((f) => f.id), "absent-frame"];
const part = (q: QuotedArticle, lex = lexicon): EmphasisProfile => profileEmphasis(q, { lexicon: lex, options: {} });

/** Every emphasis result, as JSON, under the default and another section setting. */
function results(ps: readonly ArticleProfile[]): string {
  const bySections = [{}, { leadSentences: 1, minWords: 0 }].map((o) => [frameAttention(ps, frames, o), mentionPositions(ps, o), placementByOutlet(ps, o)]);
  return JSON.stringify([bySections, actorSalience(ps)]);
}

/** The part's facts checked against the parse itself: word tokens per sentence, headline flags, and every mention in order. */
function expectFaithful(p: EmphasisProfile, q: QuotedArticle): void {
  const words = new Array<number>(q.sentences.text.length).fill(0);
  q.tokens.type.forEach((t, i) => { if (t === "word") words[q.tokens.sentence[i]]++; });
  expect([...p.words]).toEqual(words);
  expect([...p.headline].map(Boolean)).toEqual(q.sentences.headline);
  const targets = [...p.actors.map((k) => `actor:${k}`), ...p.concepts.map((k) => `concept:${k}`), ...p.frames.map((k) => `frame:${k}`)];
  expect(targets).toEqual([...new Set(q.mentions.kind.map((k, i) => `${k}:${q.mentions.key[i]}`))].sort());
  expect([...p.mentionTarget].map((t, m) => [targets[t], p.mentionSentence[m]])).toEqual(q.mentions.kind.map((k, i) => [`${k}:${q.mentions.key[i]}`, q.mentions.sentence[i]]));
}

describe("emphasis part (hand computed)", () => {
  const lex = parseLexicon(`actors:
  Lavrov: [Lavrov]
  Kuleba: [Kuleba]
frames:
  humanitarian: [humanitarian, civilians]
`);
  it("keeps word counts, headline flags, sorted targets and every mention as (target, sentence) in order", () => {
    const q = parseQuoted(article({ id: "a", outlet: "o", title: "Lavrov speaks", text: "20220310\nKuleba met Lavrov today. Aid for civilians was late." }), lex);
    const p = part(q, lex);
    // sentences: "Lavrov speaks" (title), "20220310" (no word), "Kuleba met Lavrov today." (4), "Aid for civilians was late." (5)
    expect([...p.words]).toEqual([2, 0, 4, 5]);
    expect([...p.headline]).toEqual([1, 0, 0, 0]);
    expect([p.actors, p.concepts, p.frames]).toEqual([["Kuleba", "Lavrov"], [], ["humanitarian"]]);
    // Lavrov (1) in 0, Kuleba (0) in 2, Lavrov in 2, humanitarian (2) in 3
    expect([...p.mentionTarget]).toEqual([1, 0, 1, 2]);
    expect([...p.mentionSentence]).toEqual([0, 2, 2, 3]);
  });
});

describe("emphasis part on the bundled corpus", () => {
  let quoted: QuotedArticle[];
  let profiles: ArticleProfile[];
  beforeAll(async () => {
    quoted = (await loadCorpus(BUNDLED)).articles.map((a) => parseQuoted(a, lexicon));
    profiles = quoted.map((q) => profileArticle(q, lexicon));
  });
  it("is plain data that survives structuredClone unchanged, and holds the parse's facts", () => {
    profiles.forEach((p, i) => {
      expect(notPlain(p.emphasis)).toEqual([]);
      expect(structuredClone(p.emphasis)).toStrictEqual(p.emphasis);
      expectFaithful(p.emphasis, quoted[i]);
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
    profiles.forEach((p, i) => expect(serialize(p.emphasis).length).toBeLessThan(Buffer.byteLength(quoted[i].text, "utf8")));
  });
});

describe("emphasis part on generated hostile text", () => {
  it("is plain, survives structuredClone, is deterministic and holds the parse's facts", () => {
    fc.assert(fc.property(newsDocument({ long: false, maxParagraphs: 3 }), (text) => {
      const q = parseQuoted(loadedArticle({ id: "x", outlet: "o", text }), lexicon);
      const p = part(q);
      expect(notPlain(p)).toEqual([]);
      expect(structuredClone(p)).toStrictEqual(p);
      expect(part(q)).toStrictEqual(p);
      expectFaithful(p, q);
    }), { numRuns: 40, seed: 13 });
  });
  it("gives the same results for any order of the profiles of a generated corpus", () => {
    fc.assert(fc.property(corpus({ outlets: [2, 4], articlesPerOutlet: [1, 3] }), fc.nat(), (c, seed) => {
      const ps = c.articles.map((a) => profileArticle(parseQuoted(a, lexicon), lexicon));
      expect(results(shuffle(ps, seed))).toBe(results(ps));
    }), { numRuns: 8, seed: 14 });
  });
});
