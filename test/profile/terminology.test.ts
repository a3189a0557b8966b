import { serialize } from "node:v8";
import fc from "fast-check";
import { loadCorpus } from "../../src/corpus/index";
import { distinctiveTerms, labelChoice, labelDivergence, transliterationVariants } from "../../src/features/terminology/index";
import { loadLexicon, parseLexicon } from "../../src/lexicon/index";
import { profileArticle } from "../../src/profile/profile-article";
import { profileTerminology, vocabularyOf, type TerminologyProfile } from "../../src/profile/terminology";
import type { ArticleProfile } from "../../src/profile/types";
import { article, BUNDLED, parseQuoted } from "../helpers";
import { loadedArticle, newsDocument } from "../property/news-text";

const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);

/** Throws unless `x` is plain data: primitives, plain objects, arrays and typed arrays only. */
function assertPlain(x: unknown, path = "part"): void {
  if (x === null || ["string", "number", "boolean"].includes(typeof x)) return;
  if (ArrayBuffer.isView(x)) return;
  if (Array.isArray(x)) { x.forEach((v, i) => assertPlain(v, `${path}[${i}]`)); return; }
  if (typeof x !== "object" || Object.getPrototypeOf(x) !== Object.prototype) throw new Error(`${path} is not plain data (${Object.prototype.toString.call(x)})`);
  for (const [k, v] of Object.entries(x as object)) assertPlain(v, `${path}.${k}`);
}

/** Every result of the family, as JSON. */
function results(ps: readonly ArticleProfile[]): string {
  return JSON.stringify([
    labelChoice(ps, lexicon), labelChoice(ps, lexicon, { byEvent: true }), labelDivergence(ps, lexicon),
    distinctiveTerms(ps), distinctiveTerms(ps, { comparison: "pairwise", top: 10 }), transliterationVariants(ps),
  ]);
}

/** A seeded Fisher–Yates shuffle (mulberry32), so the test is reproducible. */
function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed >>> 0;
  const rand = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
}

describe("terminology part on the bundled corpus", () => {
  let profiles: ArticleProfile[];
  let textBytes: number[];
  beforeAll(async () => {
    const articles = (await loadCorpus(BUNDLED)).articles;
    profiles = articles.map((a) => profileArticle(parseQuoted(a, lexicon), lexicon));
    textBytes = articles.map((a) => Buffer.byteLength(a.text, "utf8"));
  });

  it("is plain data that survives structuredClone unchanged", () => {
    for (const p of profiles) {
      assertPlain(p.terminology);
      expect(structuredClone(p.terminology)).toStrictEqual(p.terminology);
    }
  });
  it("gives JSON-identical features over cloned profiles and over shuffled profiles", () => {
    const original = results(profiles);
    expect(results(profiles.map((p) => structuredClone(p)))).toBe(original);
    for (const seed of [1, 2, 3]) expect(results(shuffle(profiles, seed))).toBe(original);
  });
  // Bound: 2 × the text's UTF-8 bytes + 512. The part keeps the article's distinct words twice over (the term
  // tables' lemmas, the name tables' folded lower-case spellings) plus ~6 context words per capitalised use, and a
  // fixed ~300 bytes (settings, ~20 typed-array headers); distinct words grow slower than text (Heaps' law), so
  // the ratio falls for longer articles (bundled: 1.4× for 6.9 kB, 2.0× for 2.2 kB; the parse it replaces is ~25× the text).
  it("stays within twice the article's text (v8.serialize bytes vs UTF-8 bytes)", () => {
    const sizes = profiles.map((p) => serialize(p.terminology).length);
    sizes.forEach((n, i) => expect(n).toBeLessThan(2 * textBytes[i] + 512));
  });
  it("keeps each word once: a sorted vocabulary that every table indexes in range", () => {
    for (const { terminology: t } of profiles) {
      const words = vocabularyOf(t);
      expect(words.join("")).toBe(t.words + t.wide);
      const wide = (w: string) => /[^\u0000-\u00ff]/.test(w);
      for (let i = 1; i < words.length; i++) expect(wide(words[i - 1]) === wide(words[i]) ? words[i - 1] < words[i] : !wide(words[i - 1])).toBe(true);
      const n = words.length;
      for (const col of [t.unigrams.word, t.bigrams.first, t.bigrams.second, t.lowercase.word, t.names.form, t.names.surface, t.names.lemma, t.names.context, t.labels.concept, t.labels.label]) for (const k of col) expect(k).toBeLessThan(n);
    }
  });
});

