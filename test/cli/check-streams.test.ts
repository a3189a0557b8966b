import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { checkCorpus } from "../../src/cli/check";
import { assembleCorpus } from "../../src/corpus/assemble";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import type { Article } from "../../src/corpus/types";
import { corpusLexicon, loadLexicon } from "../../src/lexicon";
import type { Lexicon } from "../../src/lexicon/types";
import { parseArticle } from "../../src/parse/index";
import type { ParsedArticle } from "../../src/parse/types";
import { summarizeCorpus } from "../../src/summary";
import { BUNDLED } from "../helpers";
import { writeGeneratedJsonl } from "../summary/generated-corpus";

// Spies that still do the real work, so check's calls can be counted. The parse
// spy is a plain counter, not a jest.fn, which would keep every article it saw.
jest.mock("../../src/parse/index", () => {
  const actual = jest.requireActual("../../src/parse/index");
  const spy = { calls: 0, impl: actual.parseArticle };
  return { ...actual, spy, parseArticle: (a: unknown, l: unknown) => { spy.calls++; return spy.impl(a, l); } };
});
jest.mock("../../src/corpus/loadCorpus", () => {
  const actual = jest.requireActual("../../src/corpus/loadCorpus");
  return { ...actual, loadCorpus: jest.fn(actual.loadCorpus) };
});
jest.mock("../../src/corpus/assemble", () => {
  const actual = jest.requireActual("../../src/corpus/assemble");
  return { ...actual, assembleCorpus: jest.fn(actual.assembleCorpus) };
});

const realParse = jest.requireActual("../../src/parse/index").parseArticle as typeof parseArticle;
const parse = (jest.requireMock("../../src/parse/index") as { spy: { calls: number; impl: typeof parseArticle } }).spy;
afterEach(() => { parse.impl = realParse; });

/** loadCorpus + summarizeCorpus, less the per-article rows check does not keep (its memory is flat in corpus size). */
async function wholeSummary(path: string, lexicon?: Lexicon) {
  const corpus = await loadCorpus(path);
  const whole = summarizeCorpus(corpus, corpus.articles.map((a) => realParse(a, lexicon)), lexicon);
  expect(whole.articles).toHaveLength(whole.articleCount);
  return { ...whole, articles: [] };
}

/** A parse as cheap as possible that still carries the article's text (so keeping it would show). */
function cheapParse(a: Article): ParsedArticle {
  const tokens = a.text.split(" ", 50);
  return {
    id: a.id, outlet: a.outlet, text: a.text, sentences: { text: [a.text] },
    tokens: { value: tokens, punct: tokens.map(() => false) }, mentions: { kind: [], key: [], label: [] },
  } as unknown as ParsedArticle;
}

