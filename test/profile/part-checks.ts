/**
 * Paths inside `value` that are not plain data a worker can send and a store
 * can keep: anything but null, strings, finite-or-NaN numbers, booleans,
 * plain arrays, plain objects and typed arrays (no Map, Set, Date, class
 * instance, function, undefined or DataView). Empty when the value is plain.
 */
export function notPlain(value: unknown, path = "$"): string[] {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return [];
  if (typeof value !== "object") return [`${path}: ${typeof value}`];
  if (ArrayBuffer.isView(value)) return value instanceof DataView ? [`${path}: DataView`] : [];
  if (Array.isArray(value)) return value.flatMap((x, i) => notPlain(x, `${path}[${i}]`));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return [`${path}: ${proto?.constructor?.name ?? "unknown"} instance`];
  return Object.entries(value).flatMap(([k, x]) => notPlain(x, `${path}.${k}`));
}

/** A seeded Fisher–Yates shuffle (LCG of Numerical Recipes), so a test's orders are reproducible. */
export function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

import fc from "fast-check";
import { serialize } from "node:v8";
import { loadCorpus } from "../../src/corpus/index";
import type { Lexicon } from "../../src/lexicon/types";
import type { ArticleProfile, ProfileFamily } from "../../src/profile/types";
import { profileArticle } from "../../src/profile/profile-article";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { BUNDLED, parseQuoted } from "../helpers";
import { corpus, loadedArticle, newsDocument } from "../property/news-text";

/** What one family's part must be, and how to check it (see describePartContract). */
export interface PartContract<K extends ProfileFamily> {
  readonly family: K;
  readonly lexicon: Lexicon;
  /** The part of one article, as the map computes it. */
  readonly part: (q: QuotedArticle) => ArticleProfile[K];
  /** Checks the part's facts against the parse itself. */
  readonly faithful: (p: ArticleProfile[K], q: QuotedArticle) => void;
  /** Every result of the family over `ps`, as JSON. */
  readonly results: (ps: readonly ArticleProfile[]) => string;
  /** The size bound on the bundled corpus; default: each part smaller than its article's UTF-8 text (v8.serialize bytes). */
  readonly size?: { readonly title: string; readonly check: (profiles: readonly ArticleProfile[], quoted: readonly QuotedArticle[]) => void };
  /** fast-check seeds of the hostile-text and generated-corpus properties. */
  readonly seeds: readonly [number, number];
}

/**
 * The contract every part of the map keeps: on the bundled corpus and on
 * generated hostile text it is plain data (a worker can send it, a store
 * keep it), survives structuredClone unchanged, is computed the same every
 * time, holds the parse's facts, stays compact, and the family's results
 * are the same over cloned profiles and over profiles in any order.
 */
export function describePartContract<K extends ProfileFamily>(c: PartContract<K>): void {
  const size = c.size ?? {
    title: "is smaller than the article's text (v8.serialize bytes vs UTF-8 bytes)",
    check: (profiles: readonly ArticleProfile[], quoted: readonly QuotedArticle[]) =>
      profiles.forEach((p, i) => expect(serialize(p[c.family]).length).toBeLessThan(Buffer.byteLength(quoted[i].text, "utf8"))),
  };
  describe(`${c.family} part on the bundled corpus`, () => {
    let quoted: QuotedArticle[];
    let profiles: ArticleProfile[];
    beforeAll(async () => {
      quoted = (await loadCorpus(BUNDLED)).articles.map((a) => parseQuoted(a, c.lexicon));
      profiles = quoted.map((q) => profileArticle(q, c.lexicon));
    });
    it("is plain data that survives structuredClone unchanged, and holds the parse's facts", () => {
      profiles.forEach((p, i) => {
        expect(notPlain(p[c.family])).toEqual([]);
        expect(structuredClone(p[c.family])).toStrictEqual(p[c.family]);
        c.faithful(p[c.family], quoted[i]);
      });
    });
    it("gives JSON-identical results over cloned profiles and over shuffled profiles", () => {
      const original = c.results(profiles);
      expect(c.results(structuredClone(profiles))).toBe(original);
      const orders = [1, 2, 3].map((seed) => shuffle(profiles, seed));
      expect(orders.some((o) => o.map((p) => p.id).join() !== profiles.map((p) => p.id).join())).toBe(true);
      for (const o of orders) expect(c.results(o)).toBe(original);
    });
    it(size.title, () => size.check(profiles, quoted));
  });

  describe(`${c.family} part on generated hostile text`, () => {
    it("is plain, survives structuredClone, is deterministic and holds the parse's facts", () => {
      fc.assert(fc.property(newsDocument({ long: false, maxParagraphs: 3 }), (text) => {
        const q = parseQuoted(loadedArticle({ id: "x", outlet: "o", text }), c.lexicon);
        const p = c.part(q);
        expect(notPlain(p)).toEqual([]);
        expect(structuredClone(p)).toStrictEqual(p);
        expect(c.part(q)).toStrictEqual(p);
        c.faithful(p, q);
      }), { numRuns: 40, seed: c.seeds[0] });
    });
    it("gives the same results for any order of the profiles of a generated corpus", () => {
      fc.assert(fc.property(corpus({ outlets: [2, 4], articlesPerOutlet: [1, 3] }), fc.nat(), (g, seed) => {
        const ps = g.articles.map((a) => profileArticle(parseQuoted(a, c.lexicon), c.lexicon));
        expect(c.results(shuffle(ps, seed))).toBe(c.results(ps));
      }), { numRuns: 8, seed: c.seeds[1] });
    });
  });
}
