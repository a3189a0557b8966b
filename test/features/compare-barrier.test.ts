import { loadCorpus } from "../../src/corpus/loadCorpus";
import type { Article, Corpus } from "../../src/corpus/types";
import { compare } from "../../src/features/compare";
import * as parseModule from "../../src/parse/parse-article";
import * as sentimentModule from "../../src/features/sentiment/outlets";
import { loadLexicon } from "../../src/lexicon/parse-lexicon";
import { formatProblem } from "../../src/errors";
import { BUNDLED } from "../helpers";
import { join } from "node:path";

afterEach(() => jest.restoreAllMocks());

describe("issue 8: the per-article fault barrier in compare()", () => {
  let corpus: Corpus;
  const lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
  beforeAll(async () => { corpus = await loadCorpus(BUNDLED); });
  const opts = { iterations: 50, divergence: { permutations: 19 } };

  it("skips an article whose parse throws, with its id, file and error, and measures the rest", () => {
    const victim = corpus.articles[2];
    const real = parseModule.parseArticle;
    jest.spyOn(parseModule, "parseArticle").mockImplementation((a: Article, ...rest) => {
      if (a.id === victim.id) throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')");
      return real(a, ...rest);
    });
    const c = compare(corpus, lexicon, opts);
    expect(c.skipped.map((s) => s.id)).toEqual([victim.id]);
    const line = formatProblem(c.skipped[0].problems[0]);
    expect(line).toContain(victim.source.file);
    expect(line).toContain(`article "${victim.id}"`);
    expect(line).toContain("could not be parsed (TypeError: Cannot read properties of undefined (reading 'toLowerCase'))");
    expect(c.articles.map((p) => p.id)).not.toContain(victim.id);
    expect(c.articles).toHaveLength(corpus.articles.length - 1);
    expect(c.sentiment.articles.rows.map((r) => r.articleId)).not.toContain(victim.id);
  });

  it("skips an article that makes a feature throw (found by bisection), and the results equal a run without it", () => {
    const victim = corpus.articles[3];
    const real = sentimentModule.sentimentByOutlet;
    jest.spyOn(sentimentModule, "sentimentByOutlet").mockImplementation((parsed, o) => {
      if (parsed.some((p) => p.id === victim.id)) throw new RangeError("Maximum call stack size exceeded");
      return real(parsed, o);
    });
    const c = compare(corpus, lexicon, opts);
    expect(c.skipped.map((s) => s.id)).toEqual([victim.id]);
    expect(formatProblem(c.skipped[0].problems[0])).toContain("could not be measured (RangeError: Maximum call stack size exceeded)");
    jest.restoreAllMocks();
    const without = compare({ ...corpus, articles: corpus.articles.filter((a) => a.id !== victim.id) }, lexicon, opts);
    expect(JSON.stringify(c.sentiment.outlets.rows)).toBe(JSON.stringify(without.sentiment.outlets.rows));
    expect(JSON.stringify(c.divergence.rows)).toBe(JSON.stringify(without.divergence.rows));
  });

  it("says so in one error when no article can be measured", () => {
    jest.spyOn(parseModule, "parseArticle").mockImplementation(() => { throw new Error("boom"); });
    expect(() => compare(corpus, lexicon, opts)).toThrow(/none of the 5 articles could be parsed and measured/);
  });
});
