import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createCorpusChecks } from "../../src/corpus/corpus-checks";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import { openCorpusSource } from "../../src/corpus/openCorpusSource";
import { resolveOptions } from "../../src/corpus/options";
import { corpusLexicon, loadLexicon } from "../../src/lexicon";
import type { Lexicon } from "../../src/lexicon/types";
import { parseArticle } from "../../src/parse";
import type { ParsedArticle } from "../../src/parse/types";
import { addArticle, createSummary, finishSummary, summarizeCorpus, type CorpusSummary } from "../../src/summary";
import { article, BUNDLED } from "../helpers";
import { writeGeneratedJsonl } from "./generated-corpus";

/** The summary of `path` built one streamed article at a time, as `check` does. */
async function streamed(path: string, lexicon?: Lexicon): Promise<CorpusSummary> {
  const source = await openCorpusSource(path, resolveOptions({}));
  const checks = createCorpusChecks(path, source);
  const acc = createSummary({ path, format: source.format, ...(lexicon ? { lexicon } : {}) });
  for await (const item of source.items) {
    const c = checks.add(item);
    if (c.article) addArticle(acc, c.article, parseArticle(c.article, lexicon));
  }
  return finishSummary(acc, checks.finish().outlets);
}

/** The summary of `path` from the whole corpus and every parse held at once. */
async function whole(path: string, lexicon?: Lexicon): Promise<CorpusSummary> {
  const corpus = await loadCorpus(path);
  return summarizeCorpus(corpus, corpus.articles.map((a) => parseArticle(a, lexicon)), lexicon);
}

describe("issue 8 finding 4: check streams (summary accumulator)", () => {
  it("gives the same summary as summarizeCorpus on the bundled corpus, JSON included", async () => {
    const lexicon = loadLexicon(corpusLexicon(BUNDLED)!);
    const [a, b] = [await streamed(BUNDLED, lexicon), await whole(BUNDLED, lexicon)];
    expect(a.outlets.some((o) => o.hits.actor > 0)).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("gives the same summary on a generated multi-outlet JSONL with events, labels and titles", async () => {
    const { dir, file } = writeGeneratedJsonl(60);
    const lexicon = loadLexicon(`${dir}/gen.lexicon.yaml`);
    const a = await streamed(file, lexicon);
    expect(a.outlets.length).toBeGreaterThan(1);
    expect(a.events.length).toBeGreaterThan(1);
    expect(a.outlets.some((o) => o.label !== o.outlet)).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(await whole(file, lexicon)));
  });

  it("is empty before any article and refuses a parse of another article", () => {
    const acc = createSummary({ path: "p", format: "jsonl" });
    expect(finishSummary(acc, [])).toEqual({ path: "p", format: "jsonl", articleCount: 0, articles: [], outlets: [], events: [], lexiconKeys: [] });
    const a = article({ id: "a", text: "One." });
    expect(() => addArticle(acc, a, parseArticle(article({ id: "b", text: "Two." })))).toThrow(/parse is of "b", not "a"/);
  });

  it("does not change a summary already returned when more articles come", () => {
    const acc = createSummary({ path: "p", format: "jsonl" });
    const a = article({ id: "a", outlet: "x", text: "One two." });
    addArticle(acc, a, parseArticle(a));
    const first = finishSummary(acc, []);
    const b = article({ id: "b", outlet: "x", text: "Three four five." });
    addArticle(acc, b, parseArticle(b));
    expect(first.outlets[0]).toMatchObject({ articles: 1, words: 2 });
    expect(finishSummary(acc, []).outlets[0]).toMatchObject({ articles: 2, words: 5 });
  });

  it("keeps no text: 2,000 articles of 50 KB grow the heap by far less than their 100 MB", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const acc = createSummary({ path: "p", format: "jsonl" });
    const feed = (i: number) => {
      // a flat (not rope) 50 KB string, as JSON.parse makes them
      const text = Buffer.alloc(50_000, `w${i} `).toString("latin1");
      const a = article({ id: `a${i}`, outlet: `o${i % 7}`, event: `e${i % 3}`, text });
      const tokens = text.split(" ", 1000);
      const parsed = {
        id: a.id, outlet: a.outlet, text,
        sentences: { text: [text] },
        tokens: { value: tokens, punct: tokens.map(() => false) },
        mentions: { kind: ["actor"], key: ["X"], label: ["X"] },
      } as unknown as ParsedArticle;
      addArticle(acc, a, parsed);
    };
    feed(-1); // warm up the code path before measuring
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 2000; i++) feed(i);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(5_000_000); // 2,000 count rows, not 100 MB of text
    const s = finishSummary(acc, []);
    expect(s.articleCount).toBe(2001);
    expect(s.outlets.reduce((n, o) => n + o.words, 0)).toBe(2001 * 1000);
  });
});

describe("issue 8 finding 4: check's accumulator keeps no per-article rows", () => {
  it("gives the same counts with keepArticles false, and an empty article list", () => {
    const withRows = createSummary({ path: "p", format: "jsonl" });
    const without = createSummary({ path: "p", format: "jsonl", keepArticles: false });
    const texts = ["Kiev talks failed.", "Kyiv said no. Talks went on.", "One."];
    texts.forEach((text, i) => {
      const a = article({ id: `a${i}`, outlet: `o${i % 2}`, text });
      const p = parseArticle(a);
      addArticle(withRows, a, p);
      addArticle(without, a, p);
    });
    const full = finishSummary(withRows, []), lean = finishSummary(without, []);
    expect(without.articles).toHaveLength(0);
    expect(lean.articleCount).toBe(3);
    expect(full.articles).toHaveLength(3);
    expect({ ...lean, articles: full.articles }).toEqual(full);
  });
});