describe("issue 8 finding 4: check streams", () => {
  it("parses each valid article once and never loads the corpus whole", async () => {
    const { file } = writeGeneratedJsonl(40);
    writeFileSync(file, '{"id":"bad","outlet":"o1"}\n{"id":"a3","outlet":"o2","text":"Again."}\n', { flag: "a" });
    jest.mocked(loadCorpus).mockClear();
    jest.mocked(assembleCorpus).mockClear();
    parse.calls = 0;
    const r = await checkCorpus(file);
    expect(parse.calls).toBe(40);
    expect(loadCorpus).not.toHaveBeenCalled();
    expect(assembleCorpus).not.toHaveBeenCalled();
    expect(r.summary?.articleCount).toBe(40);
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([[41, "missing-field"], [42, "duplicate-id"]]);
  });

  it("reports the same summary as loading and summarising the whole corpus (bundled corpus)", async () => {
    const r = await checkCorpus(BUNDLED);
    expect(r.usable).toBe(true);
    const lexicon = loadLexicon(corpusLexicon(BUNDLED)!);
    expect(JSON.stringify(r.summary)).toBe(JSON.stringify(await wholeSummary(BUNDLED, lexicon)));
  });

  it("reports the same summary and warnings as loadCorpus on a generated multi-outlet JSONL", async () => {
    const { dir, file } = writeGeneratedJsonl(120, 6);
    writeFileSync(file, '{"id":"z1","outlet":"o0","outletLabel":"Another label","text":"Lavrov spoke."}\n', { flag: "a" });
    const r = await checkCorpus(file);
    expect(r.summary!.outlets.length).toBeGreaterThan(3);
    const lexicon = loadLexicon(join(dir, "gen.lexicon.yaml"));
    expect(JSON.stringify(r.summary)).toBe(JSON.stringify(await wholeSummary(file, lexicon)));
    expect(r.warnings).toEqual((await loadCorpus(file)).warnings);
    expect(r.warnings.map((w) => w.code)).toEqual(["outlet-label-conflict"]);
  });

  it("collects every problem up to a line that stops reading, instead of the first one", async () => {
    const { file } = writeGeneratedJsonl(5);
    writeFileSync(file, '{"id":"a1","outlet":"o1","text":"Dup."}\n{"id":"x","outlet":"o1"}\n{"id": "broken\n', { flag: "a" });
    const r = await checkCorpus(file);
    expect(r.usable).toBe(false);
    expect(r.summary).toBeUndefined();
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([[6, "duplicate-id"], [7, "missing-field"], [8, "malformed-json"]]);
    expect(r.verdict).toBe("NOT USABLE: 3 problems; fix them and run check again.");
  });

  it("an empty corpus is one problem followed by every invalid article's problems", async () => {
    const { file } = writeGeneratedJsonl(0);
    writeFileSync(file, '{"id":"x","outlet":"o1"}\n{"id":"y","text":"T."}\n');
    const r = await checkCorpus(file);
    expect(r.errors.map((e) => e.code)).toEqual(["empty-corpus", "missing-field", "missing-field"]);
  });

  it("an article the parser throws on is listed with its line, and the rest are still counted", async () => {
    const { file } = writeGeneratedJsonl(10);
    parse.impl = (a, lexicon) => {
      if (a.id === "a4") throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')");
      return realParse(a, lexicon);
    };
    const r = await checkCorpus(file);
    expect(r.summary?.articleCount).toBe(9);
    expect(r.errors).toEqual([expect.objectContaining({ code: "parse-failed", file, line: 5, articleId: "a4" })]);
    expect(r.verdict).toMatch(/^NOT USABLE: 1 invalid article;/);
  });

  describe("on 1,000 articles of 20 KB", () => {
    let file: string;
    beforeAll(() => {
      const dir = writeGeneratedJsonl(0).dir;
      file = join(dir, "big.jsonl");
      const lines: string[] = [];
      for (let i = 0; i < 1000; i++) lines.push(JSON.stringify({ id: `a${i}`, outlet: `o${i % 9}`, text: `word${i} `.repeat(2500) }));
      writeFileSync(file, lines.join("\n") + "\n");
    });

    it("holds neither the corpus nor the parses: the heap stays flat while the 20 MB stream through", async () => {
      setFlagsFromString("--expose-gc");
      const gc = runInNewContext("gc") as () => void;
      const heap: number[] = [];
      parse.impl = cheapParse;
      await checkCorpus(file); // warm up: module code, stream buffers
      parse.impl = (a) => {
        if (a.id === "a300" || a.id === "a999") { gc(); heap.push(process.memoryUsage().heapUsed); }
        return cheapParse(a);
      };
      jest.mocked(loadCorpus).mockClear(); // its record of calls holds the corpora loaded above
      gc();
      const before = process.memoryUsage().heapUsed;
      const r = await checkCorpus(file);
      expect(r.summary?.articleCount).toBe(1000);
      expect(heap).toHaveLength(2);
      // loading the corpus first would hold all 20 MB by the first measurement
      expect(Math.max(heap[0], heap[1]) - before).toBeLessThan(4_000_000);
    }, 30_000);

    it("shows a redrawn count on a terminal, ending with the total", async () => {
      parse.impl = cheapParse;
      let out = "", t = 0;
      const now = () => (t += 1); // 1 ms per look at the clock: one per article, plus start and end
      await checkCorpus(file, { progress: { write: (s) => { out += s; }, isTTY: true, columns: 100, now } });
      const draws = out.split("\r\x1b[2K").slice(1);
      expect(draws).toHaveLength(1000 / 100 + 1); // every 100 ms, then the final line
      expect(draws[0]).toBe("checked 100 articles (1,000 articles/s, 0.1 s)");
      expect(draws[10]).toBe("checked 1,000 articles (999 articles/s, 1.0 s)\n");
    });
  });
});
