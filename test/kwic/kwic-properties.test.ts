import fc from "fast-check";
import { kwic } from "../../src/kwic/kwic";
import { patternFinder } from "../../src/kwic/finders";
import { sentenceAt, sentenceEnds } from "../../src/kwic/sentences";
import { article } from "../helpers";

// Hostile pieces: emoji (flags, ZWJ sequences), RTL and bidi marks, zero-width characters, curly quotes, no punctuation at all.
const PIECES = [
  "Lavrov", "lavrov’s", "LAVROV'S", "Kyiv", "Kyiv,", "Ukraine", "Ukrainian", "kyiv.", "said", " ", " ", "  ", "\n", "\n\n", "\t",
  ". ", "! ", "? ", "… ", "Mr. ", "U.S. ", "🇺🇦", "👩‍👩‍👧", "\u200f", "\u202e", "\u200b", "\ufeff", "\u00ad", "“", "”", "(", ")", "Çavuşoğlu", "e\u0301",
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((xs) => xs.join(""));
// a sentence with no punctuation, thousands of words long
const longSentence = fc.integer({ min: 500, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 97 === 0 ? "Kyiv" : `w${i}`)).join(" "));
const QUERIES = ["lavrov", "lavrov's", "kyiv", "ukrain*", "*iv", "said kyiv", "/Ky[a-z]+|\\p{Extended_Pictographic}+/giu"];

const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0).length;
const norm = (s: string) => s.replace(/\s+/g, " ").trim();

describe("kwic properties over hostile text", () => {
  it("every line's match is a match of the query; left and right hold at most `window` words; no line crosses a sentence end", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: longSentence }), { minLength: 1, maxLength: 4 }), fc.constantFrom(...QUERIES), fc.integer({ min: 0, max: 10 }), async (texts, query, window) => {
      const articles = texts.map((t, i) => article({ id: `a${i}`, outlet: `o${i % 2}`, text: t }));
      const s = await kwic(articles, query, { window });
      const finder = patternFinder(query);
      let n = 0;
      for (const o of s.outlets) for (const line of o.lines) {
        n++;
        const t = articles.find((a) => a.id === line.articleId)!.text;
        expect(t.slice(line.start!, line.end!)).toBe(line.match);
        // the query finds the match, whole, in the match alone
        expect(finder.find(line.match).some((h) => h.start === 0 && h.end === line.match.length)).toBe(true);
        expect(words(line.left)).toBeLessThanOrEqual(window);
        expect(words(line.right)).toBeLessThanOrEqual(window);
        const sentence = sentenceAt(sentenceEnds(t), line.start!);
        expect(line.end!).toBeLessThanOrEqual(sentence.end);
        // the context is the sentence's own words next to the match
        expect(norm(t.slice(sentence.start, line.start)).endsWith(line.left.replace(/^…/, ""))).toBe(true);
        expect(norm(t.slice(line.end, sentence.end)).startsWith(line.right.replace(/…$/, ""))).toBe(true);
      }
      expect(s.total).toBe(n);
    }), { numRuns: 150 });
  }, 60_000);

  it("the same articles in any order give the same concordance", async () => {
    await fc.assert(fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 6 }), fc.constantFrom(...QUERIES), fc.integer({ min: 1, max: 3 }), async (texts, query, limit) => {
      const articles = texts.map((t, i) => article({ id: `a${i}`, outlet: `o${i % 3}`, text: t }));
      const a = await kwic(articles, query, { limit });
      const b = await kwic(articles.slice().reverse(), query, { limit });
      expect(b).toEqual(a);
    }), { numRuns: 100 });
  }, 60_000);

  it("sentence ends rise strictly and the last is the text's end", () => {
    fc.assert(fc.property(fc.oneof(text, fc.string()), (t) => {
      const ends = sentenceEnds(t);
      expect(ends[ends.length - 1]).toBe(t.length);
      for (let i = 1; i < ends.length; i++) expect(ends[i]).toBeGreaterThan(ends[i - 1]);
    }), { numRuns: 300 });
  });
});
