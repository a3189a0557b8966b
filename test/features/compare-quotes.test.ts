import { loadCorpus } from "../../src/corpus/loadCorpus";
import type { Corpus } from "../../src/corpus/types";
import { formatProblem } from "../../src/errors";
import { compare, mapOptionsOf } from "../../src/features/compare";
import { loadLexicon } from "../../src/lexicon/parse-lexicon";
import * as quoteModule from "../../src/quotes/quote-article";
import { BUNDLED } from "../helpers";
import { join } from "node:path";

afterEach(() => jest.restoreAllMocks());

describe("issue 9: compare runs the quotes stage after parse", () => {
  let corpus: Corpus;
  const lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
  beforeAll(async () => { corpus = await loadCorpus(BUNDLED); });
  const opts = { iterations: 50, divergence: { permutations: 19 } };

  it("skips an article whose quotes stage throws as not parsed, and measures the rest", () => {
    const victim = corpus.articles[1];
    const real = quoteModule.quoteArticle;
    jest.spyOn(quoteModule, "quoteArticle").mockImplementation((p, o) => {
      if (p.id === victim.id) throw new RangeError("quote marks nested too deep");
      return real(p, o);
    });
    const c = compare(corpus, lexicon, opts);
    expect(c.skipped.map((s) => s.id)).toEqual([victim.id]);
    expect(c.skipped[0].problems[0].code).toBe("article-not-parsed");
    expect(formatProblem(c.skipped[0].problems[0])).toContain("could not be parsed (RangeError: quote marks nested too deep)");
    expect(c.articles.map((p) => p.id)).not.toContain(victim.id);
    expect(c.voice.quotes.rows.map((r) => r.articleId)).not.toContain(victim.id);
  });

  it("passes options.quotes to every article, and still reads the old options.parse.quotes", () => {
    const now = compare(corpus, lexicon, { ...opts, quotes: { minQuoteWords: 7 } });
    const old = compare(corpus, lexicon, { ...opts, parse: { quotes: { minQuoteWords: 7 } } });
    for (const c of [now, old]) {
      expect(c.voice.outlets.params.extraction?.minQuoteWords).toBe(7);
    }
    expect(JSON.stringify(old.voice)).toBe(JSON.stringify(now.voice));
    // the old key is not recorded as a parse option
    expect(Object.keys(mapOptionsOf({ parse: { quotes: { minQuoteWords: 7 } } }).parse ?? {})).toEqual([]);
    expect(mapOptionsOf({ parse: { quotes: { minQuoteWords: 7 } } }).quotes?.minQuoteWords).toBe(7);
  });

  it("rejects bad quote options once, before reading any article, naming the option", () => {
    expect(() => compare(corpus, lexicon, { ...opts, quotes: { minQuoteWords: 0 } })).toThrow("invalid minQuoteWords: 0");
  });
});