describe("terminology part on generated hostile text", () => {
  it("is plain, survives structuredClone, and is the same however often it is computed", () => {
    fc.assert(fc.property(newsDocument({ long: false, maxParagraphs: 3 }), (text) => {
      const q = parseQuoted(loadedArticle({ id: "x", outlet: "o", text }), lexicon);
      const part = profileTerminology(q, { lexicon, options: {} });
      assertPlain(part);
      expect(structuredClone(part)).toStrictEqual(part);
      expect(profileTerminology(q, { lexicon, options: {} })).toStrictEqual(part);
    }), { numRuns: 40, seed: 9 });
  });
});

const tiny = parseLexicon(`name: tiny
version: 1
concepts:
  conflict:
    labels:
      war: [war]
      invasion: [invasion]
      special military operation: [special military operation]
`, "tiny.yaml");

describe("concept-label counts split by voice", () => {
  const part = (text: string): TerminologyProfile => profileTerminology(parseQuoted(article({ text }), tiny), { lexicon: tiny, options: {} });

  it("counts the outlet's own words, direct quotes and scare quotes apart", () => {
    const q = parseQuoted(article({ text: `The war went on. "The invasion must end now," Kuleba said. Moscow calls it a "special military operation".` }), tiny);
    const kinds = q.quotes.kind;
    const part = profileTerminology(q, { lexicon: tiny, options: {} }), t = part.labels, words = vocabularyOf(part);
    // rows sorted by concept then label: invasion, special military operation, war
    expect([...t.label].map((k) => words[k])).toEqual(["invasion", "special military operation", "war"]);
    const smo = kinds.includes("scare") ? [0, 0, 1] : [1, 0, 0]; // own, direct, scare
    expect([...t.voice]).toEqual([0, 1, 0, ...smo, 1, 0, 0]);
  });
  it("adds the voices up to the mentions labelChoice counts", () => {
    const t = part(`War, war and "war," he said.`).labels;
    expect(t.voice[0] + t.voice[1] + t.voice[2]).toBe(3);
  });
});

describe("map options recorded in the part", () => {
  const a = parseQuoted(article({ id: "a1", outlet: "a", text: "Kiev talks with the 24 ministers." }));
  const b = parseQuoted(article({ id: "b1", outlet: "b", text: "Kyiv talks and talks." }));
  const withStops = [a, b].map((q) => profileArticle(q, undefined, { terminology: { keepStopWords: true } }));

  it("the reduce takes them from the profiles and refuses to count what the map did not keep", () => {
    expect(distinctiveTerms(withStops, { ngrams: [1] }).rows.some((r) => r.term === "the")).toBe(true);
    expect(() => distinctiveTerms(withStops, { keepStopWords: false })).toThrow(/keepStopWords false was asked, but the profiles were built with keepStopWords true/);
    expect(() => transliterationVariants(withStops, { window: 5 })).toThrow(/window 5 was asked/);
  });
  it("profiles built with different options are not mixed", () => {
    const plain = profileArticle(b);
    expect(() => distinctiveTerms([withStops[0], plain])).toThrow(/article "b1" was profiled with terminology keepStopWords false/);
  });
  it("rejects bad map options with the option named", () => {
    expect(() => profileArticle(a, undefined, { terminology: { unit: "stem" as never } })).toThrow(/invalid unit: stem/);
    expect(() => profileArticle(a, undefined, { terminology: { window: 0 } })).toThrow(/invalid window: 0/);
  });
});
