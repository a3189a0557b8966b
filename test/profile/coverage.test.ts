import fc from "fast-check";
import v8 from "node:v8";
import { loadCorpus } from "../../src/corpus/index";
import { loadLexicon } from "../../src/lexicon/index";
import { coverageClaims, coverageOmissions, sharedWording } from "../../src/features/coverage/index";
import { packSpans, packText, packUints, unpackSpans, unpackText } from "../../src/profile/coverage-pack";
import { profileArticle } from "../../src/profile/profile-article";
import type { ArticleProfile } from "../../src/profile/types";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { BUNDLED, parseQuoted } from "../helpers";
import { LEXICON, loadedArticle, newsDocument, title } from "../property/news-text";

/** Every value reachable from x is plain data: primitives, plain objects, arrays and typed arrays (no Map, Set, class instance or function). */
function plainProblems(x: unknown, path = "part"): string[] {
  if (x === null || ["string", "number", "boolean"].includes(typeof x)) return [];
  if (typeof x !== "object") return [`${path}: ${typeof x}`];
  if (ArrayBuffer.isView(x)) return x instanceof DataView ? [`${path}: DataView`] : [];
  if (Array.isArray(x)) return x.flatMap((v, i) => plainProblems(v, `${path}[${i}]`));
  if (Object.getPrototypeOf(x) !== Object.prototype) return [`${path}: ${Object.getPrototypeOf(x)?.constructor?.name ?? "null prototype"}`];
  return Object.entries(x).flatMap(([k, v]) => plainProblems(v, `${path}.${k}`));
}

/** A seeded permutation (LCG, Numerical Recipes). */
function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const CLAIM_OPTIONS = [{}, { keepNumbers: false }, { minContentWords: 2 }, { includeHeadline: false }] as const;

/** Every coverage feature under several option sets, as one JSON string. */
function coverageJson(profiles: readonly ArticleProfile[]): string {
  return JSON.stringify([
    ...CLAIM_OPTIONS.flatMap((o) => [coverageClaims(profiles, o), coverageOmissions(profiles, o)]),
    sharedWording(profiles), sharedWording(profiles, { minTokens: 4, acrossEvents: true }),
  ]);
}

describe("the coverage part of the map", () => {
  let quoted: QuotedArticle[];
  let profiles: ArticleProfile[];
  let utf8: Map<string, number>;
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
    utf8 = new Map(corpus.articles.map((a) => [a.id, Buffer.byteLength(a.text, "utf8")]));
    quoted = corpus.articles.map((a, i) => parseQuoted({ ...a, event: i % 2 ? "e1" : "e2" }, lexicon));
    profiles = quoted.map((q) => profileArticle(q, lexicon));
  });

  it("is plain data that survives structuredClone unchanged (bundled corpus)", () => {
    for (const p of profiles) {
      expect(plainProblems(p.coverage)).toEqual([]);
      expect(structuredClone(p.coverage)).toStrictEqual(p.coverage);
    }
  });

  it("keeps the text and each sentence's span in it, and sorted distinct terms", () => {
    quoted.forEach((q, k) => {
      const c = profiles[k].coverage;
      const text = unpackText(c.text);
      expect(text).toBe(q.text);
      expect(Array.from(c.sentenceStart, (s, i) => text.slice(s, c.sentenceEnd[i]))).toEqual(q.sentences.text);
      expect(c.terms).toEqual([...new Set(c.terms)].sort());
    });
  });

  it("gives the same results over cloned profiles and over profiles in any order", () => {
    const expected = coverageJson(profiles);
    expect(coverageJson(structuredClone(profiles))).toBe(expected);
    for (const seed of [1, 2]) expect(coverageJson(shuffle(profiles, seed))).toBe(expected);
  });

  it("is at most 3 × the article's UTF-8 text + 1 KiB (v8.serialize): the text itself, its terms, and a few bytes a token", () => {
    for (const p of profiles) {
      const bytes = v8.serialize(p.coverage).length;
      expect(bytes).toBeLessThanOrEqual(3 * utf8.get(p.id)! + 1024);
    }
  });

  it("is plain, clones unchanged and gives order-free results on hostile generated news", () => {
    const doc = fc.record({ text: newsDocument({ long: false, maxParagraphs: 3 }), title, outlet: fc.constantFrom("a", "b", "c"), event: fc.option(fc.constantFrom("x", "y"), { nil: undefined }) });
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 4 }), fc.nat(), (docs, seed) => {
      const ps = docs
        .filter((d) => d.text.trim() !== "")
        .map((d, i) => profileArticle(parseQuoted(loadedArticle({ id: `d${i}`, ...d }), LEXICON), LEXICON));
      for (const p of ps) {
        expect(plainProblems(p.coverage)).toEqual([]);
        expect(structuredClone(p.coverage)).toStrictEqual(p.coverage);
      }
      expect(coverageJson(shuffle(structuredClone(ps), seed))).toBe(coverageJson(ps));
    }), { numRuns: 20 });
  }, 180_000);
});

describe("coverage-pack: the part's encodings give back what they were given", () => {
  it("packText round-trips any string, lone surrogates and a leading BOM included", () => {
    const unit = fc.constantFrom("a", " ", "’", "\uFEFF", "😀", "\uD800", "\uDC00", "Ж", "\u0301");
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
      expect(unpackText(structuredClone(packText(s)))).toBe(s);
    }));
  });

  it("packUints keeps values in the narrowest array and rejects what no Uint32Array holds", () => {
    expect(packUints([0, 255])).toBeInstanceOf(Uint8Array);
    expect(packUints([256])).toBeInstanceOf(Uint16Array);
    expect(packUints([65536])).toBeInstanceOf(Uint32Array);
    fc.assert(fc.property(fc.array(fc.nat({ max: 0xffffffff })), (xs) => expect(Array.from(packUints(xs))).toEqual(xs)));
    expect(() => packUints([-1])).toThrow(/not a whole number/);
    expect(() => packUints([1.5])).toThrow(/not a whole number/);
  });

  it("packSpans round-trips spans that follow one another and rejects overlapping ones", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat({ max: 70000 }), fc.nat({ max: 300 }))), (steps) => {
      const start: number[] = [], end: number[] = [];
      let at = 0;
      for (const [gap, len] of steps) { start.push(at + gap); end.push(at + gap + len); at += gap + len; }
      const { gap, length } = packSpans(start, end);
      const back = unpackSpans(gap, length);
      expect([Array.from(back.start), Array.from(back.end)]).toEqual([start, end]);
    }));
    expect(() => packSpans([5, 3], [6, 4])).toThrow(/does not follow/);
  });
});
