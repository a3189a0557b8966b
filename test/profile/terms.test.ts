import { parseArticle } from "../../src/parse";
import { addCounts, termCounts, termOptions } from "../../src/profile/terms";
import { article } from "../helpers";

const p = parseArticle(article({ text: "Lavrov said the talks failed. Kiev, 24 hours later: talks resumed! See https://x.org/talks" }));

describe("termCounts", () => {
  it("counts lemmas without stop words, punctuation, numbers or URLs by default", () => {
    const c = termCounts(p, { ngrams: [1] });
    expect(Object.fromEntries(c)).toEqual({ lavrov: 1, say: 1, talk: 2, fail: 1, kiev: 1, hour: 1, later: 1, resume: 1 }); // "see" is on wink's stop list
  });
  it("forms bigrams of adjacent kept words within a sentence", () => {
    const c = termCounts(p, { ngrams: [2] });
    // "said the talks": "the" is a stop word, so no "say talk"; "Kiev," the comma breaks the pair
    expect([...c.keys()].sort()).toEqual(["hour later", "lavrov say", "talk fail", "talk resume"]);
  });
  it("counts surface forms on request, and stop words when kept", () => {
    const c = termCounts(p, { unit: "surface", ngrams: [1], keepStopWords: true, keepNumbers: true });
    expect(c.get("said")).toBe(1);
    expect(c.get("the")).toBe(1);
    expect(c.get("24")).toBe(1);
    expect(c.get("say")).toBeUndefined();
  });
  it("drops possessive clitics and joins words wink split at non-Latin-1 letters", () => {
    const q = parseArticle(article({ text: "Lavrov’s talks with Çavuşoğlu's team." }));
    expect([...termCounts(q, { ngrams: [1] }).keys()]).toEqual(["lavrov", "talk", "çavuşoğlu", "team"]);
    // contractions stay split, so "did" + "n't" are two stop words, not a term "didn't"
    expect([...termCounts(parseArticle(article({ text: "Kuleba didn't agree." })), { ngrams: [1] }).keys()]).toEqual(["kuleba", "agree"]);
  });
  it("keeps hyphenated compounds whole", () => {
    const q = parseArticle(article({ text: "A 24-hour cease-fire, self-proclaimed republics - and talks." }));
    expect([...termCounts(q, { ngrams: [1] }).keys()]).toEqual(["24-hour", "cease-fire", "self-proclaimed", "republic", "talk"]);
  });
  it("checks its options", () => {
    expect(() => termOptions({ unit: "stem" as never })).toThrow(/invalid unit: stem/);
    expect(() => termOptions({ ngrams: [3 as never] })).toThrow(/invalid ngrams/);
  });
  it("adds counts up", () => {
    expect(Object.fromEntries(addCounts(new Map([["a", 1]]), new Map([["a", 2], ["b", 1]])))).toEqual({ a: 3, b: 1 });
  });
});
