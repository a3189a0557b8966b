import fc from "fast-check";
import v8 from "node:v8";
import { loadCorpus } from "../../src/corpus/index";
import { loadLexicon } from "../../src/lexicon/index";
import { quoteTable, voiceByOutlet, voiceBySpeaker } from "../../src/features/voice/index";
import { profileArticle } from "../../src/profile/profile-article";
import type { ArticleProfile } from "../../src/profile/types";
import { profileVoice, quoteStrings } from "../../src/profile/voice";
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

const OPTION_SETS = [{}, { byEvent: true }, { includeScare: true }, { includeHeadline: false }] as const;

/** Every voice feature under every option set, as one JSON string. */
function voiceJson(profiles: readonly ArticleProfile[]): string {
  return JSON.stringify(OPTION_SETS.map((o) => [quoteTable(profiles, o), voiceBySpeaker(profiles, o), voiceByOutlet(profiles, o)]));
}

describe("the voice part of the map", () => {
  let quoted: QuotedArticle[];
  let profiles: ArticleProfile[];
  let utf8: Map<string, number>;
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
    utf8 = new Map(corpus.articles.map((a) => [a.id, Buffer.byteLength(a.text, "utf8")]));
    // two events, so byEvent has something to split
    quoted = corpus.articles.map((a, i) => parseQuoted({ ...a, event: i % 2 ? "e1" : "e2" }, lexicon));
    profiles = quoted.map((q) => profileArticle(q, lexicon));
  });

  it("is plain data that survives structuredClone unchanged (bundled corpus)", () => {
    for (const p of profiles) {
      expect(plainProblems(p.voice)).toEqual([]);
      expect(structuredClone(p.voice)).toStrictEqual(p.voice);
    }
  });

  it("keeps every quote of the article, with the facts of its columns", () => {
    quoted.forEach((q, k) => {
      const v = profiles[k].voice.quotes;
      const t = quoteStrings(v);
      expect([t.kind, t.speaker, t.resolution, t.phrase, t.verb, t.stance, t.pattern, t.via]).toEqual([q.quotes.kind, q.quotes.speaker, q.quotes.resolution, q.quotes.phrase, q.quotes.verb, q.quotes.stance, q.quotes.pattern, q.quotes.via]);
      expect(Array.from(v.words)).toEqual(q.quotes.words);
      expect(Array.from(v.parent)).toEqual(q.quotes.parent);
      expect(Array.from(v.headline, Boolean)).toEqual(q.quotes.sentenceStart.map((s) => q.sentences.headline[s]));
    });
  });

  it("gives the same results over cloned profiles and over profiles in any order", () => {
    const expected = voiceJson(profiles);
    expect(voiceJson(structuredClone(profiles))).toBe(expected);
    for (const seed of [1, 2, 3]) expect(voiceJson(shuffle(profiles, seed))).toBe(expected);
  });

  it("is at most 1.5 × the article's UTF-8 text + 1 KiB (v8.serialize): excerpts repeat text where quotes nest or overlap, and the quote options take ~0.8 KiB", () => {
    for (const p of profiles) {
      const bytes = v8.serialize(p.voice).length;
      expect(bytes).toBeLessThanOrEqual(1.5 * utf8.get(p.id)! + 1024);
    }
  });

  it("cuts excerpts at the map's excerptLength, and quoteTable refuses another length", () => {
    const short = quoted.map((q) => profileArticle(q, undefined, { voice: { excerptLength: 12 } }));
    expect(quoteTable(short).params.excerptLength).toBe(12);
    expect(quoteTable(short).rows.every((r) => [...r.excerpt].length <= 12)).toBe(true);
    expect(() => quoteTable(short, { excerptLength: 160 })).toThrow(/invalid excerptLength: 160 \(the profiles keep excerpts of 12 characters/);
    expect(() => quoteTable([short[0], profiles[1]])).toThrow(/profile every article with the same voice\.excerptLength/);
    expect(() => profileVoice(quoted[0], { options: { excerptLength: 0 } })).toThrow("invalid voice.excerptLength: 0");
  });

  it("is plain, clones unchanged and gives order-free results on hostile generated news", () => {
    const doc = fc.record({ text: newsDocument({ long: false, maxParagraphs: 3 }), title, outlet: fc.constantFrom("a", "b"), event: fc.option(fc.constantFrom("x", "y"), { nil: undefined }) });
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 4 }), fc.nat(), (docs, seed) => {
      const ps = docs
        .filter((d) => d.text.trim() !== "")
        .map((d, i) => profileArticle(parseQuoted(loadedArticle({ id: `d${i}`, ...d }), LEXICON), LEXICON));
      for (const p of ps) {
        expect(plainProblems(p.voice)).toEqual([]);
        expect(structuredClone(p.voice)).toStrictEqual(p.voice);
      }
      expect(voiceJson(shuffle(structuredClone(ps), seed))).toBe(voiceJson(ps));
    }), { numRuns: 25 });
  }, 120_000);
});
